package org.forecast4j.features.spec;

import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.features.event.Times;

/**
 * The arithmetic of the feature kinds, shared by batch extraction and live state so that both give the same
 * numbers. Times are epoch nanoseconds, durations are converted to days of 86,400 s. Static, allocation-free.
 */
public final class FeatureFormulas {
    private static final double LN2 = Math.log(2);

    private FeatureFormulas() {
    }

    /**
     * The decay rate of a half-life, per nanosecond: {@code ln 2 / (halfLifeDays × 86,400e9)}.
     *
     * @param halfLifeDays the half-life in days, &gt; 0
     * @return the rate
     */
    public static double decayRate(double halfLifeDays) {
        return LN2 / (halfLifeDays * Times.NANOS_PER_DAY);
    }

    /**
     * The decay factor {@code 2^(−age/halfLife) = exp(−age × rate)}.
     *
     * @param ageNanos the age in nanoseconds, {@code >= 0}
     * @param rate the rate from {@link #decayRate(double)}
     * @return the factor in (0, 1]
     */
    public static double decay(long ageNanos, double rate) {
        return Math.exp(-(Times.toDouble(ageNanos) * rate));
    }

    /**
     * @param t the time as of which, epoch nanoseconds
     * @param deadline the deadline, epoch nanoseconds
     * @return {@code max(0, deadline − t)} in days
     */
    public static double daysToDeadline(long t, long deadline) {
        return deadline > t ? Times.days(deadline - t) : 0;
    }

    /**
     * @param t the time as of which
     * @param opened when the question opened
     * @param deadline its deadline, after {@code opened}
     * @return {@code (t − opened)/(deadline − opened)} clipped to [0, 1]
     */
    public static double elapsedFraction(long t, long opened, long deadline) {
        if (t <= opened) {
            return 0;
        }
        if (t >= deadline) {
            return 1;
        }
        return Times.toDouble(t - opened) / Times.toDouble(deadline - opened);
    }

    /**
     * The value of a {@link FeatureKind#LOG_MAGNITUDE} feature, {@code ln(1 + Σ magnitude)}, by
     * {@link Probabilities#log1p} (within a few ulps of {@link Math#log1p}).
     *
     * @param magnitudes the sum of the magnitudes, {@code >= 0}
     * @return its log1p
     */
    public static double logMagnitude(double magnitudes) {
        return Probabilities.log1p(magnitudes);
    }

    /**
     * @param t the time as of which
     * @param latest the latest occurrence, at or before {@code t}
     * @return the days between them
     */
    public static double daysSince(long t, long latest) {
        return Times.days(t - latest);
    }

    /**
     * @param latest the latest price, in [0, 1]
     * @param previous the price observed before it, in [0, 1], or NaN if there was none
     * @return {@code logit(latest) − logit(previous)}, each clipped as {@link Transform#LOGIT} does; 0 without a
     *     previous price
     */
    public static double marketChange(double latest, double previous) {
        return Double.isNaN(previous) ? 0.0 : Transform.LOGIT.apply(latest) - Transform.LOGIT.apply(previous);
    }
}
