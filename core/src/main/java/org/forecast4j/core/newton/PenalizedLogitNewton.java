package org.forecast4j.core.newton;

import java.util.Arrays;

/**
 * Minimises a {@link LogitProblem}'s penalised negative log-likelihood by Newton's method (iteratively
 * reweighted least squares) with a backtracking line search. The objective is convex; each iteration computes the
 * gradient {@code g} and Hessian {@code H} in one pass over the rows ({@code O(n·d²)}, split into blocks that run in
 * parallel, see {@link BlockPasses}) and solves {@code H s = −g} by a Jacobi-scaled Cholesky factorisation
 * ({@code O(d³)}), {@code d} the number of parameters.
 *
 * <p>An iteration: if the {@link StoppingRule} is met, take the full step, evaluate there and stop. Otherwise try the
 * full step, evaluating objective, gradient and Hessian at once (the Newton step is almost always accepted, so the
 * next iteration's derivatives come with the test); if the objective does not decrease by the Armijo fraction
 * {@value #ARMIJO} of the predicted {@code gᵀH⁻¹g} (up to its rounding, {@value #ACCEPT_ROUNDING}·(1 + |f|)),
 * halve the step, evaluating only the objective, up to {@value #MAX_HALVINGS} times. If no step is accepted the
 * objective cannot be decreased in floating point, and the fit stops, converged only if the step rule's looser test
 * holds ({@link StoppingRule}). The losses are evaluated with {@code Probabilities.log1pexp}, exact in both tails.
 *
 * <p>Without a prior, separated outcomes have no finite optimum: the parameters grow until the iteration limit
 * (not converged) or until the Hessian is singular ({@link SingularHessianException}, or with a ridge a step that
 * is not finite, which stops the fit unconverged). Static; thread-safe.
 */
public final class PenalizedLogitNewton {
    /** The Armijo fraction: a step must gain at least this much of the decrease it predicts. */
    static final double ARMIJO = 1e-4;
    /** The rounding of the objective allowed for in the line search, relative to {@code 1 + |f|}. */
    static final double ACCEPT_ROUNDING = 1e-12;
    /** Step halvings tried before giving up (down to a step of about {@code 2e-12}). */
    static final int MAX_HALVINGS = 40;

    private static final double FIRST_RIDGE = 1e-12;
    private static final double RIDGE_GROWTH = 100;
    private static final int RIDGE_ATTEMPTS = 8;

    private PenalizedLogitNewton() {
    }

    /**
     * Fits the parameters.
     *
     * @param problem what to fit
     * @param start the starting parameters, one per design column (not modified), or {@code null} for zeros
     * @param options the stopping rule, iteration limit, singular-Hessian policy and pool
     * @return the solution; check {@link NewtonFit#converged()}
     * @throws IllegalArgumentException if {@code start} has the wrong length, or the design has a value that is not
     *     finite (naming the first, in row order)
     * @throws SingularHessianException if the Hessian is numerically singular and
     *     {@link NewtonOptions#ridgeWhenSingular()} is off
     */
    public static NewtonFit fit(LogitProblem problem, double[] start, NewtonOptions options) {
        int d = problem.columns();
        if (start != null && start.length != d) {
            throw new IllegalArgumentException("priorPrecision and start must have one entry per column (" + d + ")");
        }
        BlockPasses passes = new BlockPasses(problem, options.pool());
        Point current = Point.evaluate(problem, passes, start == null ? new double[d] : start.clone());
        if (!current.isFinite()) {
            problem.requireFiniteDesign(problem.rows()); // a NaN or infinite design value always shows here
        }
        StoppingRule rule = options.stoppingRule();
        double tolerance = options.tolerance();
        int iterations = 0;
        boolean converged = false;
        double residualAtStep = current.smallestResidual;
        while (iterations < options.maxIterations()) {
            PackedCholesky cholesky = factor(current.hessian, d, options.ridgeWhenSingular(), iterations);
            double[] step = cholesky == null ? nans(d) : cholesky.solve(current.gradient);
            double decrement = 0;
            double largest = 0;
            for (int j = 0; j < d; j++) {
                decrement += current.gradient[j] * step[j];
                largest = Math.max(largest, Math.abs(step[j]) / (1 + Math.abs(current.theta[j])));
            }
            residualAtStep = current.smallestResidual;
            iterations++;
            if (!Double.isFinite(largest) || !Double.isFinite(decrement)) {
                break;
            }
            if (rule.converged(tolerance, decrement, largest, current.objective)) {
                current = Point.evaluate(problem, passes, moved(current.theta, step, 1.0));
                converged = true;
                break;
            }
            Point next = lineSearch(problem, passes, current, step, decrement);
            if (next == null) {
                converged = rule.closeEnough(tolerance, decrement, largest);
                break;
            }
            current = next;
        }
        PackedCholesky cholesky = factor(current.hessian, d, options.ridgeWhenSingular(), iterations);
        double[][] covariance;
        if (cholesky == null) {
            covariance = new double[d][d];
            for (double[] row : covariance) {
                Arrays.fill(row, Double.NaN);
            }
        } else {
            covariance = cholesky.inverse();
        }
        return new NewtonFit(problem.hasIntercept(), current.theta, covariance, current.loss, current.penalty,
                cholesky == null ? Double.NaN : cholesky.logDeterminant(), iterations, converged,
                Math.min(residualAtStep, current.smallestResidual));
    }

