/**
 * Pooling several probability forecasts of one event into one: weighted log-odds pooling with extremizing,
 * {@code p* = σ(d · Σ wᵢ logit pᵢ / Σ wᵢ)}, the extremizing factor {@code d} fitted by maximum likelihood on
 * resolved questions (Satopää et al., "Combining multiple probability predictions using a simple logit model",
 * International Journal of Forecasting 30(2), 2014), and the same rule for blending a model with the market price.
 * See {@link org.forecast4j.core.pooling.LogOddsPool}.
 */
package org.forecast4j.core.pooling;
