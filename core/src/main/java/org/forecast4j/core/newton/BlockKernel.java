package org.forecast4j.core.newton;

import org.forecast4j.core.internal.PortableExp;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.prob.Probabilities;

/**
 * The arithmetic of one block of rows: its share of the objective, or of the objective, the gradient and the
 * Hessian. Sequential and deterministic: the same rows and parameters give the same bits whatever thread runs
 * them. Package-private; static.
 *
 * <h2>The Hessian, cache-friendly and symmetric</h2>
 * The block is taken {@value #TILE_ROWS} rows at a time. Each tile is copied column by column into scratch arrays
 * ({@code x} and {@code u = v·x}, {@code v = w·p·(1 − p)} the row's curvature), with a column stride of
 * {@value #STRIDE} doubles (off a power of two, so the columns do not share cache sets). The upper triangle of the
 * features' {@code k × k} block of {@code Σ v x xᵀ} is then accumulated 4 × 4 entries at a time: sixteen sums held
 * in registers while the tile's rows stream past, half a load per multiply-add, against two loads and a store per
 * multiply-add for the textbook rank-one update per row. Blocks on the diagonal compute their lower half too and
 * discard it. The intercept's row of the Hessian is the column sums of {@code u} and its corner the sum of
 * {@code v}, both gathered while copying.
 *
 * <h2>Partial sums</h2>
 * A block's result is one array: {@link #LOSS}, {@link #SMALLEST_RESIDUAL}, then from {@link #GRADIENT} the
 * {@code d} entries of {@code Σ r x̃} ({@code r = w·(t − p)}), then the packed upper triangle of {@code Σ v x̃ x̃ᵀ}
 * ({@code d(d+1)/2} entries, row by row), all without the prior.
 */
final class BlockKernel {
    /** Rows per tile: the tile's two column-major copies ({@code 2 × k × 72} doubles) stay in L1/L2. */
    static final int TILE_ROWS = 64;
    /** The column stride of the scratch copies. */
    static final int STRIDE = TILE_ROWS + 8;
    /** Index of the loss {@code Σ w·ℓ} in a partial. */
    static final int LOSS = 0;
    /** Index of the smallest {@code |t − p|} in a partial. */
    static final int SMALLEST_RESIDUAL = 1;
    /** Index of the gradient's first entry in a partial. */
    static final int GRADIENT = 2;

    private BlockKernel() {
    }

    /** The scratch of one block in progress; one per thread at a time. */
    static final class Scratch {
        final double[] x;
        final double[] u;
        final double[] residual = new double[TILE_ROWS];
        final double[] curvature = new double[TILE_ROWS];

        /** @param features the row length {@code k} */
        Scratch(int features) {
            int padded = (features + 3) & ~3;
            x = new double[padded * STRIDE];
            u = new double[padded * STRIDE];
        }
    }

    /**
     * @param d the number of parameters
     * @return the length of a block's partial sums
     */
    static int partialLength(int d) {
        return GRADIENT + d + PackedCholesky.length(d);
    }

    /**
     * The log-odds of a row: {@code o_i + (θ_0 +) Σ_j θ_{c+j} x_ij}, the sum by {@link LinearScorer#dot} (eight
     * partial sums added pairwise at the end).
     */
    static double eta(LogitProblem problem, double[] theta, int i) {
        double[] row = problem.row(i);
        int k = row.length;
        int c = problem.hasIntercept() ? 1 : 0;
        double eta = LinearScorer.dot(theta, c, row, 0, k);
        if (c == 1) {
            eta = theta[0] + eta;
        }
        return problem.hasOffset() ? problem.offset(i) + eta : eta;
    }

    /**
     * One row's weighted loss {@code w [t·ln(1 + e^{−η}) + (1 − t)·ln(1 + e^{η})]}, a term left out when its
     * factor is 0 (so that a 0/1 target costs one {@link Probabilities#log1pexp}, exact in both tails).
     */
    static double loss(double eta, double target, double weight) {
        double loss = 0;
        if (target > 0) {
            loss += target * Probabilities.log1pexp(-eta);
        }
        if (target < 1) {
            loss += (1 - target) * Probabilities.log1pexp(eta);
        }
        return weight * loss;
    }

