package org.forecast4j.core.logistic;

import org.forecast4j.core.model.ModelDocument;
import tools.jackson.databind.JsonNode;

/**
 * Reads the parameter types {@link ModelDocument} has no accessor for (booleans, counts, matrices), with errors
 * that name the file and the field. Package-private.
 */
final class DocumentFields {
    private DocumentFields() {
    }



    static boolean bool(ModelDocument document, String field) {
        JsonNode node = document.parameters().get(field);
        if (node == null || !node.isBoolean()) {
            throw document.invalid(field, node == null ? null : node.toString(), "is missing or not true/false");
        }
        return node.asBoolean();
    }

    static long count(ModelDocument document, String field) {
        double value = document.number(field);
        if (value < 0 || value != Math.rint(value) || value > 1e15) {
            throw document.invalid(field, Double.toString(value), "is not a whole number >= 0");
        }
        return (long) value;
    }

    static double positive(ModelDocument document, String field) {
        double value = document.number(field);
        if (!(value > 0)) {
            throw document.invalid(field, Double.toString(value), "must be > 0");
        }
        return value;
    }

    static double nonNegative(ModelDocument document, String field) {
        double value = document.number(field);
        if (!(value >= 0)) {
            throw document.invalid(field, Double.toString(value), "must be >= 0");
        }
        return value;
    }

    /** A square matrix written as an array of rows. */
    static double[][] matrix(ModelDocument document, String field, int size) {
        JsonNode node = document.parameters().get(field);
        if (node == null || !node.isArray() || node.size() != size) {
            throw document.invalid(field, null, "is missing or not " + size + " rows of " + size + " numbers (one"
                    + " per parameter: the intercept, then " + document.schema().names() + ")");
        }
        double[][] matrix = new double[size][size];
        for (int i = 0; i < size; i++) {
            JsonNode row = node.get(i);
            if (!row.isArray() || row.size() != size) {
                throw document.invalid(field + "[" + i + "]", null, "is not a row of " + size + " numbers");
            }
            for (int j = 0; j < size; j++) {
                JsonNode cell = row.get(j);
                if (!cell.isNumber() || !Double.isFinite(cell.asDouble())) {
                    throw document.invalid(field + "[" + i + "][" + j + "]", cell.toString(), "is not a finite number");
                }
                matrix[i][j] = cell.asDouble();
            }
        }
        return matrix;
    }

    /**
     * A posterior covariance written as an array of rows: {@code size × size} finite numbers, symmetric to
     * {@code 1e-12} relative to its diagonal, and positive definite (Cholesky).
     */
    static double[][] covariance(ModelDocument document, String field, int size) {
        double[][] dense = matrix(document, field, size);
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                double scale = Math.sqrt(Math.abs(dense[i][i] * dense[j][j]));
                if (Math.abs(dense[i][j] - dense[j][i]) > 1e-12 * scale) {
                    throw document.invalid(field + "[" + i + "][" + j + "]", Double.toString(dense[i][j]),
                            "differs from " + field + "[" + j + "][" + i + "] = " + dense[j][i]
                                    + ": the covariance must be symmetric");
                }
            }
        }
        try {
            new ScaledCholesky(dense);
        } catch (org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException e) {
            throw document.invalid(field, null, "is not a positive-definite matrix");
        }
        return dense;
    }

    /** Writes a square matrix as an array of rows: the writing twin of {@link #matrix}. */
    static void putMatrix(tools.jackson.databind.node.ObjectNode parameters, String field, double[][] matrix) {
        tools.jackson.databind.node.ArrayNode rows = parameters.putArray(field);
        for (double[] row : matrix) {
            ModelDocument.addNumbers(rows.addArray(), row);
        }
    }
}
