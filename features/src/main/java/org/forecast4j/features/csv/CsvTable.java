package org.forecast4j.features.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;

/**
 * A whole CSV file in memory, with the line each row started on, and typed column accessors that validate
 * every value and name the file, line, column and value of the first bad one. For files too large to hold,
 * stream with {@link CsvReader} instead.
 *
 * <pre>{@code
 * CsvTable table = CsvTable.read(Path.of("train.csv"));
 * double[][] x = table.numericMatrix(List.of("age", "male"));
 * boolean[] y = table.outcomeColumn("survived");
 * }</pre>
 * Immutable.
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final List<List<String>> rows;
    private final long[] lines;

    private CsvTable(String source, List<String> header, List<List<String>> rows, long[] lines) {
        this.source = source;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
    }

    /**
     * Reads a whole CSV file.
     *
     * @param file the file
     * @return the table
     * @throws InvalidInputException if the file is missing, empty or malformed
     */
    public static CsvTable read(Path file) {
        try (CsvReader reader = CsvReader.open(file)) {
            return read(reader);
        }
    }

    /**
     * Reads the remaining records of a reader.
     *
     * @param reader an open reader, positioned before its first record
     * @return the table
     * @throws InvalidInputException if a record is malformed
     */
    public static CsvTable read(CsvReader reader) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        while (reader.next()) {
            rows.add(reader.record());
            lines.add(reader.line());
        }
        long[] lineArray = new long[lines.size()];
        for (int i = 0; i < lineArray.length; i++) {
            lineArray[i] = lines.get(i);
        }
        return new CsvTable(reader.source(), reader.header(), Collections.unmodifiableList(rows), lineArray);
    }

    /** @return the file or stream name used in messages */
    public String source() {
        return source;
    }

    /** @return the column names in file order */
    public List<String> header() {
        return header;
    }

    /** @return the number of data rows */
    public int rowCount() {
        return rows.size();
    }

    /**
     * @param row a row index in [0, rowCount)
     * @return the 1-based line on which that row starts in the file
     */
    public long line(int row) {
        return lines[row];
    }

    /**
     * @param row a row index
     * @return that row's fields, unmodifiable
     */
    public List<String> row(int row) {
        return rows.get(row);
    }

    /**
     * @param name a column name
     * @return its index
     * @throws InvalidInputException naming the missing column and the columns that exist
     */
    public int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InvalidInputException(source, 0, name, null,
                    "is not a column of this file (columns: " + String.join(", ", header) + ")");
        }
        return index;
    }

    /**
     * @param name a column name
     * @return whether the file has that column
     */
    public boolean hasColumn(String name) {
        return header.contains(name);
    }

    /**
     * @param name a column name
     * @return the raw text of that column, one entry per row
     * @throws InvalidInputException if the column is missing
     */
    public List<String> textColumn(String name) {
        int c = column(name);
        List<String> values = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            values.add(row.get(c));
        }
        return values;
    }

    /**
     * @param name a column name
     * @return the column as finite numbers
     * @throws InvalidInputException at the first missing column, empty, non-numeric, NaN or infinite value
     */
    public double[] numericColumn(String name) {
        int c = column(name);
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = number(r, c);
        }
        return values;
    }

    /**
     * @param name a column name
     * @return the column as probabilities in [0, 1]
     * @throws InvalidInputException at the first value that is not a number in [0, 1]
     */
    public double[] probabilityColumn(String name) {
        int c = column(name);
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            int row = r;
            values[r] = CsvValues.probability(rows.get(r).get(c), problem -> invalid(row, c, problem));
        }
        return values;
    }

    /**
     * @param name a column name
     * @return the column as outcomes: 1/true/yes are true, 0/false/no false (case-insensitive)
     * @throws InvalidInputException at the first other value
     */
    public boolean[] outcomeColumn(String name) {
        int c = column(name);
        boolean[] values = new boolean[rows.size()];
        for (int r = 0; r < values.length; r++) {
            int row = r;
            values[r] = CsvValues.outcome(rows.get(r).get(c), problem -> invalid(row, c, problem));
        }
        return values;
    }

    /**
     * Several numeric columns as a row-major matrix.
     *
     * @param names the columns, in the order wanted
     * @return {@code matrix[row][j]} = the value of column {@code names.get(j)} in that row
     * @throws InvalidInputException naming the first missing column or bad value
     */
    public double[][] numericMatrix(List<String> names) {
        int[] columns = new int[names.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = column(names.get(j));
        }
        double[][] matrix = new double[rows.size()][columns.length];
        for (int r = 0; r < matrix.length; r++) {
            for (int j = 0; j < columns.length; j++) {
                matrix[r][j] = number(r, columns[j]);
            }
        }
        return matrix;
    }

    /**
     * An error about one cell.
     *
     * @param row a row index
     * @param column a column index
     * @param problem what is wrong
     * @return the exception, naming file, line, column and value
     */
    public InvalidInputException invalid(int row, int column, String problem) {
        return new InvalidInputException(source, lines[row], header.get(column), rows.get(row).get(column), problem);
    }

    private double number(int r, int c) {
        return CsvValues.number(rows.get(r).get(c), problem -> invalid(r, c, problem));
    }
}
