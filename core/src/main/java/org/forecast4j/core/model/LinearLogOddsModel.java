package org.forecast4j.core.model;

/**
 * A probability model whose log-odds are an intercept plus one additive contribution per feature,
 * {@code intercept + Σ term(i, x[i])} (usually {@code coefficient(i) · x[i]}), so that a forecast can be
 * explained feature by feature and the contributions add up exactly to the log-odds. Logistic regression, the posterior mean of Bayesian logistic
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
     * The log-odds one feature adds: {@code coefficient(feature) · value} for most models. A model that
     * transforms a feature before weighting it (the market-anchored model takes the log-odds of its price
     * feature) overrides this, so that {@code intercept() + Σ term(i, x[i])} is still its log-odds.
     *
     * @param feature a position in [0, schema().size())
     * @param value the feature's value
     * @return the log-odds it contributes; NaN if {@code value} is NaN
     */
    default double term(int feature, double value) {
        return coefficient(feature) * value;
    }

    /**
     * The log-odds {@code intercept() + Σ term(i, x[i])}. Allocation-free.
     *
     * @param x feature values in schema order
     * @return the log-odds; NaN if {@code x} holds NaN
     */
    default double logOdds(double[] x) {
        double t = intercept();
        for (int i = 0; i < x.length; i++) {
            t += term(i, x[i]);
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
