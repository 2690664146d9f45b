package org.forecast4j.backtest;

import java.time.Duration;
import java.util.Objects;

/**
 * When a backtest refits its model and its calibrator.
 *
 * <ul>
 *   <li>{@link #every(Duration) every Δ}: the refit times form a grid {@code T₀ + kΔ} anchored at the
 *       earliest forecast time {@code T₀}. A forecast at {@code t} uses the model (and calibrator) fitted at the
 *       latest grid time {@code g ≤ t} on the questions resolved at or before {@code g}. A grid time at which no
 *       further question has resolved reuses the previous fit.
 *   <li>{@link #incremental(Duration) incremental} (Bayesian logistic regression only): starting from the
 *       prior, the posterior is updated online ({@code BayesianLogisticModel.update}) with every training row
 *       of each question at the moment it resolves, in resolution order, so a forecast at {@code t} uses every
 *       question resolved at or before {@code t}. The calibrator, which has no online form, is refitted on a
 *       grid of the given interval as above.
 * </ul>
 * Immutable.
 */
public final class RefitSchedule {
    private final Duration interval;
    private final boolean incremental;

    private RefitSchedule(Duration interval, boolean incremental) {
        this.interval = interval;
        this.incremental = incremental;
    }

    /**
     * @param interval the grid spacing Δ, positive
     * @return refits every Δ
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static RefitSchedule every(Duration interval) {
        return new RefitSchedule(positive(interval), false);
    }

    /**
     * @param interval e.g. {@code "30d"}, see {@link Durations#parse}
     * @return refits every interval
     * @throws IllegalArgumentException if the text is not a duration
     */
    public static RefitSchedule every(String interval) {
        return every(Durations.parse(interval));
    }

    /**
     * @param calibratorInterval the grid on which the calibrator (if any) is refitted, positive
     * @return online updates as each question resolves
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static RefitSchedule incremental(Duration calibratorInterval) {
        return new RefitSchedule(positive(calibratorInterval), true);
    }

    /** @return online updates, with the calibrator refitted every 30 days */
    public static RefitSchedule incremental() {
        return incremental(Duration.ofDays(30));
    }

    /** @return whether the model is updated online */
    public boolean isIncremental() {
        return incremental;
    }

    /** @return the refit grid spacing (of the model and calibrator, or of the calibrator alone if incremental) */
    public Duration interval() {
        return interval;
    }

    /** @return {@code "every 30d"} or {@code "incremental (calibrator every 30d)"} */
    @Override
    public String toString() {
        return incremental ? "incremental (calibrator every " + Durations.format(interval) + ")"
                : "every " + Durations.format(interval);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefitSchedule s && incremental == s.incremental && interval.equals(s.interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, incremental);
    }

    private static Duration positive(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a refit interval must be positive, got " + interval);
        }
        return interval;
    }
}
