package org.forecast4j.core.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object read from a file, remembering the line of every field, with typed accessors whose errors
 * name the file, that line, the field and the value. Immutable.
 */
public final class JsonRecord {
    /** Reads one value inside an object; the trailing-token check belongs to the whole document. */
    private static final ObjectReader VALUES = ForecastJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;
    private final String prefix;
    private final long line;
    private final Map<String, JsonNode> values;
    private final Map<String, Long> lines;
    private final Map<String, List<JsonRecord>> nested;

    private JsonRecord(String source, String prefix, long line, Map<String, JsonNode> values,
            Map<String, Long> lines, Map<String, List<JsonRecord>> nested) {
        this.source = source;
        this.prefix = prefix;
        this.line = line;
        this.values = values;
        this.lines = lines;
        this.nested = nested;
    }

    /**
     * Reads the object the parser is positioned on.
     *
     * @param parser a parser whose current token is {@link JsonToken#START_OBJECT}; left on its END_OBJECT
     * @param source the file name, for messages
     * @param lineOffset added to the parser's line numbers (the 0-based line index when parsing one line of a
     *     JSON Lines file, else 0)
     * @return the record
     * @throws InvalidInputException if a field appears twice
     * @throws tools.jackson.core.JacksonException if the JSON is malformed (callers convert it with
     *     {@link ForecastJson#invalid})
     */
    public static JsonRecord read(JsonParser parser, String source, long lineOffset) {
        return read(parser, source, lineOffset, "");
    }

