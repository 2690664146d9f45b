package org.forecast4j.backtest;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;

/**
 * When a backtest forecasts each question. Either {@linkplain #every(Duration) every Δ} from the question's
 * opening — at {@code opened, opened + Δ, opened + 2Δ, …} — or {@linkplain #atPrices() at each time a market
 * price was observed} at or after the opening. Either way only times strictly before the question's resolution
 * are used: no forecast is made at or after it. Several prices at one time give one forecast. Immutable.
 */
public final class ForecastSchedule {
    private static final long MAX_TIMES_PER_QUESTION = 1_000_000;
    private final Duration interval;

    private ForecastSchedule(Duration interval) {
        this.interval = interval;
    }

    /**
     * @param interval the spacing Δ, positive
     * @return a schedule forecasting every Δ from each question's opening until it resolves (exclusive)
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static ForecastSchedule every(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a forecast interval must be positive, got " + interval);
        }
        return new ForecastSchedule(interval);
    }

    /**
     * @param interval e.g. {@code "7d"}, see {@link Durations#parse}
     * @return {@link #every(Duration)} of the parsed interval
     * @throws IllegalArgumentException if the text is not a duration
     */
    public static ForecastSchedule every(String interval) {
        return every(Durations.parse(interval));
    }

    /** @return a schedule forecasting at each distinct market-price time in [opened, resolvedAt) */
    public static ForecastSchedule atPrices() {
        return new ForecastSchedule(null);
    }

    /** @return whether forecasts are made at the price times */
    public boolean isAtPrices() {
        return interval == null;
    }

    /** @return the interval Δ, or {@code null} for {@link #atPrices()} */
    public Duration interval() {
        return interval;
    }

    /**
     * @param q a resolved question
     * @return its forecast times under this schedule, epoch nanoseconds, ascending, all in [opened, resolvedAt)
     * @throws IllegalArgumentException if an interval gives more than a million times before it resolves
     */
    long[] times(Question q) {
        long opened = Times.nanos(q.opened());
        long resolved = Times.nanos(q.resolvedAt());
        if (isAtPrices()) {
            long[] t = new long[q.prices().size()];
            int n = 0;
            for (PricePoint point : q.prices()) {
                long time = Times.nanos(point.time());
                if (time >= opened && time < resolved && (n == 0 || t[n - 1] != time)) {
                    t[n++] = time;
                }
            }
            return Arrays.copyOf(t, n);
        }
        long step = interval.toNanos();
        if (resolved <= opened) {
            return new long[0];
        }
        long count = (resolved - opened - 1) / step + 1;   // opened + k·step < resolved
        if (count > MAX_TIMES_PER_QUESTION) {
            throw new IllegalArgumentException("forecasting " + this + " gives " + count
                    + " forecast times for question '" + q.id() + "' before it resolves (at most "
                    + MAX_TIMES_PER_QUESTION + "); use a longer interval");
        }
        long[] t = new long[Math.toIntExact(count)];
        for (int k = 0; k < t.length; k++) {
            t[k] = opened + k * step;
        }
        return t;
    }

    /** @return {@code "every 7d"} or {@code "at prices"} */
    @Override
    public String toString() {
        return interval == null ? "at prices" : "every " + Durations.format(interval);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastSchedule s && Objects.equals(interval, s.interval);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(interval);
    }
}
