package org.forecast4j.core.newton;

/**
 * The Cholesky factorisation {@code S = UᵀU} of the Jacobi-scaled form {@code S = D^-1/2 A D^-1/2} (unit diagonal)
 * of a symmetric matrix {@code A} stored as its packed upper triangle, row by row (row {@code i} holds
 * {@code A[i][i..d-1]} from {@link #rowStart}). Scaling makes the positivity test relative to each diagonal entry,
 * so parameters on very different scales (an intercept beside a feature measured in millions) do not trip it; a
 * pivot at or below {@link #RELATIVE_PIVOT} of its unit diagonal means numerically singular. Right-looking (the
 * outer-product form of commons-math3's {@code CholeskyDecomposition}), on contiguous packed rows.
 * Package-private; immutable.
 */
final class PackedCholesky {
    /** A pivot at or below this fraction of its (unit) diagonal means the matrix is numerically singular. */
    static final double RELATIVE_PIVOT = 1e-13;

    private final int d;
    private final double[] scale; // 1 / sqrt(A_ii)
    private final double[] u;     // packed upper factor of the scaled matrix
    private final double logDeterminant;

    private PackedCholesky(int d, double[] scale, double[] u, double logDeterminant) {
        this.d = d;
        this.scale = scale;
        this.u = u;
        this.logDeterminant = logDeterminant;
    }

    /** @return the packed length {@code d(d+1)/2} */
    static int length(int d) {
        return d * (d + 1) / 2;
    }

    /** @return where row {@code i} (its diagonal entry) starts */
    static int rowStart(int i, int d) {
        return i * d - i * (i - 1) / 2;
    }

    /**
     * Factorises {@code A + ridge·I}.
     *
     * @param packed the packed upper triangle of {@code A} (only read)
     * @param d the dimension
     * @param ridge added to every diagonal entry, {@code >= 0}
     * @return the factorisation, or {@code null} if the matrix is not numerically positive definite (a diagonal
     *     entry not positive and finite, or a pivot at or below {@link #RELATIVE_PIVOT}, or NaN)
     */
    static PackedCholesky factor(double[] packed, int d, double ridge) {
        double[] scale = new double[d];
        double logDet = 0;
        for (int i = 0; i < d; i++) {
            double a = packed[rowStart(i, d)] + ridge;
            if (!(a > 0) || !Double.isFinite(a)) {
                return null;
            }
            scale[i] = 1.0 / Math.sqrt(a);
            logDet += Math.log(a);
        }
        double[] u = new double[length(d)];
        for (int i = 0, index = 0; i < d; i++) {
            for (int j = i; j < d; j++, index++) {
                u[index] = (packed[index] + (i == j ? ridge : 0)) * scale[i] * scale[j];
            }
        }
        for (int i = 0; i < d; i++) {
            int ii = rowStart(i, d);
            double pivot = u[ii];
            if (!(pivot > RELATIVE_PIVOT)) {
                return null;
            }
            double root = Math.sqrt(pivot);
            u[ii] = root;
            logDet += 2 * Math.log(root);
            double inverse = 1.0 / root;
            for (int j = ii + 1; j < ii + d - i; j++) {
                u[j] *= inverse;
            }
            for (int q = i + 1; q < d; q++) {
                double uq = u[ii + q - i];
                int qq = rowStart(q, d);
                int offset = ii - i - qq + q; // u[ii + p - i] = u[qq + p - q + offset]
                for (int p = qq; p < qq + d - q; p++) {
                    u[p] -= uq * u[p + offset];
                }
            }
        }
        return new PackedCholesky(d, scale, u, logDet);
    }

    /**
     * @param b a right-hand side (not modified)
     * @return {@code A⁻¹ b}, a fresh array
     */
    double[] solve(double[] b) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = b[i] * scale[i];
        }
        // Uᵀ z = y, row by row of U.
        for (int i = 0; i < d; i++) {
            int ii = rowStart(i, d);
            double zi = x[i] / u[ii];
            x[i] = zi;
            for (int j = i + 1; j < d; j++) {
                x[j] -= u[ii + j - i] * zi;
            }
        }
        // U x = z.
        for (int i = d - 1; i >= 0; i--) {
            int ii = rowStart(i, d);
            double v = x[i];
            for (int j = i + 1; j < d; j++) {
                v -= u[ii + j - i] * x[j];
            }
            x[i] = v / u[ii];
        }
        for (int i = 0; i < d; i++) {
            x[i] *= scale[i];
        }
        return x;
    }

    /** @return {@code A⁻¹}, exactly symmetric, as a fresh dense matrix */
    double[][] inverse() {
        // V = U⁻¹ (upper, packed), then S⁻¹ = V Vᵀ.
        double[] v = new double[u.length];
        for (int j = 0; j < d; j++) {
            v[rowStart(j, d)] = 1.0 / u[rowStart(j, d)];
            for (int i = j - 1; i >= 0; i--) {
                int ii = rowStart(i, d);
                double sum = 0;
                for (int m = i + 1; m <= j; m++) {
                    sum += u[ii + m - i] * v[rowStart(m, d) + j - m];
                }
                v[ii + j - i] = -sum / u[ii];
            }
        }
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            int ii = rowStart(i, d);
            for (int j = i; j < d; j++) {
                int jj = rowStart(j, d);
                double sum = 0;
                for (int m = j; m < d; m++) {
                    sum += v[ii + m - i] * v[jj + m - j];
                }
                double value = sum * scale[i] * scale[j];
                out[i][j] = value;
                out[j][i] = value;
            }
        }
        return out;
    }

    /** @return {@code ln det A} (of the matrix factorised, ridge included) */
    double logDeterminant() {
        return logDeterminant;
    }
}
