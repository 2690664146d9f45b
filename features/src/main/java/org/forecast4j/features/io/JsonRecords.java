package org.forecast4j.features.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InputLimits;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.io.JsonRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads files of JSON objects as {@link JsonRecord}s: JSON Lines (one object per line; blank lines skipped),
 * a JSON array of objects, or a single object. Malformed JSON is an {@link InvalidInputException} naming the
 * file and line. Static and thread-safe.
 */
public final class JsonRecords {

    private JsonRecords() {
    }

    /**
     * Reads a JSON Lines file.
     *
     * @param file a UTF-8 file with one JSON object per line
     * @return the objects in file order
     * @throws InvalidInputException if the file is missing or a line is not one JSON object
     */
    public static List<JsonRecord> readLines(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readLines(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(file.toString(), "file not found");
        } catch (IOException e) {
            throw InvalidInputException.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads JSON Lines text.
     *
     * @param source the name used in messages
     * @param text the text
     * @return the objects in order
     * @throws InvalidInputException if a non-blank line is not one JSON object
     */
    public static List<JsonRecord> readLines(String source, String text) {
        try {
            return readLines(source, new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * Reads JSON Lines one line at a time, so that memory is bounded by the longest line, itself bounded by
     * {@link InputLimits#MAX_LINE_CHARS}. Line ends are {@code \n}, {@code \r\n} or {@code \r}.
     */
    private static List<JsonRecord> readLines(String source, BufferedReader in) throws IOException {
        List<JsonRecord> records = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (long index = 0; nextLine(in, line, source, index); index++) {
            String text = index == 0 ? stripBom(line.toString()) : line.toString();
            if (!text.isBlank()) {
                records.add(single(source, text, index));
            }
        }
        return records;
    }

    /** Reads one line into {@code line}; {@code false} at the end of the input with nothing read. */
    private static boolean nextLine(BufferedReader in, StringBuilder line, String source, long index)
            throws IOException {
        line.setLength(0);
        int c = in.read();
        if (c == -1) {
            return false;
        }
        while (c != -1 && c != '\n' && c != '\r') {
            if (line.length() >= InputLimits.MAX_LINE_CHARS) {
                throw InputLimits.lineTooLong(source, index + 1, "a line of JSON Lines");
            }
            line.append((char) c);
            c = in.read();
        }
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        return true;
    }

    /**
     * Reads either a JSON array of objects (if the first non-blank character is {@code [}) or JSON Lines.
     *
     * @param file a UTF-8 file
     * @return the objects in file order
     * @throws InvalidInputException if the file is missing or malformed
     */
    public static List<JsonRecord> readArrayOrLines(Path file) {
        return startsWithBracket(file) ? readArrayOrLines(file.toString(), InputLimits.readDocument(file))
                : readLines(file);
    }

    /** Whether the first character that is not blank (or a byte-order mark) is {@code [}; reads no further. */
    private static boolean startsWithBracket(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c = in.read();
            while (c == '\uFEFF' || (c != -1 && Character.isWhitespace(c))) {
                c = in.read();
            }
            return c == '[';
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(file.toString(), "file not found");
        } catch (IOException e) {
            throw InvalidInputException.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads either a JSON array of objects or JSON Lines.
     *
     * @param source the name used in messages
     * @param text the text
     * @return the objects in order
     * @throws InvalidInputException if the text is malformed
     */
    public static List<JsonRecord> readArrayOrLines(String source, String text) {
        String body = stripBom(text);
        if (!body.stripLeading().startsWith("[")) {
            return readLines(source, body);
        }
        List<JsonRecord> records = new ArrayList<>();
        return parse(source, 0, body, parser -> {
            parser.nextToken();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw new InvalidInputException(source, parser.currentTokenLocation().getLineNr(), null, null,
                            "expected a JSON object in the array, found " + (token == null ? "the end" : token));
                }
                records.add(JsonRecord.read(parser, source, 0));
            }
            requireEnd(parser, source, 0);
            return records;
        });
    }

    /**
     * Reads a file holding one JSON object.
     *
     * @param file a UTF-8 file
     * @return the object
     * @throws InvalidInputException if the file is missing, malformed or not one object
     */
    public static JsonRecord readObject(Path file) {
        return readObject(file.toString(), InputLimits.readDocument(file));
    }

    /**
     * Reads text holding one JSON object.
     *
     * @param source the name used in messages
     * @param text the text
     * @return the object
     * @throws InvalidInputException if the text is malformed or not one object
     */
    public static JsonRecord readObject(String source, String text) {
        return parse(source, 0, stripBom(text), parser -> {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InvalidInputException.of(source, "is empty: expected a JSON object");
            }
            JsonRecord record = JsonRecord.read(parser, source, 0);
            requireEnd(parser, source, 0);
            return record;
        });
    }

    private static JsonRecord single(String source, String line, long index) {
        return parse(source, index, line, parser -> {
            parser.nextToken();
            JsonRecord record = JsonRecord.read(parser, source, index);
            requireEnd(parser, source, index);
            return record;
        });
    }

    /** Parses text, converting Jackson's errors with the parser's location when the error has none. */
    private static <T> T parse(String source, long lineOffset, String text, Function<JsonParser, T> read) {
        JsonParser parser = null;
        try {
            parser = ForecastJson.mapper().createParser(text);
            return read.apply(parser);
        } catch (JacksonException e) {
            throw ForecastJson.invalid(source, lineOffset, e, parser);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private static void requireEnd(JsonParser parser, String source, long lineOffset) {
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            throw new InvalidInputException(source, parser.currentTokenLocation().getLineNr() + lineOffset, null,
                    null, "has text after the JSON value (one JSON object per line in JSON Lines)");
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
