package org.forecast4j.features.csv;

import java.util.Locale;
import java.util.function.Function;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.prob.Probabilities;

/**
 * The parsing rules for typed CSV fields, shared by {@link CsvReader} and {@link CsvTable}. Each method takes
 * the raw field and a function that turns a problem ("is not a number") into the exception naming the file,
 * line, column and value.
 */
final class CsvValues {
    private CsvValues() {
    }

    /** A finite number; surrounding blanks ignored. */
    static double number(String raw, Function<String, InvalidInputException> invalid) {
        String text = raw.trim();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw invalid.apply(text.isEmpty() ? "is empty, expected a number" : "is not a number");
        }
        if (!Double.isFinite(value)) {
            throw invalid.apply("is not a finite number");
        }
        return value;
    }

    /** A number in [0, 1]. */
    static double probability(String raw, Function<String, InvalidInputException> invalid) {
        double value = number(raw, invalid);
        if (!Probabilities.isProbability(value)) {
            throw invalid.apply("is not a probability in [0, 1]");
        }
        return value;
    }

    /** 1/true/yes or 0/false/no (also 1.0 and 0.0), case-insensitive, blanks ignored. */
    static boolean outcome(String raw, Function<String, InvalidInputException> invalid) {
        switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "1", "1.0", "true", "yes":
                return true;
            case "0", "0.0", "false", "no":
                return false;
            default:
                throw invalid.apply("is not an outcome (expected 0/1, true/false or yes/no)");
        }
    }
}
