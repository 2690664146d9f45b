package org.forecast4j.backtest.sweep;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.features.csv.CsvWriter;

/** Writes {@code sweep.csv}: {@link SweepRow#HEADER}, then one line per configuration. Static and thread-safe. */
public final class SweepCsv {
    /** The file name in a sweep's output folder. */
    public static final String FILE = "sweep.csv";

    private SweepCsv() {
    }

    /**
     * Writes the table atomically (a temporary file, then a rename).
     *
     * @param target the file
     * @param rows the rows, in configuration order
     */
    public static void write(Path target, List<SweepRow> rows) {
        try (CsvWriter out = CsvWriter.create(target, SweepRow.HEADER)) {
            for (SweepRow r : rows) {
                out.row(r.cells().toArray());
            }
            out.commit();
        }
    }

    /**
     * @param rows the rows
     * @return the table as text, exactly what {@link #write} writes
     */
    public static String text(List<SweepRow> rows) {
        StringWriter text = new StringWriter();
        try (CsvWriter out = CsvWriter.to(text, SweepRow.HEADER)) {
            for (SweepRow r : rows) {
                out.row(r.cells().toArray());
            }
            out.commit();
        }
        return text.toString();
    }
}