    /**
     * Backtracking from the full step.
     *
     * @return the accepted point with its derivatives, or {@code null} if no step is accepted
     */
    private static Point lineSearch(LogitProblem problem, BlockPasses passes, Point current, double[] step,
            double decrement) {
        Point full = Point.evaluate(problem, passes, moved(current.theta, step, 1.0));
        if (accepted(full.objective, current.objective, 1.0, decrement)) {
            return full;
        }
        double alpha = 0.5;
        for (int halving = 1; halving < MAX_HALVINGS; halving++, alpha *= 0.5) {
            double[] candidate = moved(current.theta, step, alpha);
            double objective = Point.objective(passes.loss(candidate), penalty(problem, candidate));
            if (accepted(objective, current.objective, alpha, decrement)) {
                return Point.evaluate(problem, passes, candidate);
            }
        }
        return null;
    }

    /** The Armijo test, with the objective's rounding allowed for; false for NaN. */
    private static boolean accepted(double candidate, double objective, double alpha, double decrement) {
        return candidate <= objective - ARMIJO * alpha * decrement + ACCEPT_ROUNDING * (1 + Math.abs(objective));
    }

    private static double[] moved(double[] theta, double[] step, double alpha) {
        double[] moved = new double[theta.length];
        for (int j = 0; j < theta.length; j++) {
            moved[j] = theta[j] + alpha * step[j];
        }
        return moved;
    }

    private static double[] nans(int d) {
        double[] nan = new double[d];
        Arrays.fill(nan, Double.NaN);
        return nan;
    }

    /** {@code ½ Σ λ_j θ_j²}. */
    static double penalty(LogitProblem problem, double[] theta) {
        double penalty = 0;
        for (int j = 0; j < theta.length; j++) {
            penalty += 0.5 * problem.precision(j) * theta[j] * theta[j];
        }
        return penalty;
    }

    /**
     * Factorises the Hessian: as it is, then (when allowed) with a growing ridge.
     *
     * @return the factorisation, or {@code null} if even the ridge did not make it positive definite
     * @throws SingularHessianException if it is singular and no ridge is allowed
     */
    private static PackedCholesky factor(double[] hessian, int d, boolean ridge, int iteration) {
        PackedCholesky cholesky = PackedCholesky.factor(hessian, d, 0);
        if (cholesky != null) {
            return cholesky;
        }
        if (!ridge) {
            throw new SingularHessianException(iteration);
        }
        double largest = 0;
        for (int i = 0; i < d; i++) {
            largest = Math.max(largest, Math.abs(hessian[PackedCholesky.rowStart(i, d)]));
        }
        if (!Double.isFinite(largest)) {
            return null;
        }
        double amount = FIRST_RIDGE * Math.max(largest, Double.MIN_NORMAL);
        for (int attempt = 0; attempt < RIDGE_ATTEMPTS; attempt++, amount *= RIDGE_GROWTH) {
            cholesky = PackedCholesky.factor(hessian, d, amount);
            if (cholesky != null) {
                return cholesky;
            }
        }
        return null;
    }

    /** The parameters, the objective and (when evaluated) its derivatives there, prior included. */
    private static final class Point {
        final double[] theta;
        final double loss;
        final double penalty;
        final double objective;
        final double[] gradient; // of the log posterior: Σ r x̃ − λθ (the descent direction of the objective)
        final double[] hessian;  // packed: Σ v x̃ x̃ᵀ + diag(λ)
        final double smallestResidual;

        private Point(double[] theta, double loss, double penalty, double[] gradient, double[] hessian,
                double smallestResidual) {
            this.theta = theta;
            this.loss = loss;
            this.penalty = penalty;
            this.objective = objective(loss, penalty);
            this.gradient = gradient;
            this.hessian = hessian;
            this.smallestResidual = smallestResidual;
        }

        /** @return loss plus penalty, {@code +∞} for NaN */
        static double objective(double loss, double penalty) {
            double f = loss + penalty;
            return Double.isNaN(f) ? Double.POSITIVE_INFINITY : f;
        }

        static Point evaluate(LogitProblem problem, BlockPasses passes, double[] theta) {
            int d = theta.length;
            double[] sums = passes.derivatives(theta);
            double[] gradient = Arrays.copyOfRange(sums, BlockKernel.GRADIENT, BlockKernel.GRADIENT + d);
            double[] hessian = Arrays.copyOfRange(sums, BlockKernel.GRADIENT + d, sums.length);
            for (int j = 0; j < d; j++) {
                double precision = problem.precision(j);
                gradient[j] -= precision * theta[j];
                hessian[PackedCholesky.rowStart(j, d)] += precision;
            }
            return new Point(theta, sums[BlockKernel.LOSS], penalty(problem, theta), gradient, hessian,
                    sums[BlockKernel.SMALLEST_RESIDUAL]);
        }

        boolean isFinite() {
            if (!Double.isFinite(loss + penalty)) {
                return false;
            }
            for (double g : gradient) {
                if (!Double.isFinite(g)) {
                    return false;
                }
            }
            for (double h : hessian) {
                if (!Double.isFinite(h)) {
                    return false;
                }
            }
            return true;
        }
    }
}
