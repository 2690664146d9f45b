package org.forecast4j.core.model;

/**
 * A probability model whose log-odds are an intercept plus one additive contribution per feature,
 * {@code intercept + Σ coefficient(i) · x[i]}, so that a forecast can be explained feature by feature and the
 * contributions add up exactly to the log-odds. Logistic regression, the posterior mean of Bayesian logistic
 * regression and the evidence model (log likelihood ratios on top of prior log-odds) are all of this form.
 */
public interface LinearLogOddsModel extends ProbabilityModel {

    /** @return the log-odds when every feature is zero (the base or prior log-odds) */
    double intercept();

    /**
     * @param feature a position in [0, schema().size())
     * @return the log-odds added per unit of that feature
     */
    double coefficient(int feature);

    /**
     * The log-odds {@code intercept() + Σ coefficient(i) · x[i]}. Allocation-free.
     *
     * @param x feature values in schema order
     * @return the log-odds; NaN if {@code x} holds NaN
     */
    default double logOdds(double[] x) {
        double t = intercept();
        for (int i = 0; i < x.length; i++) {
            t += coefficient(i) * x[i];
        }
        return t;
    }

    /**
     * An interval for the probability, where the model has one (e.g. a Bayesian credible interval).
     *
     * @param x feature values in schema order
     * @return the interval, or {@code null} if the model gives point forecasts only
     */
    default ProbabilityInterval interval(double[] x) {
        return null;
    }
}
