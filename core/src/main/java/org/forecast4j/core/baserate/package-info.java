/**
 * Base rates, the forecaster's starting point: how often did this kind of thing happen before?
 *
 * <ul>
 *   <li>{@link org.forecast4j.core.baserate.BetaBinomialBaseRate}: a reference class of k successes in n trials
 *       with a Beta(α, β) prior; the posterior mean {@code (k + α)/(n + α + β)} and an equal-tailed credible
 *       interval.
 *   <li>{@link org.forecast4j.core.baserate.GammaPoissonHazard}: "will it happen by date D?" from e events over an
 *       exposure T with a Gamma(a, b) prior on the rate; the probability of at least one event in the time left
 *       h is {@code 1 − ((b + T)/(b + T + h))^(a + e)}, which falls as the deadline nears with nothing happening,
 *       and proportional-hazards covariates scale the rate so that evidence can raise it. Built by a
 *       {@link org.forecast4j.core.baserate.GammaPoissonHazardBuilder}.
 * </ul>
 *
 * Both are immutable values with a readable {@code toString()} and a model-file form; an update with new
 * observations returns a new value.
 */
package org.forecast4j.core.baserate;
