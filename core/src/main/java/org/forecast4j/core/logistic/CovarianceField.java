package org.forecast4j.core.logistic;

import org.forecast4j.core.model.ModelDocument;

/** Reads a covariance matrix from a model document: a finite, symmetric, positive-definite matrix. */
final class CovarianceField {
    private CovarianceField() {
    }

    /**
     * A posterior covariance written as an array of rows: {@code size × size} finite numbers, symmetric to
     * {@code 1e-12} relative to its diagonal, and positive definite (Cholesky).
     */
    static double[][] read(ModelDocument document, String field, int size) {
        double[][] dense = document.matrix(field, size);
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
        } catch (org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
            // Symmetric to 1e-12 of the diagonals' scale, but not once scaled to unit diagonal (found by fuzzing).
            throw document.invalid(field, null, "is not symmetric once scaled to a unit diagonal (a correlation"
                    + " matrix): the covariance must be symmetric");
        }
        return dense;
    }
}
