package org.forecast4j.backtest;

import java.time.Duration;
import java.util.Objects;

/**
 * When a backtest forecasts each question. Either {@linkplain #every(Duration) every Δ} from the question's
 * opening — at {@code opened, opened + Δ, opened + 2Δ, …} — or {@linkplain #atPrices() at each time a market
 * price was observed} at or after the opening. Either way only times strictly before the question's resolution
 * are used: no forecast is made at or after it. Several prices at one time give one forecast. Immutable.
 */
public final class ForecastSchedule {
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
