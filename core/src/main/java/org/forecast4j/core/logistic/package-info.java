/**
 * Logistic regression and Bayesian logistic regression: the models that turn a feature vector into the
 * probability of a binary outcome.
 *
 * <ul>
 *   <li>{@link org.forecast4j.core.logistic.LogisticRegression} fits maximum-likelihood or L2-penalised
 *       coefficients by Newton's method (IRLS) and returns a {@link org.forecast4j.core.logistic.LogisticModel}.
 *       Data that have no maximum-likelihood estimate are refused: separated outcomes with a
 *       {@link org.forecast4j.core.logistic.SeparationException}, collinear features with a
 *       {@link org.forecast4j.core.logistic.CollinearityException}.
 *   <li>{@link org.forecast4j.core.logistic.BayesianLogisticRegression} puts independent Gaussian priors on the
 *       coefficients and returns the Laplace posterior as a
 *       {@link org.forecast4j.core.logistic.BayesianLogisticModel}: the posterior mean and covariance, the
 *       moderated predictive probability, credible intervals, the Laplace log evidence and online updates one
 *       example at a time (with optional forgetting for drift).
 *   <li>{@link org.forecast4j.core.logistic.MarketAnchoredRegression} takes the market price as the prior: its
 *       log-odds are an offset, and a Bayesian logistic regression (prior sd chosen by the evidence) fits only
 *       the departure from it, returning a {@link org.forecast4j.core.logistic.MarketAnchoredModel} that gives
 *       the price itself until resolved data move it.
 * </ul>
 *
 * <p>All three models are immutable {@link org.forecast4j.core.model.LinearLogOddsModel}s. Every parameter vector in
 * this package puts the intercept first (position 0, named {@code intercept}) and the features after it in
 * schema order; the intercept is implicit and never a column of the feature matrix. Log-odds are natural-log
 * odds. Model files are written through {@link org.forecast4j.core.modelfile.ModelFiles} with the kinds
 * {@code "logistic"}, {@code "bayes-logistic"} and {@code "market-anchored"}.
 */
package org.forecast4j.core.logistic;
