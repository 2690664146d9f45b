package org.forecast4j.features.spec;

import org.forecast4j.core.io.InvalidInputException;

/**
 * The Gamma-Poisson rate of a {@link FeatureKind#DEADLINE_HAZARD} feature: a Gamma({@code priorShape},
 * {@code priorRate}) prior on the rate of events per day, updated with {@code events} events seen in
 * {@code exposureDays} days. Immutable.
 *
 * @param events the events observed, {@code >= 0}, finite
 * @param exposureDays the days over which they were observed, {@code >= 0}, finite
 * @param priorShape the prior's shape, {@code > 0}, finite (0.5: Jeffreys)
 * @param priorRate the prior's rate, in days, {@code >= 0}, finite; {@code exposureDays + priorRate > 0}
 */
public record HazardPrior(double events, double exposureDays, double priorShape, double priorRate) {

    /**
     * Validates the parameters.
     *
     * @throws InvalidInputException naming the field and value out of range
     */
    public HazardPrior {
        require("events", events, events >= 0 && events < Double.POSITIVE_INFINITY, "a finite number >= 0");
        require("exposureDays", exposureDays, exposureDays >= 0 && exposureDays < Double.POSITIVE_INFINITY,
                "a finite number of days >= 0");
        require("priorShape", priorShape, priorShape > 0 && priorShape < Double.POSITIVE_INFINITY,
                "a finite number > 0");
        require("priorRate", priorRate, priorRate >= 0 && priorRate < Double.POSITIVE_INFINITY,
                "a finite number of days >= 0");
        require("exposureDays", exposureDays, exposureDays + priorRate > 0,
                "a number of days > 0 when priorRate is 0 (else the rate has no posterior)");
    }

    private static void require(String field, double value, boolean ok, String what) {
        if (!ok) {
            throw new InvalidInputException(null, 0, field, Double.toString(value), "must be " + what);
        }
    }

    /**
     * The posterior predictive probability of at least one event within {@code daysLeft} days,
     * {@code 1 − ((B + T)/(B + T + H))^(A + E)}, computed as {@code −expm1(−(A + E)·log1p(H/(B + T)))}.
     *
     * @param daysLeft the days left, H; below 0 counts as 0
     * @return the probability, in [0, 1); 0 when no time is left
     */
    public double probability(double daysLeft) {
        double h = daysLeft > 0 ? daysLeft : 0;
        return -Math.expm1(-(priorShape + events) * Math.log1p(h / (priorRate + exposureDays)));
    }
}
