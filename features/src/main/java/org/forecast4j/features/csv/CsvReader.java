package org.forecast4j.features.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.forecast4j.core.io.InputLimits;
import org.forecast4j.core.io.InvalidInputException;

/**
 * Streams the records of a CSV file with a header row (RFC 4180: comma-separated, fields optionally quoted
 * with {@code "}, {@code ""} for a quote inside a quoted field, which may span lines). Each record remembers
 * the line it started on, and every error names the file, the line, the column and the value.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *     int p = csv.column("p"), y = csv.column("outcome");
 *     while (csv.next()) {
 *         accumulator.add(csv.probability(p), csv.outcome(y));
 *     }
 * }
 * }</pre>
 *
 * A UTF-8 byte-order mark is skipped, blank lines are ignored, and a record whose number of fields differs
 * from the header's is an error. Not thread-safe.
 */
public final class CsvReader implements Closeable {
    private final String source;
    private final Reader in;
    private final List<String> header;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private long physicalLine = 1;
    private long recordLine;
    /** Characters of the current record in the fields already complete. */
    private long recordChars;
    private int pushback = -2;
    private boolean hasRecord;

    private CsvReader(String source, Reader in) {
        this.source = source;
        this.in = in;
        int first = read();
        if (first != 0xFEFF) {
            pushback = first;
        }
        if (!readRecord()) {
            throw InvalidInputException.of(source, "is empty: expected a header row");
        }
        List<String> names = new ArrayList<>(fields.size());
        for (String name : fields) {
            String trimmed = name.trim();
            if (names.contains(trimmed)) {
                throw new InvalidInputException(source, recordLine, trimmed, null, "appears twice in the header");
            }
            names.add(trimmed);
        }
        header = Collections.unmodifiableList(names);
        hasRecord = false;
    }

    /**
     * Opens a UTF-8 CSV file and reads its header.
     *
     * @param file the file
     * @return the reader, positioned before the first record
     * @throws InvalidInputException if the file is missing, unreadable or empty
     */
    public static CsvReader open(Path file) {
        try {
            return new CsvReader(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(file.toString(), "file not found");
        } catch (IOException e) {
            throw InvalidInputException.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads CSV from any reader.
     *
     * @param source the name to use in error messages
     * @param reader the text; closed by {@link #close()}
     * @return the reader, positioned before the first record
     * @throws InvalidInputException if there is no header
     */
    public static CsvReader of(String source, Reader reader) {
        return new CsvReader(source, reader instanceof BufferedReader ? reader : new BufferedReader(reader));
    }

    /** @return the file or stream name used in messages */
    public String source() {
        return source;
    }

    /** @return the column names, trimmed, in file order */
    public List<String> header() {
        return header;
    }

    /**
     * @param name a column name
     * @return its index
     * @throws InvalidInputException naming the file, the missing column and the columns that exist
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
     * @return whether the header has it
     */
    public boolean hasColumn(String name) {
        return header.contains(name);
    }

    /**
     * Advances to the next record.
     *
     * @return {@code false} at the end of the input
     * @throws InvalidInputException if the record's field count differs from the header's, or a quote is
     *     unterminated
     */
    public boolean next() {
        hasRecord = readRecord();
        if (hasRecord && fields.size() != header.size()) {
            throw new InvalidInputException(source, recordLine, null, null, "has " + fields.size()
                    + " fields but the header has " + header.size() + " (" + String.join(", ", header) + ")");
        }
        return hasRecord;
    }

    /** @return the 1-based line on which the current record starts */
    public long line() {
        return recordLine;
    }

    /**
     * @param column a column index
     * @return the raw text of that field in the current record
     */
    public String field(int column) {
        requireRecord();
        return fields.get(column);
    }

    /** @return a copy of the current record's fields */
    public List<String> record() {
        requireRecord();
        return List.copyOf(fields);
    }

    /**
     * Parses a finite number.
     *
     * @param column a column index
     * @return the value
     * @throws InvalidInputException if the field is empty, not a number, NaN or infinite
     */
    public double number(int column) {
        return CsvValues.number(field(column), problem -> invalid(column, problem));
    }

    /**
     * Parses a probability.
     *
     * @param column a column index
     * @return a value in [0, 1]
     * @throws InvalidInputException if the field is not a number in [0, 1]
     */
    public double probability(int column) {
        return CsvValues.probability(field(column), problem -> invalid(column, problem));
    }

    /**
     * Parses a binary outcome: {@code 1}, {@code true}, {@code yes} are true; {@code 0}, {@code false},
     * {@code no} are false (case-insensitive, surrounding blanks ignored; {@code 1.0} and {@code 0.0} accepted).
     *
     * @param column a column index
     * @return the outcome
     * @throws InvalidInputException for any other value
     */
    public boolean outcome(int column) {
        return CsvValues.outcome(field(column), problem -> invalid(column, problem));
    }

    /**
     * An error about one field of the current record.
     *
     * @param column a column index
     * @param problem what is wrong, e.g. {@code "is not a probability in [0, 1]"}
     * @return the exception to throw, naming file, line, column and value
     */
    public InvalidInputException invalid(int column, String problem) {
        return new InvalidInputException(source, recordLine, header.get(column), fields.get(column), problem);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireRecord() {
        if (!hasRecord) {
            throw new IllegalStateException("no current record: call next() first");
        }
    }

    /** Reads one record into {@code fields}, skipping blank lines; false at end of input. */
    private boolean readRecord() {
        fields.clear();
        int c = read();
        while (c == '\n' || c == '\r') {
            consumeNewline(c);
            c = read();
        }
        if (c == -1) {
            return false;
        }
        recordLine = physicalLine;
        recordChars = 0;
        field.setLength(0);
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new InvalidInputException(source, recordLine, null, null,
                            "has a quoted field that never ends");
                }
                if (c == '"') {
                    int d = read();
                    if (d != '"') {
                        quoted = false;
                        c = d;
                        continue;
                    }
                    field.append('"');
                } else {
                    if (c == '\n') {
                        physicalLine++;
                    }
                    append(c);
                }
            } else if (c == ',') {
                recordChars += field.length() + 1;
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString());
                if (c != -1) {
                    consumeNewline(c);
                }
                return true;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else {
                append(c);
            }
            c = read();
        }
    }

    /** Appends to the current field, refusing a record over {@link InputLimits#MAX_LINE_CHARS} characters. */
    private void append(int c) {
        if (recordChars + field.length() >= InputLimits.MAX_LINE_CHARS) {
            throw InputLimits.lineTooLong(source, recordLine, "a CSV record");
        }
        field.append((char) c);
    }

    /** Consumes a line ending that starts with {@code c} ({@code \n}, {@code \r\n} or a lone {@code \r}). */
    private void consumeNewline(int c) {
        physicalLine++;
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                pushback = d;
            }
        }
    }

    private int read() {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw InvalidInputException.unreadable(source, e);
        }
    }
}