    /**
     * The loss of rows {@code [from, to)}, added in row order.
     *
     * @return {@code Σ w·ℓ}
     */
    static double loss(LogitProblem problem, double[] theta, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += loss(eta(problem, theta, i), problem.target(i), problem.weight(i));
        }
        return sum;
    }

    /**
     * Rows {@code [from, to)}'s loss, smallest residual, gradient and Hessian, written into {@code partial}, which
     * must be zero from {@link #GRADIENT} on. The loss is added in row order, as {@link #loss(LogitProblem,
     * double[], int, int)} adds it, so the two give the same bits.
     */
    static void derivatives(LogitProblem problem, double[] theta, int from, int to, Scratch scratch,
            double[] partial) {
        int k = problem.features();
        int c = problem.hasIntercept() ? 1 : 0;
        int d = k + c;
        int hessian = GRADIENT + d;
        double loss = 0;
        double smallest = Double.POSITIVE_INFINITY;
        double g0 = 0;
        double h00 = 0;
        for (int start = from; start < to; start += TILE_ROWS) {
            int rows = Math.min(TILE_ROWS, to - start);
            for (int i = 0; i < rows; i++) {
                int row = start + i;
                double eta = eta(problem, theta, row);
                double t = problem.target(row);
                double w = problem.weight(row);
                loss += loss(eta, t, w);
                double e = PortableExp.exp(-Math.abs(eta));
                double p = Probabilities.sigmoid(eta, e);
                double q = Probabilities.sigmoid(-eta, e); // 1 − p, accurate where p is near 1
                double residual = t * q - (1 - t) * p;
                smallest = Math.min(smallest, Math.abs(residual));
                double r = w * residual;
                double v = w * p * q;
                scratch.residual[i] = r;
                scratch.curvature[i] = v;
                g0 += r;
                h00 += v;
            }
            gather(problem, start, rows, scratch, partial, GRADIENT + c, c == 1 ? hessian + 1 : -1);
            accumulate(scratch, rows, k, c, d, partial, hessian);
        }
        partial[LOSS] = loss;
        partial[SMALLEST_RESIDUAL] = smallest;
        if (c == 1) {
            partial[GRADIENT] += g0;
            partial[hessian] += h00;
        }
    }

    /**
     * Copies a tile into the column-major scratch ({@code x}, and {@code u = v·x}), four rows at a time, adding the
     * features' gradient {@code Σ r x_a} at {@code gradient + a} and, when {@code interceptRow >= 0}, the
     * intercept's Hessian row {@code Σ u_a} at {@code interceptRow + a}.
     */
    private static void gather(LogitProblem problem, int start, int rows, Scratch scratch, double[] partial,
            int gradient, int interceptRow) {
        int k = problem.features();
        double[] xs = scratch.x;
        double[] us = scratch.u;
        double[] res = scratch.residual;
        double[] curv = scratch.curvature;
        int i = 0;
        for (; i + 4 <= rows; i += 4) {
            double[] x0 = problem.row(start + i);
            double[] x1 = problem.row(start + i + 1);
            double[] x2 = problem.row(start + i + 2);
            double[] x3 = problem.row(start + i + 3);
            double r0 = res[i];
            double r1 = res[i + 1];
            double r2 = res[i + 2];
            double r3 = res[i + 3];
            double v0 = curv[i];
            double v1 = curv[i + 1];
            double v2 = curv[i + 2];
            double v3 = curv[i + 3];
            for (int a = 0, o = i; a < k; a++, o += STRIDE) {
                double a0 = x0[a];
                double a1 = x1[a];
                double a2 = x2[a];
                double a3 = x3[a];
                double u0 = v0 * a0;
                double u1 = v1 * a1;
                double u2 = v2 * a2;
                double u3 = v3 * a3;
                xs[o] = a0;
                xs[o + 1] = a1;
                xs[o + 2] = a2;
                xs[o + 3] = a3;
                us[o] = u0;
                us[o + 1] = u1;
                us[o + 2] = u2;
                us[o + 3] = u3;
                partial[gradient + a] += (r0 * a0 + r1 * a1) + (r2 * a2 + r3 * a3);
                if (interceptRow >= 0) {
                    partial[interceptRow + a] += (u0 + u1) + (u2 + u3);
                }
            }
        }
        for (; i < rows; i++) {
            double[] xi = problem.row(start + i);
            double r = res[i];
            double v = curv[i];
            for (int a = 0, o = i; a < k; a++, o += STRIDE) {
                double xa = xi[a];
                double ua = v * xa;
                xs[o] = xa;
                us[o] = ua;
                partial[gradient + a] += r * xa;
                if (interceptRow >= 0) {
                    partial[interceptRow + a] += ua;
                }
            }
        }
    }

    /**
     * Adds a tile's {@code Σ u_a x_b} for the features' upper triangle ({@code a <= b}) into the packed Hessian,
     * 4 × 4 entries at a time.
     */
    private static void accumulate(Scratch scratch, int rows, int k, int c, int d, double[] partial, int hessian) {
        double[] xs = scratch.x;
        double[] us = scratch.u;
        int padded = (k + 3) & ~3;
        for (int a = 0; a < padded; a += 4) {
            int ua = a * STRIDE;
            for (int b = a; b < padded; b += 4) {
                int xb = b * STRIDE;
                double s00 = 0;
                double s01 = 0;
                double s02 = 0;
                double s03 = 0;
                double s10 = 0;
                double s11 = 0;
                double s12 = 0;
                double s13 = 0;
                double s20 = 0;
                double s21 = 0;
                double s22 = 0;
                double s23 = 0;
                double s30 = 0;
                double s31 = 0;
                double s32 = 0;
                double s33 = 0;
                for (int r = 0; r < rows; r++) {
                    double u0 = us[ua + r];
                    double u1 = us[ua + STRIDE + r];
                    double u2 = us[ua + 2 * STRIDE + r];
                    double u3 = us[ua + 3 * STRIDE + r];
                    double x0 = xs[xb + r];
                    double x1 = xs[xb + STRIDE + r];
                    double x2 = xs[xb + 2 * STRIDE + r];
                    double x3 = xs[xb + 3 * STRIDE + r];
                    s00 += u0 * x0;
                    s01 += u0 * x1;
                    s02 += u0 * x2;
                    s03 += u0 * x3;
                    s10 += u1 * x0;
                    s11 += u1 * x1;
                    s12 += u1 * x2;
                    s13 += u1 * x3;
                    s20 += u2 * x0;
                    s21 += u2 * x1;
                    s22 += u2 * x2;
                    s23 += u2 * x3;
                    s30 += u3 * x0;
                    s31 += u3 * x1;
                    s32 += u3 * x2;
                    s33 += u3 * x3;
                }
                add(partial, hessian, d, c, k, a, b, s00, s01, s02, s03);
                add(partial, hessian, d, c, k, a + 1, b, s10, s11, s12, s13);
                add(partial, hessian, d, c, k, a + 2, b, s20, s21, s22, s23);
                add(partial, hessian, d, c, k, a + 3, b, s30, s31, s32, s33);
            }
        }
    }

    /** Adds four sums of feature row {@code a}, columns {@code b..b+3}, keeping the upper triangle within k. */
    private static void add(double[] partial, int hessian, int d, int c, int k, int a, int b, double s0, double s1,
            double s2, double s3) {
        if (a >= k) {
            return;
        }
        int base = hessian + PackedCholesky.rowStart(c + a, d) - a; // entry (a, col) at base + col
        if (b >= a && b < k) {
            partial[base + b] += s0;
        }
        if (b + 1 >= a && b + 1 < k) {
            partial[base + b + 1] += s1;
        }
        if (b + 2 >= a && b + 2 < k) {
            partial[base + b + 2] += s2;
        }
        if (b + 3 >= a && b + 3 < k) {
            partial[base + b + 3] += s3;
        }
    }
}
