package org.forecast4j.features.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
}
