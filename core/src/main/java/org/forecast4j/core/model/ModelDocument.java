package org.forecast4j.core.model;

import java.util.Objects;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.io.JsonRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One model file, read or about to be written: the envelope ({@code formatVersion}, {@code kind}, the
 * feature schema, provenance, the time written) and the kind-specific {@code parameters} as a JSON tree.
 * Models convert themselves to a document with {@code toDocument()} and are rebuilt from one by their kind's
 * {@code fromDocument}; the accessors below read parameters with errors that name the file and the field.
 *
 * @param formatVersion the model-file format version, {@code 1 <= v <= }{@link #FORMAT_VERSION}
 * @param kind the logical model kind, e.g. {@code "logistic"}
 * @param writtenAt when the file was written (ISO-8601 instant), or {@code null} before writing
 * @param schema the feature schema
 * @param provenance where the model came from
 * @param parameters the kind-specific parameters, a JSON object
 * @param source the file it was read from, for error messages; {@code null} for an unwritten document
 */
public record ModelDocument(int formatVersion, String kind, String writtenAt, FeatureSchema schema,
        Provenance provenance, ObjectNode parameters, String source) {
    /**
     * The model-file format version this build writes (and the newest it reads): 2, which adds a
     * {@code checksum} of the content to format 1.
     */
    public static final int FORMAT_VERSION = 2;

    /**
     * Checks that the required parts are present.
     *
     * @param formatVersion the model-file format version, {@code 1 <= v <= }{@link #FORMAT_VERSION}
     * @param kind the logical model kind, e.g. {@code "logistic"}
     * @param writtenAt when the file was written (ISO-8601 instant), or {@code null} before writing
     * @param schema the feature schema
     * @param provenance where the model came from
     * @param parameters the kind-specific parameters, a JSON object
     * @param source the file it was read from, for error messages; {@code null} for an unwritten document
     */
    public ModelDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * A new document in the current format, not yet written.
     *
     * @param kind the logical kind
     * @param schema the feature schema
     * @param provenance the provenance
     * @param parameters the parameters object
     * @return the document
     */
    public static ModelDocument of(String kind, FeatureSchema schema, Provenance provenance,
            ObjectNode parameters) {
        return new ModelDocument(FORMAT_VERSION, kind, null, schema, provenance, parameters, null);
    }

    /**
     * Appends numbers to a JSON array of a document being built: the writing twin of {@link #numbers}, e.g.
     * {@code addNumbers(parameters.putArray("weights"), weights)}.
     *
     * @param target the array to append to
     * @param values the numbers, in order
     * @return {@code target}
     */
    public static ArrayNode addNumbers(ArrayNode target, double[] values) {
        for (double v : values) {
            target.add(v);
        }
        return target;
    }

    /**
     * Checks that this document is of the kind the caller rebuilds; every {@code fromDocument} starts here.
     *
     * @param expected the kind the caller can read, e.g. {@code "logistic"}
     * @return this document
     * @throws InvalidInputException naming the file and the kind found, if it differs
     */
    public ModelDocument requireKind(String expected) {
        if (!expected.equals(kind)) {
            throw new InvalidInputException(source == null ? "model " + kind : source, 0, "kind", kind,
                    "is not a '" + expected + "' model file");
        }
        return this;
    }

    /**
     * Reads a required finite number from the parameters.
     *
     * @param field the parameter name
     * @return the value
     * @throws InvalidInputException naming the file and {@code parameters.field} if it is missing or not a
     *     finite number
     */
    public double number(String field) {
        require(field);
        return fields().number(field);
    }

    /**
     * Reads a required array of finite numbers from the parameters.
     *
     * @param field the parameter name
     * @param expectedLength the required length, or -1 for any
     * @return a fresh array
     * @throws InvalidInputException naming the file and field if it is missing, not an array of finite
     *     numbers, or of the wrong length
     */
    public double[] numbers(String field, int expectedLength) {
        require(field);
        double[] values = fields().numbers(field);
        if (expectedLength >= 0 && values.length != expectedLength) {
            throw invalid(field, null, "has " + values.length + " values, expected " + expectedLength
                    + " (one per feature of " + schema.names() + ")");
        }
        return values;
    }

    /**
     * Reads a required text parameter.
     *
     * @param field the parameter name
     * @return the text
     * @throws InvalidInputException if it is missing or not a string
     */
    public String text(String field) {
        require(field);
        return fields().optionalText(field);
    }

    /**
     * Reads a required JSON object parameter.
     *
     * @param field the parameter name
     * @return the object node
     * @throws InvalidInputException if it is missing or not an object
     */
    public JsonNode object(String field) {
        JsonNode node = require(field);
        if (!node.isObject()) {
            throw invalid(field, node.toString(), "is not a JSON object");
        }
        return node;
    }

    /**
     * @param field a parameter name
     * @return whether the parameters have that field (and it is not JSON null)
     */
    public boolean has(String field) {
        JsonNode node = parameters.get(field);
        return node != null && !node.isNull();
    }

    /**
     * An error about one parameter of this document, naming the file and {@code parameters.field}.
     *
     * @param field the parameter name (may contain a path such as {@code coefficients[2]})
     * @param value the offending value as text, or {@code null}
     * @param problem what is wrong
     * @return the exception to throw
     */
    public InvalidInputException invalid(String field, String value, String problem) {
        return fields().invalid(field, value, problem);
    }

    /** The parameters as a validated JSON record: every typed reader above goes through it. */
    private JsonRecord fields() {
        return JsonRecord.of(parameters, source == null ? "model " + kind : source, "parameters.");
    }

    /**
     * @param field a parameter holding {@code true} or {@code false}
     * @return its value
     * @throws InvalidInputException naming the field if it is missing or not a boolean
     */
    public boolean bool(String field) {
        require(field);
        return fields().optionalBoolean(field);
    }

    /**
     * @param field a parameter holding a whole number
     * @return its value, in [0, 1e15]
     * @throws InvalidInputException naming the field and value if it is missing or not a whole number {@code >= 0}
     */
    public long count(String field) {
        double value = number(field);
        if (value < 0 || value != Math.rint(value) || value > 1e15) {
            throw invalid(field, Double.toString(value), "is not a whole number >= 0");
        }
        return (long) value;
    }

    /**
     * @param field a parameter holding a number {@code > 0}
     * @return its value, finite and {@code > 0}
     * @throws InvalidInputException naming the field and value otherwise
     */
    public double positive(String field) {
        double value = number(field);
        if (!(value > 0)) {
            throw invalid(field, Double.toString(value), "must be > 0");
        }
        return value;
    }

    /**
     * @param field a parameter holding a number {@code >= 0}
     * @return its value, finite and {@code >= 0}
     * @throws InvalidInputException naming the field and value otherwise
     */
    public double nonNegative(String field) {
        double value = number(field);
        if (!(value >= 0)) {
            throw invalid(field, Double.toString(value), "must be >= 0");
        }
        return value;
    }

    /**
     * @param field a parameter holding a square matrix, an array of rows
     * @param size its number of rows and of columns: one per parameter, the intercept then the schema's features
     * @return the matrix, finite
     * @throws InvalidInputException naming the field (and the cell) if it is missing, of another shape, or holds a
     *     value that is not a finite number
     */
    public double[][] matrix(String field, int size) {
        JsonNode node = parameters.get(field);
        if (node == null || !node.isArray() || node.size() != size) {
            throw invalid(field, null, "is missing or not " + size + " rows of " + size + " numbers (one"
                    + " per parameter: the intercept, then " + schema.names() + ")");
        }
        double[][] matrix = new double[size][size];
        JsonRecord cells = fields();
        for (int i = 0; i < size; i++) {
            JsonNode row = node.get(i);
            if (!row.isArray() || row.size() != size) {
                throw invalid(field + "[" + i + "]", null, "is not a row of " + size + " numbers");
            }
            for (int j = 0; j < size; j++) {
                matrix[i][j] = cells.finite(field + "[" + i + "][" + j + "]", row.get(j));
            }
        }
        return matrix;
    }

    /**
     * Writes a matrix as an array of rows, the form {@link #matrix(String, int)} reads.
     *
     * @param parameters the parameters to add it to
     * @param field the field name
     * @param matrix the rows
     */
    public static void putMatrix(ObjectNode parameters, String field, double[][] matrix) {
        ArrayNode rows = parameters.putArray(field);
        for (double[] row : matrix) {
            addNumbers(rows.addArray(), row);
        }
    }

    private JsonNode require(String field) {
        JsonNode node = parameters.get(field);
        if (node == null || node.isNull()) {
            throw invalid(field, null, "is missing from this " + kind + " model");
        }
        return node;
    }
}
