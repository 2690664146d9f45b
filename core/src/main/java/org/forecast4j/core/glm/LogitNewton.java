package org.forecast4j.core.glm;

import org.forecast4j.core.prob.Probabilities;

/**
 * Minimises {@code Σ_i w_i [t_i·ln(1 + e^{-η_i}) + (1 − t_i)·ln(1 + e^{η_i})] + ½ Σ_j λ_j β_j²} over the
 * coefficients {@code β}, where {@code η_i = offset_i + Σ_j x_ij β_j}. That is the negative log-likelihood of
 * Bernoulli outcomes (or soft targets {@code t_i ∈ [0, 1]}, as Platt's smoothed labels) under a logit link,
 * plus an independent Gaussian prior {@code β_j ~ N(0, 1/λ_j)} where a precision {@code λ_j > 0} is given.
 *
 * <p>Newton's method with a backtracking (Armijo) line search, as in Lin, Lin &amp; Weng, "A note on Platt's
 * probabilistic outputs for support vector machines", Machine Learning 68 (2007): the objective is convex, each
 * step solves the Hessian system by Cholesky decomposition (with a ridge of {@code 1e-12} times the largest
 * diagonal entry added only when the Hessian is numerically singular, e.g. a constant column), and iteration
 * stops when every coefficient moves by less than {@code 1e-10 × (1 + |β_j|)}, or by less than
 * {@code 1e-6 × (1 + |β_j|)} while the decrease the Newton step predicts is below {@code 1e-14 × (1 + |f|)}, the
 * rounding of the objective (the full step is then taken; the line search could not do better). The losses are
 * evaluated with {@link Probabilities#log1pexp}, exact in both tails.
 *
 * <p>Without a prior, perfectly separated outcomes have no finite maximum: the coefficients grow without
 * bound, the iteration limit is reached, and {@link LogitSolution#converged()} is {@code false}. Callers turn
 * that into a message that says so.
 */
public final class LogitNewton {
    /** The iteration limit. Newton's method takes well under 30 iterations on problems with a finite optimum. */
    public static final int MAX_ITERATIONS = 200;

    private static final double STEP_TOLERANCE = 1e-10;
    private static final double ARMIJO = 1e-4;
    private static final double DECREMENT_ROUNDING = 1e-14;

    private LogitNewton() {
    }

