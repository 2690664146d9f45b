package org.forecast4j.features.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.io.ForecastJson;
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
        return readLines(file.toString(), text(file));
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
        List<JsonRecord> records = new ArrayList<>();
        String[] lines = stripBom(text).split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            records.add(single(source, lines[i], i));
        }
        return records;
    }

    /**
     * Reads either a JSON array of objects (if the first non-blank character is {@code [}) or JSON Lines.
     *
     * @param file a UTF-8 file
     * @return the objects in file order
     * @throws InvalidInputException if the file is missing or malformed
     */
    public static List<JsonRecord> readArrayOrLines(Path file) {
        return readArrayOrLines(file.toString(), text(file));
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
        try (JsonParser parser = ForecastJson.mapper().createParser(body)) {
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
        } catch (JacksonException e) {
            throw ForecastJson.invalid(source, 0, e);
        }
        return records;
    }

    /**
     * Reads a file holding one JSON object.
     *
     * @param file a UTF-8 file
     * @return the object
     * @throws InvalidInputException if the file is missing, malformed or not one object
     */
    public static JsonRecord readObject(Path file) {
        return readObject(file.toString(), text(file));
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
        try (JsonParser parser = ForecastJson.mapper().createParser(stripBom(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InvalidInputException.of(source, "is empty: expected a JSON object");
            }
            JsonRecord record = JsonRecord.read(parser, source, 0);
            requireEnd(parser, source, 0);
            return record;
        } catch (JacksonException e) {
            throw ForecastJson.invalid(source, 0, e);
        }
    }

    private static JsonRecord single(String source, String line, long index) {
        try (JsonParser parser = ForecastJson.mapper().createParser(line)) {
            parser.nextToken();
            JsonRecord record = JsonRecord.read(parser, source, index);
            requireEnd(parser, source, index);
            return record;
        } catch (JacksonException e) {
            throw ForecastJson.invalid(source, index, e);
        }
    }

    private static void requireEnd(JsonParser parser, String source, long lineOffset) {
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            throw new InvalidInputException(source, parser.currentTokenLocation().getLineNr() + lineOffset, null,
                    null, "has text after the JSON value (one JSON object per line in JSON Lines)");
        }
    }

    /**
     * Reads a whole UTF-8 file.
     *
     * @param file the file
     * @return its text
     * @throws InvalidInputException if it is missing or unreadable
     */
    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(file.toString(), "file not found");
        } catch (IOException e) {
            throw InvalidInputException.unreadable(file.toString(), e);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
