package org.forecast4j.core.logistic;

import org.forecast4j.core.kernel.DotKernel;

/**
 * Operations on a symmetric {@code d × d} matrix stored as its upper triangle, row by row: row {@code i}
 * holds {@code A[i][i..d-1]} starting at {@link #rowStart}. Used for posterior covariances, whose
 * quadratic form is the hot path of the Bayesian predictive. Package-private; static, allocation-free unless
 * stated.
 */
final class PackedSymmetric {
    private PackedSymmetric() {
    }

    /** @return the packed length {@code d(d+1)/2} */
    static int length(int d) {
        return d * (d + 1) / 2;
    }

    /** @return where row {@code i} (its diagonal entry) starts */
    static int rowStart(int i, int d) {
        return i * d - i * (i - 1) / 2;
    }

    /** @return {@code A[i][j]} for any {@code i, j} */
    static double get(double[] packed, int d, int i, int j) {
        return i <= j ? packed[rowStart(i, d) + (j - i)] : packed[rowStart(j, d) + (i - j)];
    }

    /** Packs the upper triangle of a dense matrix (fresh array). */
    static double[] pack(double[][] dense) {
        int d = dense.length;
        double[] packed = new double[length(d)];
        int index = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                packed[index++] = dense[i][j];
            }
        }
        return packed;
    }

    /** Unpacks into a dense symmetric matrix (fresh). */
    static double[][] unpack(double[] packed, int d) {
        double[][] dense = new double[d][d];
        int index = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                dense[i][j] = packed[index];
                dense[j][i] = packed[index];
                index++;
            }
        }
        return dense;
    }

    /**
     * The quadratic form {@code x̃ᵀ A x̃} with {@code x̃ = (1, x[0], …, x[d-2])}: the intercept is the implicit
     * first coordinate. Computed as {@code Σ_i x̃_i (A_ii x̃_i + 2 Σ_{j>i} A_ij x̃_j)}, about {@code d²/2}
     * multiply-adds, each row's sum a {@link DotKernel#dot} (sixteen fused or eight plain partial sums, or SIMD
     * when the Vector API is enabled); rows whose {@code x̃_i} is zero are skipped, so sparse
     * inputs cost less. Allocation-free.
     *
     * @param packed the packed matrix
     * @param d its dimension (features + 1)
     * @param x the features; only the first {@code d - 1} are read
     * @return the quadratic form (not clamped)
     */
    static double interceptQuadraticForm(double[] packed, int d, double[] x) {
        int k = d - 1;
        double sum = packed[0] + 2 * DotKernel.dot(packed, 1, x, 0, k);
        int start = d; // row 1
        for (int i = 1; i < d; i++) {
            double xi = x[i - 1];
            if (xi != 0) {
                sum += xi * (packed[start] * xi + 2 * DotKernel.dot(packed, start + 1, x, i, k - i));
            }
            start += d - i;
        }
        return sum;
    }

    /**
     * {@code A x̃} for a full vector {@code x̃} of length d (fresh array).
     */
    static double[] multiply(double[] packed, int d, double[] xt) {
        double[] out = new double[d];
        int index = 0;
        for (int i = 0; i < d; i++) {
            double xi = xt[i];
            double rowSum = packed[index] * xi;
            index++;
            for (int j = i + 1; j < d; j++) {
                double a = packed[index++];
                rowSum += a * xt[j];
                out[j] += a * xi;
            }
            out[i] += rowSum;
        }
        return out;
    }
}
