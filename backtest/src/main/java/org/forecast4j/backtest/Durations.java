package org.forecast4j.backtest;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations written as a positive whole number and a unit: {@code 7d} (days of exactly 86,400 s), {@code 12h},
 * {@code 30m}, {@code 45s} or {@code 2w} (weeks). Used by the forecast and refit schedules. Static, thread-safe.
 */
public final class Durations {
    private Durations() {
    }

    /**
     * Parses a duration.
     *
     * @param text e.g. {@code 7d}, {@code 12h}; surrounding blanks ignored, the unit case-insensitive
     * @return the duration, positive
     * @throws IllegalArgumentException naming the text if it is not a positive whole number followed by one of
     *     {@code w}, {@code d}, {@code h}, {@code m}, {@code s}, or is longer than 100,000 days
     */
    public static Duration parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.length() < 2) {
            throw invalid(text);
        }
        char unit = s.charAt(s.length() - 1);
        String digits = s.substring(0, s.length() - 1);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            throw invalid(text);
        }
        long amount = Long.parseLong(digits);
        Duration d = switch (unit) {
            case 'w' -> Duration.ofDays(7 * amount);
            case 'd' -> Duration.ofDays(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 's' -> Duration.ofSeconds(amount);
            default -> throw invalid(text);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException("duration '" + text + "' must be positive");
        }
        if (d.compareTo(Duration.ofDays(100_000)) > 0) {
            throw new IllegalArgumentException("duration '" + text + "' is longer than 100000 days");
        }
        return d;
    }

    /**
     * Formats a duration in the largest unit that divides it: {@code 7d}, {@code 36h}, {@code 90m},
     * {@code 45s}; a fraction of a second is written as ISO-8601 ({@code PT0.5S}).
     *
     * @param d a positive duration
     * @return the text, which {@link #parse} reads back to the same duration (whole seconds)
     */
    public static String format(Duration d) {
        long seconds = d.getSeconds();
        if (d.getNano() != 0 || seconds <= 0) {
            return d.toString();
        }
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("duration '" + text + "' is not a positive whole number followed by a"
                + " unit: w (weeks), d (days), h (hours), m (minutes) or s (seconds), e.g. 7d or 12h");
    }
}
