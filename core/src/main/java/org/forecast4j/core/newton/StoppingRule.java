package org.forecast4j.core.newton;

/**
 * When Newton's method stops. Either rule takes the last full Newton step before stopping, so the parameters end
 * with an error of the order of the square of what the rule measured (Newton's method converges quadratically).
 */
public enum StoppingRule {
    /**
     * Stop when the Newton decrement {@code gᵀH⁻¹g / 2} — the decrease of the objective the next full step
     * predicts, in nats — is at most {@link NewtonOptions#tolerance()}. The rule of the logistic and Bayesian
     * logistic regressions (and of Boyd &amp; Vandenberghe, Convex Optimization, §9.5).
     */
    DECREMENT,

    /**
     * Stop when every parameter's Newton step is below {@link NewtonOptions#tolerance()} relative to it,
     * {@code |s_j| < tol·(1 + |θ_j|)}, or below {@code 1e-6·(1 + |θ_j|)} while the decrease the step predicts,
     * {@code gᵀH⁻¹g}, is below the rounding of the objective, {@code 1e-14·(1 + |f|)}, where a line search can no
     * longer tell a better point from a worse one (Lin, Lin &amp; Weng, "A note on Platt's probabilistic outputs
     * for support vector machines", Machine Learning 68, 2007). The rule of the calibrators, the evidence model,
     * the log-odds pool and the market-anchored model.
     */
    STEP;

    /** Below this relative step, the decrement is compared with the objective's rounding ({@link #STEP}). */
    static final double LOOSE_STEP = 1e-6;
    /** The rounding of the objective, relative to {@code 1 + |f|} ({@link #STEP}). */
    static final double OBJECTIVE_ROUNDING = 1e-14;

    /**
     * @param tolerance the options' tolerance
     * @param decrement {@code gᵀH⁻¹g}, the decrease the full step predicts, doubled
     * @param largestStep {@code max_j |s_j| / (1 + |θ_j|)}
     * @param objective the objective at the current parameters
     * @return whether to take the full step and stop
     */
    boolean converged(double tolerance, double decrement, double largestStep, double objective) {
        if (this == DECREMENT) {
            return decrement / 2 <= tolerance;
        }
        return largestStep < tolerance
                || (largestStep < LOOSE_STEP && decrement <= OBJECTIVE_ROUNDING * (1 + Math.abs(objective)));
    }

    /**
     * Whether the fit counts as converged when no step along the Newton direction decreases the objective any
     * more in floating point: the predicted gain was below the tolerance anyway ({@link #DECREMENT}), or the step
     * was already small ({@link #STEP}).
     *
     * @param tolerance the options' tolerance
     * @param decrement {@code gᵀH⁻¹g}
     * @param largestStep {@code max_j |s_j| / (1 + |θ_j|)}
     * @return whether that is convergence
     */
    boolean closeEnough(double tolerance, double decrement, double largestStep) {
        return this == DECREMENT ? decrement / 2 <= tolerance : largestStep < LOOSE_STEP;
    }
}
