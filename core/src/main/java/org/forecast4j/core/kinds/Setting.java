package org.forecast4j.core.kinds;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named setting of a model kind's options record, as a person types it ({@code prior-sd}, {@code l2}): how
 * to read it from the options and how to set it from text. The command line and sweep files set options
 * through these; Java code uses the options records directly.
 *
 * @param name the setting's name, lower case with hyphens, e.g. {@code prior-sd}
 * @param description what it is, with its unit and default
 * @param get the value in the options, as text (a number in Java's shortest form)
 * @param set a copy of the options with the value parsed from text; throws {@link IllegalArgumentException}
 *     with the problem
 * @param <O> the options record
 */
public record Setting<O>(String name, String description, Function<O, String> get, BiFunction<O, String, O> set) {

    /**
     * Validates the fields.
     *
     * @param name the setting's name, lower case with hyphens, e.g. {@code prior-sd}
     * @param description what it is, with its unit and default
     * @param get the value in the options, as text (a number in Java's shortest form)
     * @param set a copy of the options with the value parsed from text; throws {@link IllegalArgumentException} with the problem
     */
    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(set, "set");
    }

    /**
     * A setting holding a finite number.
     *
     * @param name its name
     * @param description what it is
     * @param get reads it
     * @param set sets it; the options record validates the range
     * @param <O> the options record
     * @return the setting
     */
    public static <O> Setting<O> number(String name, String description, Function<O, Double> get,
            BiFunction<O, Double, O> set) {
        return new Setting<>(name, description, o -> format(get.apply(o)),
                (o, text) -> set.apply(o, parseFinite(text, null)));
    }

    /**
     * A setting holding a whole number.
     *
     * @param name its name
     * @param description what it is
     * @param get reads it
     * @param set sets it
     * @param <O> the options record
     * @return the setting
     */
    public static <O> Setting<O> integer(String name, String description, Function<O, Integer> get,
            BiFunction<O, Integer, O> set) {
        return new Setting<>(name, description, o -> Integer.toString(get.apply(o)), (o, text) -> {
            int value;
            try {
                value = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number", e);
            }
            return set.apply(o, value);
        });
    }

    /**
     * @param v a number
     * @return its shortest text, {@code 2.5}, {@code 10} for a whole number, {@code NaN}
     */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * @param text a number as typed
     * @param alternative the word also accepted in its place, named in the message, or {@code null}
     * @return the number
     * @throws IllegalArgumentException if it is not a finite number
     */
    static double parseFinite(String text, String alternative) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number"
                    + (alternative == null ? "" : " (or '" + alternative + "')"), e);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number");
        }
        return value;
    }

    /** An options record's range message: its field name, the rule, and optionally the value it got. */
    private static final Pattern RANGE = Pattern.compile("[A-Za-z][A-Za-z0-9]* (must .*?)(?:, got .*)?");

    /**
     * @param options the options
     * @param text the value as typed
     * @return a copy with this setting changed
     * @throws IllegalArgumentException naming this setting, the value and the problem
     */
    public O apply(O options, String text) {
        Objects.requireNonNull(text, name);
        try {
            return set.apply(options, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(reworded(e.getMessage(), text), e);
        }
    }

    /**
     * The options record's range message in the words the person typed: its field name ({@code maxIter})
     * replaced by this setting's name ({@code max-iter}) and the value quoted as typed, e.g. {@code max-iter must
     * be >= 1, got 0}; any other message follows the setting and value, e.g. {@code l2 x: 'x' is not a number}.
     */
    private String reworded(String message, String text) {
        Matcher m = message == null ? null : RANGE.matcher(message);
        if (m != null && m.matches()) {
            return name + " " + m.group(1) + ", got " + text.trim();
        }
        return name + " " + text + ": " + lowerFirst(message);
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "invalid" : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
