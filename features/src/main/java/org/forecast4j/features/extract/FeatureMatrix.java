package org.forecast4j.features.extract;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.features.csv.CsvWriter;

/**
 * Feature rows: one per (question, time), with the spec's features as columns. Immutable; {@link #row(int)}
 * returns a copy.
 */
public final class FeatureMatrix {
    private final FeatureSchema schema;
    private final List<String> questionIds;
    private final List<Instant> times;
    private final double[][] rows;

    /**
     * @param schema the feature names, one per column
     * @param questionIds the question of each row
     * @param times the time each row is as of
     * @param rows the values, {@code rows[r].length == schema.size()}; the arrays are kept, not copied
     * @throws IllegalArgumentException if the sizes disagree
     */
    public FeatureMatrix(FeatureSchema schema, List<String> questionIds, List<Instant> times, double[][] rows) {
        if (questionIds.size() != rows.length || times.size() != rows.length) {
            throw new IllegalArgumentException("need one question id and one time per row");
        }
        for (double[] row : rows) {
            if (row.length != schema.size()) {
                throw new IllegalArgumentException("row of " + row.length + " values, schema of " + schema.size());
            }
        }
        this.schema = schema;
        this.questionIds = Collections.unmodifiableList(new ArrayList<>(questionIds));
        this.times = Collections.unmodifiableList(new ArrayList<>(times));
        this.rows = rows;
    }

    /** @return the feature names */
    public FeatureSchema schema() {
        return schema;
    }

    /** @return the number of rows */
    public int rowCount() {
        return rows.length;
    }

    /**
     * @param r a row index
     * @return that row's question id
     */
    public String questionId(int r) {
        return questionIds.get(r);
    }

    /**
     * @param r a row index
     * @return the time that row is as of
     */
    public Instant time(int r) {
        return times.get(r);
    }

    /**
     * @param r a row index
     * @return a copy of that row's values
     */
    public double[] row(int r) {
        return rows[r].clone();
    }

    /**
     * @param r a row index
     * @param c a feature index
     * @return the value
     */
    public double value(int r, int c) {
        return rows[r][c];
    }

    /** @return the column names of the CSV and table forms: {@code question}, {@code at}, then the features */
    public List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("question");
        header.add("at");
        header.addAll(schema.names());
        return header;
    }

    /**
     * Writes the matrix as CSV, atomically: {@code question}, {@code at} (ISO-8601), then one column per
     * feature (numbers in Java's shortest round-trip form).
     *
     * @param file the file to create or replace
     */
    public void writeCsv(Path file) {
        try (CsvWriter out = CsvWriter.create(file, header())) {
            writeRows(out);
            out.commit();
        }
    }

    /**
     * Writes the rows to an open CSV writer whose header is {@link #header()}.
     *
     * @param out the writer
     */
    public void writeRows(CsvWriter out) {
        for (int r = 0; r < rows.length; r++) {
            Object[] cells = new Object[2 + schema.size()];
            cells[0] = questionIds.get(r);
            cells[1] = times.get(r).toString();
            for (int c = 0; c < schema.size(); c++) {
                cells[2 + c] = rows[r][c];
            }
            out.row(cells);
        }
    }

    @Override
    public String toString() {
        TextTable table = new TextTable(header().toArray(new String[0]));
        for (int r = 0; r < rows.length; r++) {
            Object[] cells = new Object[2 + schema.size()];
            cells[0] = questionIds.get(r);
            cells[1] = times.get(r);
            for (int c = 0; c < schema.size(); c++) {
                cells[2 + c] = TextTable.number(rows[r][c]);
            }
            table.row(cells);
        }
        return table.toString();
    }
}