    private static JsonRecord read(JsonParser parser, String source, long lineOffset, String prefix) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(source, parser.currentTokenLocation().getLineNr() + lineOffset,
                    prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1), null,
                    "expected a JSON object, found " + describe(parser.currentToken()));
        }
        long start = parser.currentTokenLocation().getLineNr() + lineOffset;
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        Map<String, List<JsonRecord>> nested = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            long at = parser.currentTokenLocation().getLineNr() + lineOffset;
            if (values.containsKey(name)) {
                throw new InvalidInputException(source, at, prefix + name, null, "appears twice in one object");
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                ArrayNode array = ForecastJson.mapper().createArrayNode();
                List<JsonRecord> objects = new ArrayList<>();
                boolean allObjects = true;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == JsonToken.START_OBJECT) {
                        JsonRecord element = read(parser, source, lineOffset,
                                prefix + name + "[" + array.size() + "].");
                        objects.add(element);
                        array.add(element.toNode());
                    } else {
                        allObjects = false;
                        array.add(VALUES.readTree(parser));
                    }
                }
                values.put(name, array);
                if (allObjects) {
                    nested.put(name, Collections.unmodifiableList(objects));
                }
            } else {
                values.put(name, VALUES.readTree(parser));
            }
            lines.put(name, at);
        }
        return new JsonRecord(source, prefix, start, Collections.unmodifiableMap(values), lines, nested);
    }

    /**
     * A record over a JSON object built in memory (no lines: messages name the source and field only).
     *
     * @param node the object
     * @param source the name used in messages
     * @param prefix prepended to every field name in messages, e.g. {@code parameters.}
     * @return the record
     */
    public static JsonRecord of(ObjectNode node, String source, String prefix) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, List<JsonRecord>> nested = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode value = e.getValue();
            values.put(e.getKey(), value);
            if (value.isArray()) {
                List<JsonRecord> objects = new ArrayList<>();
                for (int i = 0; i < value.size() && objects != null; i++) {
                    objects = value.get(i).isObject() ? objects : null;
                    if (objects != null) {
                        objects.add(of((ObjectNode) value.get(i), source, prefix + e.getKey() + "[" + i + "]."));
                    }
                }
                if (objects != null) {
                    nested.put(e.getKey(), Collections.unmodifiableList(objects));
                }
            }
        }
        return new JsonRecord(source, prefix, 0, Collections.unmodifiableMap(values), Map.of(), nested);
    }

    /** @return the object as a JSON tree (a fresh copy) */
    public ObjectNode toNode() {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        values.forEach(node::set);
        return node;
    }

    /**
     * @param field an optional field holding an array of objects
     * @return the objects, each remembering its lines; empty if the field is absent
     * @throws InvalidInputException if present and not an array of objects
     */
    public List<JsonRecord> objects(String field) {
        if (!has(field)) {
            return List.of();
        }
        List<JsonRecord> objects = nested.get(field);
        if (objects == null) {
            throw invalid(field, values.get(field).toString(), "is not an array of JSON objects");
        }
        return objects;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /** @return the file name used in messages */
    public String source() {
        return source;
    }

    /** @return the 1-based line the object starts on */
    public long line() {
        return line;
    }

    /**
     * @param field a field name
     * @return the line the field is on, or the object's line if it is absent
     */
    public long lineOf(String field) {
        Long at = lines.get(field);
        return at == null ? line : at;
    }

    /** @return the field names in file order */
    public Set<String> fieldNames() {
        return values.keySet();
    }

    /**
     * @param field a field name
     * @return whether the field is present and not JSON {@code null}
     */
    public boolean has(String field) {
        JsonNode node = values.get(field);
        return node != null && !node.isNull();
    }

    /**
     * @param field a field name
     * @return its raw value, or {@code null} if absent
     */
    public JsonNode node(String field) {
        return values.get(field);
    }

    /**
     * Rejects fields outside a known set.
     *
     * @param known the field names allowed
     * @param what what the object is, e.g. {@code "event"}, for the message
     * @throws InvalidInputException naming the first unknown field and listing the known ones
     */
    public void requireOnly(Collection<String> known, String what) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidInputException(source, lineOf(name), prefix + name, null,
                        "is not a field of " + what + " (fields: " + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * @param field a required field
     * @return its non-blank string value
     * @throws InvalidInputException if it is missing, not a string, or blank
     */
    public String text(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw invalid(field, null, "is required");
        }
        if (value.isBlank()) {
            throw invalid(field, value, "must not be blank");
        }
        return value;
    }

    /**
     * @param field an optional field
     * @return its string value, or {@code null} if absent or JSON null
     * @throws InvalidInputException if present and not a string
     */
    public String optionalText(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode node = values.get(field);
        if (!node.isString()) {
            throw invalid(field, node.toString(), "is not a string");
        }
        return node.asString();
    }

    /**
     * @param field a required field holding an ISO-8601 instant, offset date-time or date
     * @return the instant
     * @throws InvalidInputException if it is missing or not such a time
     */
    public Instant instant(String field) {
        Instant value = optionalInstant(field);
        if (value == null) {
            throw invalid(field, null, "is required");
        }
        return value;
    }

    /**
     * @param field an optional time field
     * @return the instant, or {@code null} if absent
     * @throws InvalidInputException if present and not a time (see {@link IsoInstants#parse})
     */
    public Instant optionalInstant(String field) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return IsoInstants.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(field, text, e.getMessage());
        }
    }

    /**
     * @param field a required numeric field
     * @return its finite value
     * @throws InvalidInputException if it is missing, not a number, or not finite
     */
    public double number(String field) {
        if (!has(field)) {
            throw invalid(field, null, "is required");
        }
        return optionalNumber(field, Double.NaN);
    }

    /**
     * @param field an optional numeric field
     * @param ifAbsent the value when it is absent or JSON null
     * @return the value
     * @throws InvalidInputException if present and not a finite number
     */
    public double optionalNumber(String field, double ifAbsent) {
        if (!has(field)) {
            return ifAbsent;
        }
        return finite(field, values.get(field));
    }

    /**
     * @param field a required field holding an array of numbers
     * @return the numbers, each finite
     * @throws InvalidInputException naming the field (or the element, {@code field[i]}) if it is missing, not an
     *     array, or holds a value that is not a finite number
     */
    public double[] numbers(String field) {
        if (!has(field)) {
            throw invalid(field, null, "is required");
        }
        JsonNode node = values.get(field);
        if (!node.isArray()) {
            throw invalid(field, node.toString(), "is not an array of numbers");
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = finite(field + "[" + i + "]", node.get(i));
        }
        return out;
    }

    /**
     * Checks a value found inside this record (an array element, a matrix cell).
     *
     * @param field the value's name in messages, e.g. {@code covariance[1][2]}
     * @param node the value, or {@code null}
     * @return it as a finite number
     * @throws InvalidInputException naming the field and value otherwise
     */
    public double finite(String field, JsonNode node) {
        if (node != null && node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw invalid(field, null, "is a number beyond the range of a double (about ±1.8e308)");
        }
        if (node == null || !node.isNumber()) {
            throw invalid(field, node == null ? null : node.toString(), "is not a finite number");
        }
        return node.doubleValue();
    }

    /**
     * @param field an optional boolean field
     * @return its value, or {@code null} if absent
     * @throws InvalidInputException if present and not {@code true} or {@code false}
     */
    public Boolean optionalBoolean(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode node = values.get(field);
        if (!node.isBoolean()) {
            throw invalid(field, node.toString(), "is not true or false");
        }
        return node.booleanValue();
    }

    /**
     * @param field an optional field holding an array of strings
     * @return the strings, or an empty list if absent
     * @throws InvalidInputException if present and not an array of strings
     */
    public List<String> stringList(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode node = values.get(field);
        if (!node.isArray()) {
            throw invalid(field, node.toString(), "is not an array of strings");
        }
        List<String> result = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!element.isString()) {
                throw invalid(field + "[" + i + "]", element.toString(), "is not a string");
            }
            result.add(element.asString());
        }
        return result;
    }

    /**
     * @param field an optional field holding an object whose values are strings, numbers or booleans
     * @return the values as text, sorted by key; empty if absent
     * @throws InvalidInputException if present and not such an object
     */
    public Map<String, String> stringMap(String field) {
        if (!has(field)) {
            return Map.of();
        }
        JsonNode node = values.get(field);
        if (!node.isObject()) {
            throw invalid(field, node.toString(), "is not a JSON object");
        }
        Map<String, String> result = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isString()) {
                result.put(entry.getKey(), value.asString());
            } else if (value.isNumber() || value.isBoolean()) {
                result.put(entry.getKey(), value.toString());
            } else if (!value.isNull()) {
                throw invalid(field + "." + entry.getKey(), value.toString(),
                        "is not a string, number or boolean");
            }
        }
        return result;
    }

    /**
     * An error about one field of this record.
     *
     * @param field the field (may be a path such as {@code prices[2].price})
     * @param value the offending value as text, or {@code null}
     * @param problem what is wrong
     * @return the exception, naming the file, the field's line, the field and the value
     */
    public InvalidInputException invalid(String field, String value, String problem) {
        int cut = field.length();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' || c == '[') {
                cut = i;
                break;
            }
        }
        return new InvalidInputException(source, lineOf(field.substring(0, cut)), prefix + field, value, problem);
    }

    /**
     * Places an error raised while building a value from this record (e.g. by a record's constructor, which
     * knows the field but not the file) at this record's file and the field's line.
     *
     * @param e the error
     * @return the located error
     */
    public InvalidInputException locate(InvalidInputException e) {
        String field = e.field();
        long at = field == null ? line : lineOf(field.contains(".") ? field.substring(0, field.indexOf('.')) : field);
        return new InvalidInputException(source, at, field == null ? null : prefix + field, e.value(), e.problem(),
                e);
    }
}
