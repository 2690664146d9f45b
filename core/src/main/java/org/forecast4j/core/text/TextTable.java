package org.forecast4j.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fixed-width text table: a header row, a rule, and rows. Columns whose cells are all numbers are
 * right-aligned, the others left-aligned. Mutable while rows are added; {@link #toString()} renders it.
 *
 * <pre>{@code
 * TextTable t = new TextTable("feature", "coefficient");
 * t.row("intercept", TextTable.number(-13.0213));
 * System.out.print(t);
 * }</pre>
 */
public final class TextTable {
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * @param headers the column headers
     */
    public TextTable(String... headers) {
        this.headers = headers.clone();
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column; {@code null} renders as empty
     * @return this table
     * @throws IllegalArgumentException if the number of cells differs from the number of headers
     */
    public TextTable row(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.length
                    + " columns " + Arrays.toString(headers));
        }
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(text);
        return this;
    }

    /** @return the number of rows added */
    public int rowCount() {
        return rows.size();
    }

    /**
     * Formats a number with 4 significant decimals, or in scientific notation when very small or large.
     *
     * @param value any double
     * @return the text, e.g. {@code "0.2060"}, {@code "1.234e-07"}, {@code "NaN"}
     */
    public static String number(double value) {
        return number(value, 4);
    }

    /**
     * Formats a number with the given number of decimals, or in scientific notation when its magnitude is
     * below {@code 10^-decimals} (and not zero) or at least {@code 10^7}.
     *
     * @param value any double
     * @param decimals digits after the point, {@code >= 0}
     * @return the text
     */
    public static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < Math.pow(10, -decimals) || magnitude >= 1e7)) {
            return String.format(Locale.ROOT, "%." + Math.max(1, decimals - 1) + "e", value);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    @Override
    public String toString() {
        int n = headers.length;
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = headers[c].length();
            numeric[c] = !rows.isEmpty();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
                numeric[c] &= row[c].isEmpty() || isNumber(row[c]);
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, headers, width, numeric);
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        appendRow(sb, rule, width, numeric);
        for (String[] row : rows) {
            appendRow(sb, row, width, numeric);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] width, boolean[] numeric) {
        int start = sb.length();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            String pad = " ".repeat(width[c] - cells[c].length());
            sb.append(numeric[c] ? pad + cells[c] : cells[c] + pad);
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.replace("%", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
