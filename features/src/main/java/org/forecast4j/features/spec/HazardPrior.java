package org.forecast4j.features.spec;

import java.time.Instant;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.event.Times;

/**
 * The Gamma-Poisson rate of a {@link FeatureKind#DEADLINE_HAZARD} feature: a Gamma({@code priorShape},
 * {@code priorRate}) prior on the rate of events per day, updated with {@code events} events seen in
 * {@code exposureDays} days. Immutable.
 *
 * <p>The time left as of {@code t} runs from {@code max(t, windowStart)} to {@code windowEnd}, each bound
 * defaulting to {@code t} and to the question's deadline known at {@code t}: a window that opens later (a
 * calendar year asked about before it starts) leaves all of itself until it opens, then shrinks.
 *
 * @param events the events observed, {@code >= 0}, finite
 * @param exposureDays the days over which they were observed, {@code >= 0}, finite
 * @param priorShape the prior's shape, {@code > 0}, finite (0.5: Jeffreys)
 * @param priorRate the prior's rate, in days, {@code >= 0}, finite; {@code exposureDays + priorRate > 0}
 * @param windowStart when the window opens, or {@code null}: it is open from the forecast time on
 * @param windowEnd when it closes, after {@code windowStart}, or {@code null}: at the question's deadline
 */
public record HazardPrior(double events, double exposureDays, double priorShape, double priorRate,
        Instant windowStart, Instant windowEnd) {

    /**
     * A rate over the time from the forecast to the deadline (no window).
     *
     * @param events as in the canonical constructor
     * @param exposureDays as in the canonical constructor
     * @param priorShape as in the canonical constructor
     * @param priorRate as in the canonical constructor
     * @throws InvalidInputException as the canonical constructor
     */
    public HazardPrior(double events, double exposureDays, double priorShape, double priorRate) {
        this(events, exposureDays, priorShape, priorRate, null, null);
    }

    /**
     * Validates the parameters.
     *
     * @param events the events observed, {@code >= 0}, finite
     * @param exposureDays the days over which they were observed, {@code >= 0}, finite
     * @param priorShape the prior's shape, {@code > 0}, finite (0.5: Jeffreys)
     * @param priorRate the prior's rate, in days, {@code >= 0}, finite; {@code exposureDays + priorRate > 0}
     * @param windowStart when the window opens, or {@code null}: it is open from the forecast time on
     * @param windowEnd when it closes, after {@code windowStart}, or {@code null}: at the question's deadline
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
        if (windowStart != null && windowEnd != null && !windowEnd.isAfter(windowStart)) {
            throw new InvalidInputException(null, 0, "windowEnd", windowEnd.toString(), "must be after windowStart "
                    + windowStart);
        }
    }

    /**
     * @param windowStart when the window opens, or {@code null}
     * @param windowEnd when it closes, or {@code null}
     * @return a copy over that window
     * @throws InvalidInputException if the window ends before it starts
     */
    public HazardPrior withWindow(Instant windowStart, Instant windowEnd) {
        return new HazardPrior(events, exposureDays, priorShape, priorRate, windowStart, windowEnd);
    }

    /**
     * The days left in the window as of {@code t}: from {@code max(t, windowStart)} to {@code windowEnd} (or the
     * deadline). Allocation-free.
     *
     * @param t the forecast time, epoch nanoseconds
     * @param deadline the question's deadline known at {@code t}, epoch nanoseconds; used when there is no
     *     {@code windowEnd}
     * @return the days, {@code >= 0}; 0 once the window has closed
     */
    public double daysLeft(long t, long deadline) {
        long from = windowStart == null ? t : Math.max(t, Times.nanos(windowStart));
        long end = windowEnd == null ? deadline : Times.nanos(windowEnd);
        return FeatureFormulas.daysToDeadline(from, end);
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
