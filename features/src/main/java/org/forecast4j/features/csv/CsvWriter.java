package org.forecast4j.features.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.core.internal.AtomicFiles;

/**
 * Writes RFC 4180 CSV with a header row. A file target is written atomically: rows go to a temporary file
 * beside the target, and only {@link #commit()} renames it into place; closing without committing deletes
 * the temporary file and leaves the target untouched.
 *
 * <pre>{@code
 * try (CsvWriter out = CsvWriter.create(path, List.of("question", "p"))) {
 *     out.row("q1", 0.25);
 *     out.commit();
 * }
 * }</pre>
 *
 * Numbers are written with {@link Double#toString(double)} (the shortest text that reads back to the same
 * double), so output is byte-identical across runs. Fields containing a comma, quote or line break are quoted.
 */
public final class CsvWriter implements AutoCloseable {
    private final Writer out;
    private final Path target;
    private final Path temporary;
    private final int columns;
    private boolean committed;

    private CsvWriter(Writer out, Path target, Path temporary, List<String> header) {
        this.out = out;
        this.target = target;
        this.temporary = temporary;
        this.columns = header.size();
        rowOf(header.toArray());
    }

    /**
     * Starts an atomic write of a CSV file, creating missing parent directories.
     *
     * @param target the file to create or replace on {@link #commit()}
     * @param header the column names
     * @return the writer
     * @throws UncheckedIOException if the temporary file cannot be created
     */
    public static CsvWriter create(Path target, List<String> header) {
        try {
            Path absolute = target.toAbsolutePath();
            Path tmp = AtomicFiles.temporarySibling(absolute);
            Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                    StandardCharsets.UTF_8));
            return new CsvWriter(writer, absolute, tmp, header);
        } catch (IOException e) {
            throw new UncheckedIOException(AtomicFiles.failure(target, e), e);
        }
    }

    /**
     * Writes CSV to a stream such as standard output; {@link #commit()} flushes it and {@link #close()} does
     * not close it.
     *
     * @param out the destination
     * @param header the column names
     * @return the writer
     */
    public static CsvWriter to(Writer out, List<String> header) {
        return new CsvWriter(out, null, null, header);
    }

    /**
     * Writes one row.
     *
     * @param cells one value per column: numbers, strings, booleans or {@code null} (an empty field)
     * @return this writer
     * @throws IllegalArgumentException if the number of cells differs from the header's
     */
    public CsvWriter row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + columns);
        }
        rowOf(cells);
        return this;
    }

    private void rowOf(Object[] cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(cells[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
        }
    }

    /**
     * The text of one cell as it will be written.
     *
     * @param cell a value or {@code null}
     * @return the escaped text
     */
    static String escape(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof Double d ? Double.toString(d) : cell.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * Finishes the output: flushes, and for a file renames the temporary file over the target.
     *
     * @throws UncheckedIOException if the output cannot be flushed or renamed
     */
    public void commit() {
        try {
            out.flush();
            if (target != null) {
                out.close();
                AtomicFiles.moveIntoPlace(temporary, target);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(AtomicFiles.failure(target, e), e);
        }
    }

    /** Deletes the temporary file unless {@link #commit()} succeeded. */
    @Override
    public void close() {
        if (target == null || committed) {
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
