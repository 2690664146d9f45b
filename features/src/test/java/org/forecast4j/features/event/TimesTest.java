package org.forecast4j.features.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void parsesInstantsOffsetsAndDatesAsMidnightUtc() {
        assertEquals(Instant.parse("2025-12-05T00:00:00Z"), Times.parse("2025-12-05"));
        assertEquals(Instant.parse("2025-12-05T14:30:00Z"), Times.parse(" 2025-12-05T14:30:00Z "));
        assertEquals(Instant.parse("2025-12-05T14:30:00.25Z"), Times.parse("2025-12-05T14:30:00.25Z"));
        assertEquals(Instant.parse("2025-12-05T14:30:00Z"), Times.parse("2025-12-05T23:30:00+09:00"));
    }

    @Test
    void refusesAmbiguousOrMalformedTimes() {
        IllegalArgumentException local = assertThrows(IllegalArgumentException.class,
                () -> Times.parse("2025-12-05T14:30:00"));
        assertTrue(local.getMessage().startsWith("is not an ISO-8601 instant"), local.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Times.parse("05/12/2025"));
        assertThrows(IllegalArgumentException.class, () -> Times.parse("2025-13-05"));
        assertThrows(IllegalArgumentException.class, () -> Times.parse("3000-01-01"));
    }

    @Test
    void daysAreSecondsOver86400() {
        long a = Times.nanos(Instant.parse("2026-01-01T00:00:00Z"));
        long b = Times.nanos(Instant.parse("2026-01-11T12:00:00Z"));
        assertEquals(10.5, Times.days(b - a), 0);
        assertEquals(907_200_000_000_000L, Times.nanosOfDays(10.5));
        assertEquals(Instant.parse("2026-01-11T12:00:00Z"), Times.instant(b));
        assertEquals(1_767_225_600_000_000_000L, a, "2026-01-01 is 1,767,225,600 s after the epoch");
        assertThrows(IllegalArgumentException.class, () -> Times.nanosOfDays(-1));
        assertThrows(IllegalArgumentException.class, () -> Times.nanosOfDays(Double.NaN));
    }

    /**
     * {@link Times#toDouble(long)} against the Java cast, whose rounding (to nearest, ties to even) JLS §5.1.2
     * defines, and against {@link BigDecimal#doubleValue()}: the extremes, the neighbours of every power of two
     * (where the spacing of doubles changes), rounding ties on both sides of even, and random longs of every
     * magnitude.
     */
    @Test
    void toDoubleIsExactlyTheCast() {
        List<Long> cases = new ArrayList<>(List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
                0xFFFF_FFFFL, -0xFFFF_FFFFL, 1L << 32, -(1L << 32)));
        for (int e = 0; e < 63; e++) {
            for (long d = -3; d <= 3; d++) {
                cases.add((1L << e) + d);
                cases.add(-(1L << e) + d);
            }
        }
        // Ties: 2^53 + 1 lies halfway between 2^53 and 2^53 + 2 and rounds to the even 2^53; 2^53 + 3 to 2^53 + 4.
        assertEquals(0x1p53, Times.toDouble((1L << 53) + 1), 0);
        assertEquals(0x1p53 + 4, Times.toDouble((1L << 53) + 3), 0);
        // Beyond 2^62 doubles are 1,024 apart: −2^62 − 512 is a tie and rounds to the even −2^62, −2^62 − 513 away.
        assertEquals(-0x1p62, Times.toDouble(-(1L << 62) - 512), 0);
        assertEquals(-0x1p62 - 1024, Times.toDouble(-(1L << 62) - 513), 0);
        SplittableRandom random = new SplittableRandom(20261122);
        for (int i = 0; i < 200_000; i++) {
            cases.add(random.nextLong() >> random.nextInt(64));
        }
        for (long x : cases) {
            double expected = (double) x;
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Times.toDouble(x)),
                    () -> "toDouble(" + x + ")");
            assertEquals(new BigDecimal(x).doubleValue(), Times.toDouble(x), 0, () -> "BigDecimal " + x);
        }
    }
}
