package org.forecast4j.core.internal;

/**
 * The mean and variance of a linear predictor {@code θ·v} under a Gaussian posterior {@code θ ~ N(m, Σ)}, for a
 * vector {@code v} so large that {@code m·v} or {@code vᵀΣv} overflows (features near {@code ±1e154} and
 * beyond). Both are computed on {@code v / c} with {@code c = max(1, max|vᵢ|)}, where nothing overflows:
 * {@code m·v = c·μ̃} and {@code vᵀΣv = c²·s̃²}. The models call it only when their direct computation gave a
 * non-finite value, so their usual path is unchanged. Static; allocates nothing.
 */
public final class ScaledGaussian {
    private ScaledGaussian() {
    }

    /**
     * @param v a vector
     * @return {@code max(1, max|vᵢ|)}; NaN if {@code v} holds NaN, infinite if it holds an infinity
     */
    public static double scale(double[] v) {
        double c = 1;
        for (double a : v) {
            if (Double.isNaN(a)) {
                return Double.NaN;
            }
            c = Math.max(c, Math.abs(a));
        }
        return c;
    }

    /**
     * @param m the posterior mean
     * @param v the vector, unscaled
     * @param c its scale, from {@link #scale}
     * @return {@code m·(v/c)}
     */
    public static double scaledMean(double[] m, double[] v, double c) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += m[i] * (v[i] / c);
        }
        return sum;
    }

    /**
     * @param packed a symmetric matrix, its upper triangle packed row by row ({@code A[i][i..d-1]})
     * @param v the vector, unscaled, of length d
     * @param c its scale
     * @return {@code (v/c)ᵀ A (v/c)}, at least 0
     */
    public static double scaledPackedForm(double[] packed, double[] v, double c) {
        double sum = 0;
        int index = 0;
        for (int i = 0; i < v.length; i++) {
            double vi = v[i] / c;
            double row = packed[index++] * vi;
            for (int j = i + 1; j < v.length; j++) {
                row += 2 * packed[index++] * (v[j] / c);
            }
            sum += vi * row;
        }
        return Math.max(0, sum);
    }

    /**
     * @param dense a symmetric {@code d × d} matrix, row-major
     * @param v the vector, unscaled, of length d
     * @param c its scale
     * @return {@code (v/c)ᵀ A (v/c)}, at least 0
     */
    public static double scaledDenseForm(double[] dense, double[] v, double c) {
        int d = v.length;
        double sum = 0;
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += dense[i * d + j] * (v[j] / c);
            }
            sum += (v[i] / c) * row;
        }
        return Math.max(0, sum);
    }

    /**
     * {@code c·t}: the log-odds of a scaled one, infinite where that overflows (its sigmoid then 0 or 1).
     *
     * @param c the scale, {@code >= 1}
     * @param t the scaled log-odds
     * @return {@code c·t}, and 0 for {@code t = 0}
     */
    public static double unscaled(double c, double t) {
        return t == 0 ? 0 : c * t;
    }
}
