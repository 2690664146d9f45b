package org.forecast4j.core.newton;

import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * How {@link PenalizedLogitNewton} runs. Validated on construction.
 *
 * @param stoppingRule when to stop
 * @param tolerance the stopping rule's tolerance: the Newton decrement in nats ({@link StoppingRule#DECREMENT}) or
 *     the relative step ({@link StoppingRule#STEP}); finite and {@code > 0}
 * @param maxIterations the iteration limit, {@code >= 1}; reaching it leaves {@link NewtonFit#converged()} false
 * @param ridgeWhenSingular what a numerically singular Hessian does: {@code false} throws a
 *     {@link SingularHessianException}; {@code true} adds a ridge of {@code 1e-12} times its largest diagonal entry,
 *     growing a hundredfold up to eight times, and goes on (what the calibrators want when, say, every score is the
 *     same: a collinear design whose fit is still well defined where it matters)
 * @param pool the pool on which the row blocks of each pass run, or {@code null} to run them on the calling
 *     thread; the result is the same bits either way, whatever the pool's size
 */
public record NewtonOptions(StoppingRule stoppingRule, double tolerance, int maxIterations, boolean ridgeWhenSingular,
        ForkJoinPool pool) {

    /** The iteration limit of {@link #step()}: Newton's method takes well under 30 where the optimum is finite. */
    public static final int STEP_MAX_ITERATIONS = 200;
    /** The relative step of {@link #step()}. */
    public static final double STEP_TOLERANCE = 1e-10;

    /**
     * Validates the options.
     *
     * @param stoppingRule when to stop
     * @param tolerance the stopping rule's tolerance: the Newton decrement in nats ({@link StoppingRule#DECREMENT}) or
     *     the relative step ({@link StoppingRule#STEP}); finite and {@code > 0}
     * @param maxIterations the iteration limit, {@code >= 1}; reaching it leaves {@link NewtonFit#converged()} false
     * @param ridgeWhenSingular what a numerically singular Hessian does: {@code false} throws a
     *     {@link SingularHessianException}; {@code true} adds a ridge of {@code 1e-12} times its largest diagonal entry,
     *     growing a hundredfold up to eight times, and goes on (what the calibrators want when, say, every score is the
     *     same: a collinear design whose fit is still well defined where it matters)
     * @param pool the pool on which the row blocks of each pass run, or {@code null} to run them on the calling
     *     thread; the result is the same bits either way, whatever the pool's size
     */
    public NewtonOptions {
        Objects.requireNonNull(stoppingRule, "stoppingRule");
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number > 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (pool != null && pool.isShutdown()) {
            throw new IllegalArgumentException("the pool is shut down");
        }
    }

    /**
     * The logistic regressions' options: stop on the Newton decrement, fail on a singular Hessian, run on the
     * common pool.
     *
     * @param tolerance the decrement in nats, {@code > 0}
     * @param maxIterations the iteration limit, {@code >= 1}
     * @return the options
     */
    public static NewtonOptions decrement(double tolerance, int maxIterations) {
        return new NewtonOptions(StoppingRule.DECREMENT, tolerance, maxIterations, false, ForkJoinPool.commonPool());
    }

    /**
     * The small fits' options: stop on the step ({@value #STEP_TOLERANCE} relative), at most
     * {@value #STEP_MAX_ITERATIONS} iterations, a ridge on a singular Hessian, run on the common pool.
     *
     * @return the options
     */
    public static NewtonOptions step() {
        return new NewtonOptions(StoppingRule.STEP, STEP_TOLERANCE, STEP_MAX_ITERATIONS, true,
                ForkJoinPool.commonPool());
    }

    /**
     * @param newPool the pool for the row blocks, or {@code null} for the calling thread
     * @return a copy with that pool
     */
    public NewtonOptions withPool(ForkJoinPool newPool) {
        return new NewtonOptions(stoppingRule, tolerance, maxIterations, ridgeWhenSingular, newPool);
    }
}
