package org.forecast4j.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.forecast4j.core.internal.AtomicFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration used by forecast4j for model files, reports, events and specs.
 *
 * <ul>
 *   <li>No default typing and no class-name type ids: polymorphic values use logical names chosen by us.
 *   <li>Reading is strict: unknown fields, {@code null} for primitives, trailing tokens and NaN literals are
 *       errors, and bounded by {@link InputLimits} (nesting depth, string, number and document length).
 *   <li>Writing is deterministic: record components in declaration order, map entries sorted by key,
 *       {@code null} fields omitted, doubles in Java's shortest round-trip form.
 * </ul>
 * The mapper is immutable and thread-safe.
 */
public final class ForecastJson {
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(InputLimits.jackson()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private ForecastJson() {
    }

    /**
     * The shared mapper: compact output, strict input.
     *
     * @return the mapper, never {@code null}
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Serializes a value as indented JSON followed by a newline.
     *
     * @param value a record, map, list or tree
     * @return the JSON text
     */
    public static String toPrettyJson(Object value) {
        return PRETTY.writeValueAsString(value) + "\n";
    }

    /**
     * Serializes a value as one line of compact JSON (no trailing newline), as in JSON Lines.
     *
     * @param value a record, map, list or tree
     * @return the JSON text
     */
    public static String toJsonLine(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Writes a value as indented JSON, atomically (see {@link AtomicFiles}).
     *
     * @param target the file to create or replace
     * @param value the value
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void writePretty(Path target, Object value) throws IOException {
        AtomicFiles.writeString(target, toPrettyJson(value));
    }

    /**
     * Reads a whole file as a JSON tree.
     *
     * @param file the file
     * @return the root node
     * @throws InvalidInputException if the file is missing, unreadable or not well-formed JSON; the message
     *     names the file and the line
     */
    public static JsonNode readTree(Path file) {
        JsonParser parser = null;
        try (InputStream in = Files.newInputStream(file)) {
            parser = MAPPER.createParser(in);
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw InvalidInputException.of(file.toString(), "is empty: expected a JSON document");
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException(file.toString(), parser.currentTokenLocation().getLineNr(), null,
                        null, "has text after the JSON value");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(file.toString(), "file not found");
        } catch (IOException e) {
            throw InvalidInputException.unreadable(file.toString(), e);
        } catch (JacksonException e) {
            throw invalid(file.toString(), 0, e, parser);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * Converts a Jackson error into an {@link InvalidInputException} naming the source, the line and, where
     * Jackson knows it, the field path.
     *
     * @param source the file or stream name
     * @param lineOffset added to Jackson's line number; use it when parsing one line of a JSON Lines file
     *     (pass the 0-based index of the line), else 0
     * @param e the Jackson error
     * @return the exception to throw
     */
    public static InvalidInputException invalid(String source, long lineOffset, JacksonException e) {
        return invalid(source, lineOffset, e, null);
    }

    /**
     * As {@link #invalid(String, long, JacksonException)}, taking the line from the parser where the error has
     * no location (Jackson's stream-read limits, {@link InputLimits}, give none).
     *
     * @param source the file or stream name
     * @param lineOffset added to the line number, as above
     * @param e the Jackson error
     * @param parser the parser that was reading, or {@code null}
     * @return the exception to throw
     */
    public static InvalidInputException invalid(String source, long lineOffset, JacksonException e,
            JsonParser parser) {
        TokenStreamLocation location = e.getLocation();
        if (location == null && parser != null) {
            location = parser.currentLocation(); // a stream-read limit exceeded: Jackson gives no location
        }
        long line = location == null || location.getLineNr() <= 0 ? 0 : location.getLineNr() + lineOffset;
        String path = e.getPath().isEmpty() ? null : pathOf(e);
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        return new InvalidInputException(source, line, path, null, "malformed JSON: " + plain(message), e);
    }

    /**
     * Jackson's message without its internals: the location it appends ({@code at [Source: REDACTED ...; line:
     * 1, column: 5]}, which this library reports itself as the line) and the code point of a character.
     */
    static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceAll("\\s*\\(for Array starting at \\[Source:[^\\]]*\\]\\)",
                " (for an array opened earlier)");
        m = m.replaceAll("\\s*\\(for Object starting at \\[Source:[^\\]]*\\]\\)", " (for an object opened earlier)");
        m = m.replaceAll("\\s*at \\[Source:[^\\]]*\\]", "");
        m = m.replaceAll("\\[Source:[^\\]]*\\]", "");
        m = m.replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`\\)", "; see InputLimits)");
        return m.replaceAll(" \\(code \\d+\\)", "").trim();
    }

    private static String pathOf(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
