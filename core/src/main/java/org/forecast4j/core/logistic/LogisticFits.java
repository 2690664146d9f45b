package org.forecast4j.core.logistic;

import java.util.concurrent.ForkJoinPool;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.newton.LogitProblem;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.newton.NewtonOptions;
import org.forecast4j.core.newton.PenalizedLogitNewton;
import org.forecast4j.core.newton.SingularHessianException;
import org.forecast4j.core.newton.StoppingRule;

/**
 * The penalised fit shared by {@link LogisticRegression} and {@link BayesianLogisticRegression}: the rows with an
 * implicit intercept, 0/1 targets, the given precisions, started at the smoothed base rate, stopped on the Newton
 * decrement, failing on a singular Hessian with a message that says what to do. Package-private; static.
 */
final class LogisticFits {
    private LogisticFits() {
    }

    /**
     * Maximises {@code ℓ(θ) − ½ Σ_j precision[j] θ_j²}, {@code θ_0} the intercept.
     *
     * @param x the rows, each of length {@code precision.length - 1}, finite (validated by the caller)
     * @param y the outcomes
     * @param precision the penalty on each parameter, intercept first, each {@code >= 0}
     * @param maxIter the iteration limit, {@code >= 1}
     * @param tolerance the Newton decrement at which to stop, {@code > 0}
     * @param pool where the row blocks run, or {@code null} for the calling thread
     * @return the fit
     * @throws InvalidInputException if the Hessian becomes numerically singular
     */
    static NewtonFit maximize(double[][] x, boolean[] y, double[] precision, int maxIter, double tolerance,
            ForkJoinPool pool) {
        LogitProblem problem = LogitProblem.of(x, true, null, LogitProblem.targets(y), null, precision);
        try {
            return PenalizedLogitNewton.fit(problem, problem.baseRateStart(),
                    new NewtonOptions(StoppingRule.DECREMENT, tolerance, maxIter, false, pool));
        } catch (SingularHessianException e) {
            throw new InvalidInputException(null, 0, null, null, "the fit failed at iteration " + e.iteration()
                    + ": the Hessian of the log-likelihood is numerically singular (fitted probabilities at 0 or"
                    + " 1, or features on wildly different scales); rescale the features, add an L2 penalty"
                    + " (--l2) or use the Bayesian model (--model bayes-logistic)", e);
        }
    }

    /**
     * Checks a fit options' pool.
     *
     * @param pool the pool, or {@code null}
     * @throws IllegalArgumentException if it is shut down
     */
    static void requireUsable(ForkJoinPool pool) {
        if (pool != null && pool.isShutdown()) {
            throw new IllegalArgumentException("parallelism must be a running ForkJoinPool or null, got a pool that"
                    + " is shut down");
        }
    }
}
