package org.forecast4j.core.logistic;

import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.prob.Probabilities;

/**
 * Maximises the penalised logistic log-likelihood {@code ℓ(θ) − ½ Σ_j precision[j] θ_j²} by Newton's method
 * (iteratively reweighted least squares) with step halving. {@code θ_0} is the intercept, {@code θ_{j+1}} the
 * coefficient of feature {@code j}. A zero precision leaves a parameter unpenalised; the Bayesian model passes
 * the prior precisions, so the maximiser is the posterior mode.
 *
 * <p>Each iteration costs {@code O(n·d²)} for the Hessian plus {@code O(d³)} for its Cholesky factorisation
 * ({@code d} = features + 1). The iteration stops when the Newton decrement {@code gᵀH⁻¹g / 2} — the gain in
 * the penalised log-likelihood that the step predicts, in nats — is at most the tolerance; that last step is
 * still taken, so the error left is of the order of the decrement squared. Package-private.
 */
final class PenalizedNewton {

    /**
     * The maximiser and the curvature there.
     *
     * @param theta the parameters, intercept first
     * @param covariance the inverse of the negative Hessian of the penalised log-likelihood at {@code theta}
     * @param logLikelihood the unpenalised log-likelihood at {@code theta}, in nats
     * @param penalty {@code ½ Σ precision[j] θ_j²} at {@code theta}
     * @param logDetHessian {@code ln det} of the negative Hessian at {@code theta}
     * @param iterations the Newton steps taken
     * @param converged whether the decrement fell below the tolerance within the iteration limit
     * @param smallestResidual the smallest {@code |y_i − p_i|} over the rows, at the final estimate and at the
     *     point where the last decrement was measured: how close the fit came to predicting some outcome with
     *     certainty
     */
    record Result(double[] theta, double[][] covariance, double logLikelihood, double penalty, double logDetHessian,
            int iterations, boolean converged, double smallestResidual) {
    }

    private PenalizedNewton() {
    }

    /**
     * Runs the maximisation.
     *
     * @param x the rows, each of length {@code precision.length - 1}, finite (validated by the caller)
     * @param y the outcomes
     * @param precision the penalty on each parameter, intercept first, each {@code >= 0}
     * @param maxIter the iteration limit, {@code >= 1}
     * @param tolerance the decrement at which to stop, {@code > 0}
     * @return the result
     * @throws InvalidInputException if the Hessian becomes numerically singular
     */
    static Result maximize(double[][] x, boolean[] y, double[] precision, int maxIter, double tolerance) {
        int n = x.length;
        int d = precision.length;
        int ones = 0;
        for (boolean outcome : y) {
            ones += outcome ? 1 : 0;
        }
        double[] theta = new double[d];
        theta[0] = Probabilities.logit((ones + 0.5) / (n + 1.0));
        double objective = objective(x, y, theta, precision);
        double[] gradient = new double[d];
        double[][] hessian = new double[d][d];
        double[] candidate = new double[d];
        boolean converged = false;
        int iterations = 0;
        double lastResidual = Double.POSITIVE_INFINITY;
        while (iterations < maxIter) {
            lastResidual = derivatives(x, y, theta, precision, gradient, hessian);
            double[] step = factor(hessian, iterations).solve(gradient);
            double decrement = 0;
            for (int j = 0; j < d; j++) {
                decrement += gradient[j] * step[j];
            }
            iterations++;
            double t = 1;
            double candidateObjective = Double.NaN;
            boolean improved = false;
            for (int halving = 0; halving < 60; halving++) {
                for (int j = 0; j < d; j++) {
                    candidate[j] = theta[j] + t * step[j];
                }
                candidateObjective = objective(x, y, candidate, precision);
                if (candidateObjective >= objective - 1e-12 * (1 + Math.abs(objective))) {
                    improved = true;
                    break;
                }
                t *= 0.5;
            }
            if (!improved) {
                // No step improves the objective in floating point (beyond its rounding slack): stop, converged
                // only if the predicted gain was below the tolerance anyway.
                converged = decrement / 2 <= tolerance;
                break;
            }
            System.arraycopy(candidate, 0, theta, 0, d);
            objective = candidateObjective;
            if (decrement / 2 <= tolerance) {
                converged = true;
                break;
            }
        }
        double finalResidual = derivatives(x, y, theta, precision, gradient, hessian);
        ScaledCholesky cholesky = factor(hessian, iterations);
        double penalty = 0;
        for (int j = 0; j < d; j++) {
            penalty += 0.5 * precision[j] * theta[j] * theta[j];
        }
        return new Result(theta, cholesky.inverse(), objective + penalty, penalty, cholesky.logDeterminant(),
                iterations, converged, Math.min(lastResidual, finalResidual));
    }

    private static ScaledCholesky factor(double[][] hessian, int iteration) {
        try {
            return new ScaledCholesky(hessian);
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new InvalidInputException(null, 0, null, null, "the fit failed at iteration " + iteration
                    + ": the Hessian of the log-likelihood is numerically singular (fitted probabilities at 0 or"
                    + " 1, or features on wildly different scales); rescale the features, add an L2 penalty"
                    + " (--l2) or use the Bayesian model (--model bayes-logistic)", e);
        }
    }

    /** The penalised log-likelihood. */
    static double objective(double[][] x, boolean[] y, double[] theta, double[] precision) {
        double[] weights = new double[theta.length - 1];
        System.arraycopy(theta, 1, weights, 0, weights.length);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double eta = theta[0] + LinearScorer.dot(weights, x[i], 0);
            sum -= Probabilities.logLossFromLogOdds(eta, y[i]);
        }
        for (int j = 0; j < theta.length; j++) {
            sum -= 0.5 * precision[j] * theta[j] * theta[j];
        }
        return sum;
    }

    /**
     * Writes the gradient and the negative Hessian of the penalised log-likelihood into the arrays.
     *
     * @return the smallest {@code |y_i − p_i|} over the rows
     */
    private static double derivatives(double[][] x, boolean[] y, double[] theta, double[] precision,
            double[] gradient, double[][] hessian) {
        int d = theta.length;
        int k = d - 1;
        double[] weights = new double[k];
        System.arraycopy(theta, 1, weights, 0, k);
        java.util.Arrays.fill(gradient, 0);
        for (double[] row : hessian) {
            java.util.Arrays.fill(row, 0);
        }
        double smallestResidual = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double eta = theta[0] + LinearScorer.dot(weights, row, 0);
            double p = Probabilities.sigmoid(eta);
            double q = Probabilities.sigmoid(-eta);
            double residual = y[i] ? q : -p;
            smallestResidual = Math.min(smallestResidual, Math.abs(residual));
            double w = p * q;
            gradient[0] += residual;
            hessian[0][0] += w;
            double[] h0 = hessian[0];
            for (int a = 0; a < k; a++) {
                double xa = row[a];
                if (xa == 0) {
                    continue;
                }
                gradient[a + 1] += residual * xa;
                double wa = w * xa;
                h0[a + 1] += wa;
                double[] ha = hessian[a + 1];
                for (int b = a; b < k; b++) {
                    ha[b + 1] += wa * row[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            gradient[a] -= precision[a] * theta[a];
            hessian[a][a] += precision[a];
            for (int b = a + 1; b < d; b++) {
                hessian[b][a] = hessian[a][b];
            }
        }
        return smallestResidual;
    }
}
