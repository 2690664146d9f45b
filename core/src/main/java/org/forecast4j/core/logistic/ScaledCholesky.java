package org.forecast4j.core.logistic;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Cholesky factorisation of a symmetric positive-definite matrix {@code A}, taken of its Jacobi-scaled
 * form {@code D^-1/2 A D^-1/2} (unit diagonal) so that the positivity test is relative to each diagonal
 * entry and parameters on very different scales (an intercept beside a feature measured in millions) do not
 * trip it. Uses commons-math3's {@link CholeskyDecomposition}. Package-private.
 */
final class ScaledCholesky {
    /** A pivot below this fraction of its (unit) diagonal means the matrix is numerically singular. */
    static final double RELATIVE_PIVOT = 1e-13;

    private final int size;
    private final double[] scale; // 1 / sqrt(A_ii)
    private final DecompositionSolver solver;
    private final double logDeterminant;

    /**
     * Factorises a matrix.
     *
     * @param a a symmetric matrix (only read, never kept)
     * @throws NonPositiveDefiniteMatrixException if it is not numerically positive definite
     */
    ScaledCholesky(double[][] a) {
        size = a.length;
        scale = new double[size];
        double logDiagonal = 0;
        for (int i = 0; i < size; i++) {
            if (!(a[i][i] > 0) || !Double.isFinite(a[i][i])) {
                throw new NonPositiveDefiniteMatrixException(a[i][i], i, 0);
            }
            scale[i] = 1.0 / Math.sqrt(a[i][i]);
            logDiagonal += Math.log(a[i][i]);
        }
        double[][] scaled = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                scaled[i][j] = a[i][j] * scale[i] * scale[j];
                if (!Double.isFinite(scaled[i][j])) {
                    throw new NonPositiveDefiniteMatrixException(scaled[i][j], i, 0);
                }
            }
        }
        CholeskyDecomposition cholesky = new CholeskyDecomposition(new Array2DRowRealMatrix(scaled, false),
                1e-10, RELATIVE_PIVOT);
        solver = cholesky.getSolver();
        RealMatrix l = cholesky.getL();
        double logDet = logDiagonal;
        for (int i = 0; i < size; i++) {
            logDet += 2 * Math.log(l.getEntry(i, i));
        }
        if (!Double.isFinite(logDet)) {
            throw new NonPositiveDefiniteMatrixException(logDet, 0, 0);
        }
        logDeterminant = logDet;
    }

    /**
     * @param b a right-hand side (not modified)
     * @return {@code A⁻¹ b}, a fresh array
     */
    double[] solve(double[] b) {
        double[] scaled = new double[size];
        for (int i = 0; i < size; i++) {
            scaled[i] = b[i] * scale[i];
        }
        double[] x = solver.solve(new org.apache.commons.math3.linear.ArrayRealVector(scaled, false)).toArray();
        for (int i = 0; i < size; i++) {
            x[i] *= scale[i];
        }
        return x;
    }

    /** @return {@code A⁻¹}, exactly symmetric, as a fresh matrix */
    double[][] inverse() {
        RealMatrix inverse = solver.getInverse();
        double[][] out = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                double v = 0.5 * (inverse.getEntry(i, j) + inverse.getEntry(j, i)) * scale[i] * scale[j];
                out[i][j] = v;
                out[j][i] = v;
            }
        }
        return out;
    }

    /** @return {@code ln det A} */
    double logDeterminant() {
        return logDeterminant;
    }
}
