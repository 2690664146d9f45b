package org.forecast4j.core.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The instants forecast4j reads from text: ISO-8601 instants, date-times with an offset, or dates (00:00 UTC),
 * within the range of epoch nanoseconds. Static and thread-safe.
 */
public final class IsoInstants {
    /** The earliest instant representable in epoch nanoseconds (1677-09-21T00:12:43.145224192Z). */
    public static final Instant MIN = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    /** The latest instant representable in epoch nanoseconds (2262-04-11T23:47:16.854775807Z). */
    public static final Instant MAX = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private IsoInstants() {
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
        String s = text.trim();
        Instant instant;
        try {
            if (s.length() == 10) {
                instant = LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else if (s.endsWith("Z") || s.endsWith("z")) {
                instant = Instant.parse(s.toUpperCase(Locale.ROOT));
            } else {
                instant = OffsetDateTime.parse(s).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not an ISO-8601 instant (2025-12-05T14:30:00Z), date-time with"
                    + " offset (2025-12-05T23:30:00+09:00) or date (2025-12-05)", e);
        }
        return requireInRange(instant);
    }

    /**
     * @param t an instant
     * @return {@code t} if it lies within {@link #MIN}..{@link #MAX}
     * @throws IllegalArgumentException otherwise
     */
    public static Instant requireInRange(Instant t) {
        if (t.isBefore(MIN) || t.isAfter(MAX)) {
            throw new IllegalArgumentException("is outside the supported years 1678 to 2261");
        }
        return t;
    }
}
