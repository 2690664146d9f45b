/**
 * The data the features are made from: {@link org.forecast4j.features.event.Event}s (dated, typed, about some
 * entities), {@link org.forecast4j.features.event.Question}s (binary, with an opening time, a deadline and
 * optional market prices) and the {@link org.forecast4j.features.event.EventLog}, which orders events by
 * publication time and answers "what had been published by time t" without copying.
 *
 * <h2>Time</h2>
 * Times are {@link java.time.Instant}s. Text is ISO-8601: an instant ({@code 2025-12-05T14:30:00Z}), a date-time
 * with an offset ({@code 2025-12-05T23:30:00+09:00}) or a date ({@code 2025-12-05}), which means 00:00 UTC of
 * that day. A <em>day</em> is exactly 86,400 seconds: durations in days are seconds / 86400.0, with no
 * calendar or time-zone rules. Internally, feature code works in nanoseconds since the epoch ({@code long}),
 * which limits times to the years 1678 to 2261 (see {@link org.forecast4j.features.event.Times}).
 */
package org.forecast4j.features.event;
