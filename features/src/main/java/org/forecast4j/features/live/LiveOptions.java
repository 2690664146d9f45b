package org.forecast4j.features.live;

import java.time.Duration;
import java.util.Objects;

/**
 * How a live forecaster publishes its probabilities. Validated on construction; start from {@link #DEFAULTS}.
 *
 * <pre>{@code
 * Forecaster bot = Forecaster.builder(spec, model)
 *         .live(LiveOptions.DEFAULTS.withResolution(Duration.ofMillis(100)))
 *         .build();
 * }</pre>
 *
 * @param resolution the clock resolution of time-dependent features (decays, days since, days to the deadline,
 *     the elapsed fraction): a read at time {@code t} returns the features as of {@code max(⌊t⌋, watermark)},
 *     {@code ⌊t⌋} being {@code t} rounded down to a multiple of the resolution since the epoch, so reads within
 *     one resolution window return one published value. {@link Duration#ZERO} is the exact mode: every read
 *     computes its features as of {@code max(t, watermark)}, with no publication. At most one day
 * @param windowCapacity the initial ring-buffer capacity of each live count, {@code >= 1} (see
 *     {@link LiveFeatureState})
 */
public record LiveOptions(Duration resolution, int windowCapacity) {

    /** The largest resolution accepted. */
    public static final Duration MAX_RESOLUTION = Duration.ofDays(1);

    /** One second of resolution, counts starting with room for 16 events. */
    public static final LiveOptions DEFAULTS = new LiveOptions(Duration.ofSeconds(1), 16);

    /**
     * Validates the options.
     *
     * @param resolution the clock resolution of time-dependent features (decays, days since, days to the deadline, the elapsed fraction): a read at time {@code t} returns the features as of {@code max(⌊t⌋, watermark)}, {@code ⌊t⌋} being {@code t} rounded down to a multiple of the resolution since the epoch, so reads within one resolution window return one published value. {@link Duration#ZERO} is the exact mode: every read computes its features as of {@code max(t, watermark)}, with no publication. At most one day
     * @param windowCapacity the initial ring-buffer capacity of each live count, {@code >= 1} (see {@link LiveFeatureState})
     * @throws IllegalArgumentException naming the option and its value
     */
    public LiveOptions {
        Objects.requireNonNull(resolution, "resolution");
        if (resolution.isNegative() || resolution.compareTo(MAX_RESOLUTION) > 0) {
            throw new IllegalArgumentException("resolution must be between 0 (exact) and one day, got " + resolution);
        }
        if (windowCapacity < 1) {
            throw new IllegalArgumentException("window capacity must be >= 1, got " + windowCapacity);
        }
    }

    /** @return the exact mode: no quantisation, no publication; every read computes (today's bits) */
    public static LiveOptions exact() {
        return DEFAULTS.withResolution(Duration.ZERO);
    }

    /**
     * @param value the clock resolution, from 0 (exact) to one day
     * @return a copy with that resolution
     */
    public LiveOptions withResolution(Duration value) {
        return new LiveOptions(value, windowCapacity);
    }

    /**
     * @param capacity the initial ring-buffer capacity of each count
     * @return a copy with that capacity
     */
    public LiveOptions withWindowCapacity(int capacity) {
        return new LiveOptions(resolution, capacity);
    }

    /** @return the resolution in nanoseconds; 0 in the exact mode */
    public long resolutionNanos() {
        return resolution.toNanos();
    }

    /** @return whether reads are exact (no quantisation, no publication) */
    public boolean isExact() {
        return resolution.isZero();
    }
}
