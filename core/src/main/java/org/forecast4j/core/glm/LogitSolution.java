package org.forecast4j.core.glm;

/**
 * The result of {@link LogitNewton#fit}. Immutable: accessors return copies.
 */
public final class LogitSolution {
    private final double[] coefficients;
    private final double[][] covariance;
    private final double objective;
    private final int iterations;
    private final boolean converged;

    LogitSolution(double[] coefficients, double[][] covariance, double objective, int iterations,
            boolean converged) {
        this.coefficients = coefficients;
        this.covariance = covariance;
        this.objective = objective;
        this.iterations = iterations;
        this.converged = converged;
    }

    /** @return the fitted coefficients, one per design column (a copy) */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * @param j a design column
     * @return its coefficient
     */
    public double coefficient(int j) {
        return coefficients[j];
    }

    /**
     * The inverse of the Hessian of the objective at the solution: with a Gaussian prior, the covariance of
     * the Laplace approximation to the posterior; without one, the usual asymptotic covariance of the
     * maximum-likelihood estimate.
     *
     * @return a fresh k × k matrix
     */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    /**
     * @return the minimised objective: the negative log-likelihood in nats plus the prior penalty
     *     {@code ½ Σ precision_j β_j²}
     */
    public double objective() {
        return objective;
    }

    /** @return the number of Newton iterations taken */
    public int iterations() {
        return iterations;
    }

    /**
     * @return whether the steps shrank to the tolerance; {@code false} typically means the maximum is at
     *     infinity (perfectly separated outcomes without a prior)
     */
    public boolean converged() {
        return converged;
    }
}
