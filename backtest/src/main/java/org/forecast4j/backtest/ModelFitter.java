package org.forecast4j.backtest;

import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.calibration.BetaCalibrator;
import org.forecast4j.core.calibration.IsotonicCalibrator;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.evidence.EvidenceFitOptions;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.logistic.LogisticRegression;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureKind;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Transform;

/**
 * Fits the configured model and calibrator, and counts the fits that had no answer. A fit that throws (separated
 * or one-sided outcomes, collinear features, no convergence) returns {@code null} and is counted; the caller
 * keeps its previous model. Not thread-safe.
 */
final class ModelFitter {
    private final BacktestConfig config;
    private final FeatureSchema schema;
    private final BayesianLogisticRegression.Options bayesOptions;
    private final MarketAnchoredRegression.Options anchoredOptions;
    private int fits;
    private int failures;
    private String firstFailure;
    private int calibratorFits;
    private int calibratorFailures;
    private String firstCalibratorFailure;

    ModelFitter(BacktestConfig config, FeatureSpec spec) {
        this.config = config;
        this.schema = spec.schema();
        this.anchoredOptions = config.model() == ModelKind.MARKET_ANCHORED
                ? MarketAnchoredRegression.Options.DEFAULTS.withAnchor(anchor(spec)).withPriorSd(config.priorSd())
                : null;
        this.bayesOptions = config.model() == ModelKind.BAYES_LOGISTIC
                ? BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(config.effectivePriorSd())
                        .withInterceptPriorSd(config.interceptPriorSd())
                : null;
    }

    /**
     * The market-anchored model's anchor: the spec's first market-price feature without a transform.
     *
     * @throws InvalidInputException naming the spec's market-price features if none is untransformed
     */
    static String anchor(FeatureSpec spec) {
        String transformed = null;
        for (FeatureDefinition f : spec.features()) {
            if (f.kind() == FeatureKind.MARKET_PRICE) {
                if (f.transform() == Transform.NONE) {
                    return f.name();
                }
                transformed = f.name();
            }
        }
        throw new InvalidInputException("spec", 0, "features", transformed,
                transformed == null
                        ? "has no market-price feature: the market-anchored model starts from the market price"
                        : "has market-price feature '" + transformed + "' only with a transform: the"
                                + " market-anchored model needs the price itself (it takes the log-odds), so add"
                                + " a market-price feature without a transform");
    }

    /** @return the prior of the Bayesian logistic regression, the start of incremental updates */
    BayesianLogisticModel prior() {
        return new BayesianLogisticRegression(bayesOptions).prior(schema);
    }

    /**
     * @param x training rows
     * @param y their outcomes
     * @param questions how many questions the rows come from
     * @param yesQuestions how many of those resolved yes
     * @param at the fit time, for messages
     * @return the model, or {@code null} if the fit had no answer
     */
    ProbabilityModel fit(double[][] x, boolean[] y, int questions, int yesQuestions, String at) {
        fits++;
        try {
            return switch (config.model()) {
                case BAYES_LOGISTIC -> BayesianLogisticRegression.fit(x, y, schema, bayesOptions);
                case LOGISTIC -> {
                    var model = LogisticRegression.fit(x, y, schema,
                            LogisticRegression.Options.DEFAULTS.withL2(config.l2()));
                    if (!model.converged()) {
                        throw new IllegalStateException("the logistic fit did not converge");
                    }
                    yield model;
                }
                case MARKET_ANCHORED -> MarketAnchoredRegression.fit(x, y, schema, anchoredOptions);
                case EVIDENCE -> EvidenceModel.fit(BetaBinomialBaseRate.of(yesQuestions, questions), schema, x, y,
                        EvidenceFitOptions.DEFAULTS.withLogLikelihoodRatioPriorSd(config.effectivePriorSd()));
            };
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            failures++;
            if (firstFailure == null) {
                firstFailure = "fit at " + at + " on " + questions + " questions (" + x.length + " rows): "
                        + e.getMessage();
            }
            return null;
        }
    }

    /**
     * @param p the model's out-of-sample probabilities (first {@code n} used)
     * @param y their outcomes
     * @param n how many
     * @param at the fit time, for messages
     * @return the calibrator, or {@code null} if there are too few forecasts, one outcome only, or no fit
     */
    Calibrator fitCalibrator(double[] p, boolean[] y, int n, String at) {
        if (config.calibrator() == CalibratorKind.NONE || n < config.minCalibration()) {
            return null;
        }
        boolean anyYes = false;
        boolean anyNo = false;
        for (int i = 0; i < n; i++) {
            anyYes |= y[i];
            anyNo |= !y[i];
        }
        if (!anyYes || !anyNo) {
            return null;
        }
        double[] probabilities = java.util.Arrays.copyOf(p, n);
        boolean[] outcomes = java.util.Arrays.copyOf(y, n);
        calibratorFits++;
        try {
            return switch (config.calibrator()) {
                case PLATT -> PlattCalibrator.fitProbabilities(probabilities, outcomes);
                case ISOTONIC -> IsotonicCalibrator.fitProbabilities(probabilities, outcomes);
                case BETA -> BetaCalibrator.fitProbabilities(probabilities, outcomes);
                case NONE -> null;
            };
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            calibratorFailures++;
            if (firstCalibratorFailure == null) {
                firstCalibratorFailure = "calibrator fit at " + at + " on " + n + " forecasts: " + e.getMessage();
            }
            return null;
        }
    }

    FitCounts counts() {
        return new FitCounts(fits, failures, firstFailure, calibratorFits, calibratorFailures,
                firstCalibratorFailure);
    }
}