    /**
     * Fits the coefficients.
     *
     * @param x the design, one row per observation, k columns (include a column of ones for an intercept);
     *     finite
     * @param offset a fixed term added to each row's log-odds, or {@code null} for none; finite
     * @param target the targets in [0, 1], one per row (0/1 outcomes or soft labels)
     * @param weight positive finite observation weights, or {@code null} for 1 each
     * @param priorPrecision per-coefficient Gaussian prior precisions {@code >= 0} (0 = flat), or {@code null}
     *     for none
     * @param start the starting coefficients, or {@code null} for zeros
     * @return the solution; check {@link LogitSolution#converged()}
     * @throws IllegalArgumentException if the shapes disagree or a value is out of range
     */
    public static LogitSolution fit(double[][] x, double[] offset, double[] target, double[] weight,
            double[] priorPrecision, double[] start) {
        int n = x.length;
        if (n == 0) {
            throw new IllegalArgumentException("need at least one observation");
        }
        int k = x[0].length;
        check(x, offset, target, weight, priorPrecision, start, n, k);
        double[] beta = start == null ? new double[k] : start.clone();
        double[] eta = new double[n];
        double[] gradient = new double[k];
        double[][] hessian = new double[k][k];
        double[] step = new double[k];
        double[] candidate = new double[k];
        double f = objective(x, offset, target, weight, priorPrecision, beta, eta);
        boolean converged = false;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS && !converged) {
            iteration++;
            derivatives(x, offset, target, weight, priorPrecision, beta, eta, gradient, hessian);
            solve(hessian, gradient, step);
            double decrease = 0;
            double largest = 0;
            for (int j = 0; j < k; j++) {
                decrease += gradient[j] * step[j];
                largest = Math.max(largest, Math.abs(step[j]) / (1 + Math.abs(beta[j])));
            }
            if (!Double.isFinite(largest)) {
                break;
            }
            // Converged when the step is negligible, or when the decrease it predicts (the Newton decrement)
            // is below the rounding of the objective, where the line search can no longer tell a better point
            // from a worse one: the full Newton step is then the best estimate.
            if (largest < STEP_TOLERANCE
                    || (largest < 1e-6 && decrease <= DECREMENT_ROUNDING * (1 + Math.abs(f)))) {
                for (int j = 0; j < k; j++) {
                    beta[j] -= step[j];
                }
                f = objective(x, offset, target, weight, priorPrecision, beta, eta);
                converged = true;
                break;
            }
            double alpha = 1.0;
            boolean accepted = false;
            while (alpha >= 1e-12) {
                for (int j = 0; j < k; j++) {
                    candidate[j] = beta[j] - alpha * step[j];
                }
                double fc = objective(x, offset, target, weight, priorPrecision, candidate, eta);
                if (fc <= f - ARMIJO * alpha * decrease) {
                    System.arraycopy(candidate, 0, beta, 0, k);
                    f = fc;
                    accepted = true;
                    break;
                }
                alpha *= 0.5;
            }
            if (!accepted) {
                // No decrease is representable any more: we are at the optimum to rounding, provided the
                // Newton step was already small.
                converged = largest < 1e-6;
                break;
            }
        }
        double[][] covariance = new double[k][k];
        derivatives(x, offset, target, weight, priorPrecision, beta, eta, gradient, hessian);
        invert(hessian, covariance);
        return new LogitSolution(beta, covariance, f, iteration, converged);
    }

    private static void check(double[][] x, double[] offset, double[] target, double[] weight,
            double[] priorPrecision, double[] start, int n, int k) {
        if (k == 0) {
            throw new IllegalArgumentException("the design needs at least one column");
        }
        if ((offset != null && offset.length != n) || target.length != n || (weight != null && weight.length != n)) {
            throw new IllegalArgumentException("x, offset, target and weight must have one entry per observation ("
                    + n + ")");
        }
        if ((priorPrecision != null && priorPrecision.length != k) || (start != null && start.length != k)) {
            throw new IllegalArgumentException("priorPrecision and start must have one entry per column (" + k + ")");
        }
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " columns, expected " + k);
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] is not finite: " + x[i][j]);
                }
            }
            if (!(target[i] >= 0 && target[i] <= 1)) {
                throw new IllegalArgumentException("target[" + i + "] must be in [0, 1], got " + target[i]);
            }
            if (offset != null && !Double.isFinite(offset[i])) {
                throw new IllegalArgumentException("offset[" + i + "] is not finite: " + offset[i]);
            }
            if (weight != null && !(weight[i] > 0 && weight[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weight[" + i + "] must be positive and finite, got " + weight[i]);
            }
        }
        if (priorPrecision != null) {
            for (int j = 0; j < k; j++) {
                if (!(priorPrecision[j] >= 0 && priorPrecision[j] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("priorPrecision[" + j + "] must be finite and >= 0, got "
                            + priorPrecision[j]);
                }
            }
        }
    }

    private static double objective(double[][] x, double[] offset, double[] target, double[] weight,
            double[] priorPrecision, double[] beta, double[] eta) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            double e = offset == null ? 0 : offset[i];
            for (int j = 0; j < beta.length; j++) {
                e += x[i][j] * beta[j];
            }
            eta[i] = e;
            double t = target[i];
            double loss = 0;
            if (t > 0) {
                loss += t * Probabilities.log1pexp(-e);
            }
            if (t < 1) {
                loss += (1 - t) * Probabilities.log1pexp(e);
            }
            f += (weight == null ? 1 : weight[i]) * loss;
        }
        if (priorPrecision != null) {
            for (int j = 0; j < beta.length; j++) {
                f += 0.5 * priorPrecision[j] * beta[j] * beta[j];
            }
        }
        return Double.isNaN(f) ? Double.POSITIVE_INFINITY : f;
    }

    private static void derivatives(double[][] x, double[] offset, double[] target, double[] weight,
            double[] priorPrecision, double[] beta, double[] eta, double[] gradient, double[][] hessian) {
        int k = beta.length;
        for (int j = 0; j < k; j++) {
            gradient[j] = priorPrecision == null ? 0 : priorPrecision[j] * beta[j];
            for (int l = 0; l < k; l++) {
                hessian[j][l] = 0;
            }
            if (priorPrecision != null) {
                hessian[j][j] = priorPrecision[j];
            }
        }
        for (int i = 0; i < x.length; i++) {
            double e = offset == null ? 0 : offset[i];
            for (int j = 0; j < k; j++) {
                e += x[i][j] * beta[j];
            }
            double p = Probabilities.sigmoid(e);
            double w = weight == null ? 1 : weight[i];
            double r = w * (p - target[i]);
            double v = w * p * (1 - p);
            for (int j = 0; j < k; j++) {
                gradient[j] += r * x[i][j];
                double vx = v * x[i][j];
                for (int l = 0; l <= j; l++) {
                    hessian[j][l] += vx * x[i][l];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            for (int l = 0; l < j; l++) {
                hessian[l][j] = hessian[j][l];
            }
        }
    }

    /** Solves H·s = g by Cholesky, adding a small ridge if H is numerically singular. */
    private static void solve(double[][] h, double[] g, double[] s) {
        int k = g.length;
        double[][] l = new double[k][k];
        double largest = 0;
        for (int j = 0; j < k; j++) {
            largest = Math.max(largest, Math.abs(h[j][j]));
        }
        double ridge = 0;
        int attempts = 0;
        while (!cholesky(h, ridge, l)) {
            if (++attempts > 8 || !Double.isFinite(largest)) {
                java.util.Arrays.fill(s, Double.NaN);
                return;
            }
            ridge = ridge == 0 ? 1e-12 * Math.max(largest, Double.MIN_NORMAL) : ridge * 100;
        }
        // Forward then back substitution.
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            double v = g[i];
            for (int j = 0; j < i; j++) {
                v -= l[i][j] * z[j];
            }
            z[i] = v / l[i][i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double v = z[i];
            for (int j = i + 1; j < k; j++) {
                v -= l[j][i] * s[j];
            }
            s[i] = v / l[i][i];
        }
    }

    private static boolean cholesky(double[][] h, double ridge, double[][] l) {
        int k = h.length;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double v = h[i][j] + (i == j ? ridge : 0);
                for (int m = 0; m < j; m++) {
                    v -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(v > 0) || !Double.isFinite(v)) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(v);
                } else {
                    l[i][j] = v / l[j][j];
                }
            }
        }
        return true;
    }

    private static void invert(double[][] h, double[][] out) {
        int k = h.length;
        double[] unit = new double[k];
        double[] column = new double[k];
        for (int c = 0; c < k; c++) {
            java.util.Arrays.fill(unit, 0);
            unit[c] = 1;
            solve(h, unit, column);
            for (int r = 0; r < k; r++) {
                out[r][c] = column[r];
            }
        }
    }
}
