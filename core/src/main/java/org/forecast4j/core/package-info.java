/**
 * forecast4j core: probability math, models and their trainers, calibration, aggregation, scoring, trading
 * math and model files. This module knows nothing of events or questions; it works on primitive arrays of
 * feature values and probabilities, so that a trading bot can link it with nothing else.
 *
 * <p>Sub-packages: {@link org.forecast4j.core.prob} (logit, sigmoid, stable log loss),
 * {@link org.forecast4j.core.isotonic} (pool-adjacent-violators), {@link org.forecast4j.core.scoring}
 * (proper scores and their decompositions), {@link org.forecast4j.core.model} (feature schemas, provenance
 * and model files), {@link org.forecast4j.core.io} (bad-input errors, atomic writes, JSON).
 */
package org.forecast4j.core;
