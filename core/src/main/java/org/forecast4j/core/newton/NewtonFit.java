package org.forecast4j.core.newton;

import java.util.Arrays;

/**
 * The result of {@link PenalizedLogitNewton#fit}: the minimiser of {@link LogitProblem}'s objective and the
 * curvature there. Immutable: accessors return copies.
 */
public final class NewtonFit {
    private final boolean intercept;
    private final double[] parameters;
    private final double[][] covariance;
    private final double loss;
    private final double penalty;
    private final double logDetHessian;
    private final int iterations;
    private final boolean converged;
    private final double smallestResidual;

    NewtonFit(boolean intercept, double[] parameters, double[][] covariance, double loss, double penalty,
            double logDetHessian, int iterations, boolean converged, double smallestResidual) {
        this.intercept = intercept;
        this.parameters = parameters;
        this.covariance = covariance;
        this.loss = loss;
        this.penalty = penalty;
        this.logDetHessian = logDetHessian;
        this.iterations = iterations;
        this.converged = converged;
        this.smallestResidual = smallestResidual;
    }

    /** @return the fitted parameters, one per design column, the intercept first when there is one (a copy) */
    public double[] parameters() {
        return parameters.clone();
    }

    /**
     * @param j a design column
     * @return its parameter
     */
    public double parameter(int j) {
        return parameters[j];
    }

    /**
     * @return the intercept
     * @throws IllegalStateException if the problem had no intercept
     */
    public double intercept() {
        if (!intercept) {
            throw new IllegalStateException("the problem has no intercept");
        }
        return parameters[0];
    }

    /**
     * @return the coefficients of the rows' entries: the parameters without the intercept, if there is one (a copy)
     */
    public double[] coefficients() {
        return Arrays.copyOfRange(parameters, intercept ? 1 : 0, parameters.length);
    }

    /**
     * The inverse of the Hessian of the objective at the solution (with the ridge, if one was needed): with a
     * Gaussian prior the covariance of the Laplace approximation to the posterior, without one the asymptotic
     * covariance of the maximum-likelihood estimate. NaN throughout if the Hessian could not be factorised.
     *
     * @return a fresh, exactly symmetric {@code d × d} matrix
     */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    /** @return the minimised objective: {@link #loss()} plus {@link #penalty()}, in nats */
    public double objective() {
        return loss + penalty;
    }

    /** @return the weighted negative log-likelihood {@code Σ w·ℓ} at the solution, in nats, {@code >= 0} */
    public double loss() {
        return loss;
    }

    /** @return the log-likelihood, {@code −}{@link #loss()}, in nats */
    public double logLikelihood() {
        return -loss;
    }

    /** @return the prior's penalty {@code ½ Σ λ_j θ_j²} at the solution */
    public double penalty() {
        return penalty;
    }

    /** @return {@code ln det} of the Hessian at the solution; NaN if it could not be factorised */
    public double logDetHessian() {
        return logDetHessian;
    }

    /** @return the Newton iterations taken */
    public int iterations() {
        return iterations;
    }

    /**
     * @return whether the stopping rule was met within the iteration limit; {@code false} typically means the
     *     optimum is at infinity (separated outcomes without a prior) or the limit was too low
     */
    public boolean converged() {
        return converged;
    }

    /**
     * @return the smallest {@code |t_i − p_i|} over the rows, at the solution and at the point where the last Newton
     *     step was computed: how close the fit came to predicting some target with certainty
     */
    public double smallestResidual() {
        return smallestResidual;
    }
}
