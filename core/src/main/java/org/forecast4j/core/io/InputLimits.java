package org.forecast4j.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.StreamReadConstraints;

/**
 * The bounds every reader of forecast4j applies to untrusted input, so that a hostile or broken file (a 2 GB
 * line with no newline, an unterminated quote, JSON nested ten thousand deep, a number with a million digits)
 * is refused with an {@link InvalidInputException} naming the file and line instead of exhausting memory.
 *
 * <p>The bounds are far above anything a real events, questions, spec, model or ForecastBench file holds: a
 * line of JSON Lines or a CSV record is at most {@value #MAX_LINE_CHARS} characters, a whole JSON document at
 * most {@value #MAX_DOCUMENT_BYTES} bytes, nesting at most {@value #MAX_NESTING_DEPTH} levels, a string value at
 * most {@value #MAX_STRING_CHARS} characters, a number at most {@value #MAX_NUMBER_CHARS} characters and a field
 * name at most {@value #MAX_NAME_CHARS}.
 */
public final class InputLimits {
    /** The longest line of JSON Lines, or CSV record (quoted newlines included), in characters: 1 MiB. */
    public static final int MAX_LINE_CHARS = 1 << 20;
    /** The largest file read whole as one JSON document (specs, questions, model files), in bytes: 256 MiB. */
    public static final long MAX_DOCUMENT_BYTES = 256L << 20;
    /** The deepest nesting of JSON arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest JSON string value, in characters: 1 MiB. */
    public static final int MAX_STRING_CHARS = 1 << 20;
    /** The longest JSON number, in characters. */
    public static final int MAX_NUMBER_CHARS = 100;
    /** The longest JSON field name, in characters. */
    public static final int MAX_NAME_CHARS = 1000;

    private InputLimits() {
    }

    /** @return Jackson's stream-read constraints set to these bounds */
    static StreamReadConstraints jackson() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNumberLength(MAX_NUMBER_CHARS)
                .maxNameLength(MAX_NAME_CHARS)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build();
    }

    /**
     * Reads a whole UTF-8 file that must hold one document, refusing files over {@link #MAX_DOCUMENT_BYTES}
     * before reading them.
     *
     * @param file the file
     * @return its text
     * @throws InvalidInputException if it is missing, unreadable, not UTF-8 or too large
     */
    public static String readDocument(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                throw InvalidInputException.of(file.toString(), "is " + size + " bytes; a JSON document is limited to "
                        + MAX_DOCUMENT_BYTES + " bytes (256 MiB): is this the right file?");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(file.toString(), "file not found");
        } catch (IOException e) {
            throw InvalidInputException.unreadable(file.toString(), e);
        }
    }

    /**
     * The error for a line or record over {@link #MAX_LINE_CHARS}.
     *
     * @param source the file
     * @param line the 1-based line on which it starts
     * @param what what the line holds, e.g. {@code a JSON Lines record} or {@code a CSV record}
     * @return the exception
     */
    public static InvalidInputException lineTooLong(String source, long line, String what) {
        return new InvalidInputException(source, line, null, null, "is longer than " + MAX_LINE_CHARS
                + " characters for " + what + " (a missing newline or an unterminated quote?)");
    }
}
