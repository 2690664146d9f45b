package org.forecast4j.scenario;

import java.time.Instant;

/**
 * Where a question's base rate comes from: a reference class through a hazard or a Beta-binomial model.
 * Immutable and thread-safe.
 */
public sealed interface BaseRateSource permits HazardBaseRate, ReferenceClassBaseRate {

    /** @return the model's name in scenario files: {@code gamma-poisson-hazard} or {@code beta-binomial} */
    String model();

    /**
     * The base rate as of a time.
     *
     * @param t the time
     * @return the base rate
     * @throws IllegalArgumentException if there is no base rate then (a hazard whose window has ended)
     */
    BaseRate at(Instant t);
}
