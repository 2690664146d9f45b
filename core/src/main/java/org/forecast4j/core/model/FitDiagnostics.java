package org.forecast4j.core.model;

/**
 * How an iterative fit went, and the uncertainty of its estimates, for models fitted by Newton's method. Callers
 * read it through this interface instead of casting to each model class.
 */
public interface FitDiagnostics {

    /** @return whether the fit met its stopping rule within the iteration limit */
    boolean converged();

    /** @return the Newton iterations taken (0 for a model that was not fitted, e.g. a prior) */
    int iterations();

    /** @return the log-likelihood of the training outcomes at the estimate, in nats, {@code <= 0} */
    double logLikelihood();

    /**
     * @return the standard error of the intercept (the posterior sd for a Bayesian fit), in log-odds,
     *     {@code >= 0}; NaN where the model has none
     */
    double interceptStandardError();

    /**
     * @param feature a feature position
     * @return the standard error of its coefficient (the posterior sd for a Bayesian fit), {@code >= 0}
     */
    double standardError(int feature);

    /**
     * @return whether the estimates are a posterior (the coefficients its mean, the standard errors its sds)
     *     rather than a maximum-likelihood fit; false by default
     */
    default boolean posterior() {
        return false;
    }

    /**
     * @return other figures of the fit by name, in a fixed order (e.g. {@code logEvidence}), numbers or text;
     *     empty by default
     */
    default java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
