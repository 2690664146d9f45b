/**
 * The {@link org.forecast4j.features.forecast.Forecaster}: a feature spec, a linear log-odds model and an
 * optional calibrator, used in batch ({@code forecast(question, log, t)}, explained feature by feature) and
 * live ({@code onEvent}, {@code probability(questionId, now)}, allocation-free, thread-safe for one writer
 * and many readers, with atomic model swaps).
 *
 * <h2>What a forecast reports</h2>
 * {@code logOdds} is the model's linear predictor {@code intercept + Σ coefficient_i · x_i}, summed left to
 * right in feature order, so the {@code baseLogOdds} (the intercept) plus the contributions, added in that
 * order, reproduce it exactly. {@code probability} is {@code model.probability(x)} — which for a Bayesian
 * model is the moderated predictive probability, not {@code σ(logOdds)} — then passed through the calibrator
 * if there is one; {@code modelProbability} is the value before calibration. The interval, where the model
 * has one, is calibrated end by end.
 */
package org.forecast4j.features.forecast;
