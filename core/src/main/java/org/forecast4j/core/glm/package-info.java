/**
 * Newton's method for the small Bernoulli models with a logit link that the forecaster's toolkit fits: Platt
 * and beta calibration, the evidence model's log likelihood ratios and the extremizing factor of a log-odds
 * pool. {@link org.forecast4j.core.glm.LogitNewton} maximises a (possibly soft-target, offset, weighted)
 * Bernoulli log-likelihood, optionally with an independent Gaussian prior on each coefficient, and returns a
 * {@link org.forecast4j.core.glm.LogitSolution} with the coefficients, the inverse Hessian (the Laplace
 * covariance) and whether it converged. It is meant for a handful of coefficients; it is not a general
 * logistic-regression trainer.
 */
package org.forecast4j.core.glm;
