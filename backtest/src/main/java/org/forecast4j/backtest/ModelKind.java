package org.forecast4j.backtest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The model a backtest fits on resolved questions. */
public enum ModelKind {
    /**
     * Bayesian logistic regression with Gaussian priors (Laplace posterior); forecasts are the moderated
     * predictive probability. The prior sd defaults to 2.5 per coefficient. The only kind with online updates.
     */
    BAYES_LOGISTIC("bayes-logistic", 2.5),
    /**
     * Logistic regression by maximum likelihood, or L2-penalised with {@link BacktestConfig#l2()}. A fit with
     * no answer (separated or one-sided outcomes, collinear features) keeps the previous model.
     */
    LOGISTIC("logistic", Double.NaN),
    /**
     * The evidence model: prior log-odds from the training questions' base rate (Beta(1, 1)), plus log
     * likelihood ratios fitted with a Gaussian prior of sd 1 by default.
     */
    EVIDENCE("evidence", 1.0),
    /**
     * The market as the prior ({@link org.forecast4j.core.logistic.MarketAnchoredRegression}): the spec's first
     * untransformed market-price feature is the anchor, its log-odds an offset, and a Bayesian logistic
     * regression fits only the departure from it, with the prior sd chosen at each refit by the Laplace evidence
     * (a given prior sd fixes it; 0 keeps every forecast at the price). Before it is fitted, and wherever it has
     * not beaten the market on earlier out-of-sample forecasts, the forecast is the market price.
     */
    MARKET_ANCHORED("market-anchored", Double.NaN);

    private final String label;
    private final double defaultPriorSd;

    ModelKind(String label, double defaultPriorSd) {
        this.label = label;
        this.defaultPriorSd = defaultPriorSd;
    }

    /** @return the name used on the command line and in reports, e.g. {@code bayes-logistic} */
    public String label() {
        return label;
    }

    /**
     * @return the prior sd used when the configuration leaves it NaN; NaN for {@link #LOGISTIC} (no prior) and
     *     {@link #MARKET_ANCHORED} (chosen by the evidence at each refit)
     */
    public double defaultPriorSd() {
        return defaultPriorSd;
    }

    /**
     * @param label a label, case-insensitive
     * @return the kind
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static ModelKind fromLabel(String label) {
        for (ModelKind k : values()) {
            if (k.label.equals(label.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + label + "'; expected one of " + labels());
    }

    /** @return every label */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ModelKind::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
