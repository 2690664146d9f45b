package org.forecast4j.benchmarks;

import java.util.Locale;

/** How the report writes numbers and results; a result the run lacks is written {@code n/a}. */
final class Formats {
    /** What a table cell says when the run lacks the result. */
    static final String NA = "n/a";

    private Formats() {
    }

    /**
     * @param v a number
     * @return three significant digits at least, no exponent for ordinary sizes, thousands separated;
     *     {@code n/a} for NaN
     */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return NA;
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** @return the score and, when JMH gave one, its 99.9% half-width, e.g. {@code 20.00 ± 1.00} */
    static String score(ResultRow row) {
        if (row == null) {
            return NA;
        }
        return Double.isNaN(row.error()) ? number(row.score()) : number(row.score()) + " ± " + number(row.error());
    }

    /** @return {@link #score} with the unit's time or rate, e.g. {@code 900.0 ± 50.00 ms} */
    static String scoreWithUnit(ResultRow row) {
        return row == null ? NA : score(row) + " " + row.unit().replace("/op", "");
    }

    /** @return the quotient of the two scores to two decimals, {@code n/a} when either is missing */
    static String ratio(ResultRow numerator, ResultRow denominator) {
        return fixed(quotient(numerator, denominator), 2);
    }

    /** @return the quotient of the two scores, NaN when either is missing */
    static double quotient(ResultRow numerator, ResultRow denominator) {
        return numerator == null || denominator == null ? Double.NaN : numerator.score() / denominator.score();
    }

    /** @return the row's bytes per operation to four decimals */
    static String bytes(ResultRow row) {
        return row == null ? NA : bytes(row.bytesPerOp());
    }

    /** @return bytes per operation to four decimals */
    static String bytes(double b) {
        return fixed(b, 4);
    }

    /** @return the row's bytes per operation in megabytes, e.g. {@code 120.00 MB} */
    static String megabytes(ResultRow row) {
        return row == null || Double.isNaN(row.bytesPerOp()) ? NA
                : String.format(Locale.ROOT, "%.2f MB", row.bytesPerOp() / 1e6);
    }

    /** @return the value with the given decimals, {@code n/a} for NaN */
    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? NA : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
