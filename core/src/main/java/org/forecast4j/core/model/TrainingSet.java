package org.forecast4j.core.model;

import java.util.Objects;

/**
 * What a {@link Trainer} fits on: rows of feature values, their outcomes, the schema naming the columns, and how
 * many questions the rows come from (a question forecast on several dates gives several rows; a kind whose prior
 * is a base rate counts questions, not rows). The arrays are the caller's, not copied: do not change them during
 * a fit.
 *
 * @param x the rows, each of {@code schema.size()} values (finiteness is checked by the trainer)
 * @param y one outcome per row
 * @param schema the feature names
 * @param questions how many questions the rows come from, {@code >= 0}
 * @param yesQuestions how many of them resolved yes, in {@code [0, questions]}
 */
public record TrainingSet(double[][] x, boolean[] y, FeatureSchema schema, int questions, int yesQuestions) {

    /**
     * Validates the shapes.
     *
     * @param x the rows, each of {@code schema.size()} values (finiteness is checked by the trainer)
     * @param y one outcome per row
     * @param schema the feature names
     * @param questions how many questions the rows come from, {@code >= 0}
     * @param yesQuestions how many of them resolved yes, in {@code [0, questions]}
     * @throws IllegalArgumentException if {@code x} and {@code y} differ in length, a row has another width
     *     than the schema, or the question counts are out of range
     */
    public TrainingSet {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(schema, "schema");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length + " outcomes");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != schema.size()) {
                throw new IllegalArgumentException("row " + i + " has " + (x[i] == null ? 0 : x[i].length)
                        + " values, expected " + schema.size() + " " + schema.names());
            }
        }
        if (questions < 0 || yesQuestions < 0 || yesQuestions > questions) {
            throw new IllegalArgumentException("questions must be >= 0 and yes questions in [0, questions], got "
                    + yesQuestions + " of " + questions);
        }
    }

    /**
     * Rows that are each their own question.
     *
     * @param x the rows
     * @param y their outcomes
     * @param schema the feature names
     * @return the training set
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static TrainingSet of(double[][] x, boolean[] y, FeatureSchema schema) {
        int yes = 0;
        for (boolean b : Objects.requireNonNull(y, "y")) {
            yes += b ? 1 : 0;
        }
        return new TrainingSet(x, y, schema, y.length, yes);
    }

    /** @return the number of rows */
    public int rows() {
        return x.length;
    }
}
