/**
 * forecast4j core: probability math, models and their trainers, calibration, aggregation, scoring, trading
 * math and model files. This module knows nothing of events or questions; it works on primitive arrays of
 * feature values and probabilities, so that a trading bot can link it with nothing else.
 *
 * <p>Sub-packages: {@link org.forecast4j.core.prob} (logit, sigmoid, stable log loss),
 * {@link org.forecast4j.core.isotonic} (pool-adjacent-violators), {@link org.forecast4j.core.scoring}
 * (proper scores and their decompositions), {@link org.forecast4j.core.model} (feature schemas, provenance
 * and model files), {@link org.forecast4j.core.io} (bad-input errors, atomic writes, JSON),
 * {@link org.forecast4j.core.calibration} (Platt, isotonic and beta calibrators),
 * {@link org.forecast4j.core.baserate} (Beta-binomial base rates, the Gamma-Poisson hazard for by-date
 * questions), {@link org.forecast4j.core.evidence} (prior log-odds plus log likelihood ratios),
 * {@link org.forecast4j.core.pooling} (log-odds pooling with extremizing); {@code org.forecast4j.core.glm}, not
 * exported, holds the Newton solver those fits share.
 */
package org.forecast4j.core;
