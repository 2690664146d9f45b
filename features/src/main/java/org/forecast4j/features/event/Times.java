package org.forecast4j.features.event;

import java.time.Instant;
import org.forecast4j.core.io.IsoInstants;

/**
 * The time conventions of forecast4j features: parsing ISO-8601 text, and the {@code long} nanoseconds since
 * the epoch that feature code computes in. A day is exactly 86,400 seconds. Static and thread-safe.
 */
public final class Times {
    /** Nanoseconds in one day of 86,400 seconds, as a double. */
    public static final double NANOS_PER_DAY = 86_400e9;

    /** The earliest instant representable in epoch nanoseconds (1677-09-21T00:12:43.145224192Z). */
    public static final Instant MIN = IsoInstants.MIN;
    /** The latest instant representable in epoch nanoseconds (2262-04-11T23:47:16.854775807Z). */
    public static final Instant MAX = IsoInstants.MAX;

    private Times() {
    }

    /**
     * Parses an ISO-8601 instant ({@code 2025-12-05T14:30:00Z}), a date-time with an offset
     * ({@code 2025-12-05T23:30:00+09:00}) or a date ({@code 2025-12-05} = 00:00 UTC).
     *
     * @param text the text, surrounding blanks ignored
     * @return the instant
     * @throws IllegalArgumentException if the text is none of these, or lies outside {@link #MIN}..{@link #MAX};
     *     a date-time without an offset is refused as ambiguous
     */
    public static Instant parse(String text) {
        return IsoInstants.parse(text);
    }

    /**
     * @param t an instant
     * @return {@code t} if it lies within {@link #MIN}..{@link #MAX}
     * @throws IllegalArgumentException otherwise
     */
    public static Instant requireInRange(Instant t) {
        return IsoInstants.requireInRange(t);
    }

    /**
     * Nanoseconds since 1970-01-01T00:00Z. Allocation-free.
     *
     * @param t an instant within {@link #MIN}..{@link #MAX}
     * @return the nanoseconds
     * @throws ArithmeticException if {@code t} is out of range
     */
    public static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    /**
     * @param nanos nanoseconds since the epoch
     * @return the instant
     */
    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(0, nanos);
    }

    /**
     * A duration in days: {@code nanos / 86,400e9}, with the nanoseconds converted by {@link #toDouble(long)}.
     *
     * @param nanos a duration in nanoseconds
     * @return the days
     */
    public static double days(long nanos) {
        return toDouble(nanos) / NANOS_PER_DAY;
    }

    /**
     * The nanoseconds as a double: exactly {@code (double) nanos} (the nearest double, ties to even), computed
     * without the processor's integer-to-double conversion. On x86 that instruction ({@code cvtsi2sd}) writes
     * only half of its register and so waits for the register's previous value; when that value comes from the
     * previous {@code exp} or {@code log} of a feature read, the conversions chain the read's transcendental
     * calls one after another instead of letting them overlap. Here the long is split into its high 32 bits
     * (signed) and low 32 bits (unsigned), each placed exactly in the mantissa of a double by bit operations,
     * and the two are joined by one rounded addition. {@code TimesTest} checks equality with the cast. The live
     * feature read converts its counts with it too, for the same reason.
     *
     * @param nanos any long
     * @return {@code (double) nanos}
     */
    public static double toDouble(long nanos) {
        // 0x4338... is 1.5 * 2^52: adding |h| < 2^51 to its bits gives the double 1.5 * 2^52 + h exactly.
        double high = Double.longBitsToDouble(0x4338000000000000L + (nanos >> 32)) - 0x1.8p52;
        // 0x4330... is 2^52: or-ing l < 2^32 into its mantissa gives 2^52 + l exactly.
        double low = Double.longBitsToDouble(0x4330000000000000L | (nanos & 0xFFFFFFFFL)) - 0x1p52;
        return high * 0x1p32 + low;
    }

    /**
     * A duration given in days, rounded to the nearest nanosecond.
     *
     * @param days a finite, non-negative number of days, below about 106,000 (292 years)
     * @return the nanoseconds
     * @throws IllegalArgumentException if {@code days} is negative, NaN, infinite or too large
     */
    public static long nanosOfDays(double days) {
        double nanos = days * NANOS_PER_DAY;
        if (!(nanos >= 0 && nanos < 9.2e18)) {
            throw new IllegalArgumentException("is not a duration in days in [0, 106000]");
        }
        return Math.round(nanos);
    }
}
