package org.forecast4j.backtest;

import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kinds.ModelChoice;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.FitDiagnostics;
import org.forecast4j.core.model.OnlineModel;
import org.forecast4j.core.model.OnlineTrainer;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.model.Trainer;
import org.forecast4j.core.model.TrainingSet;
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
    private final Trainer<?> trainer;
    private int fits;
    private int failures;
    private String firstFailure;
    private int calibratorFits;
    private int calibratorFailures;
    private String firstCalibratorFailure;

    ModelFitter(BacktestConfig config, FeatureSpec spec) {
        this.config = config;
        this.schema = spec.schema();
        this.trainer = withAnchor(config.model(), spec).trainer();
    }

    /**
     * The market-anchored model's anchor: the spec's first market-price feature without a transform, unless the
     * options name another feature of the spec.
     */
    private static ModelChoice<?, ?> withAnchor(ModelChoice<?, ?> choice, FeatureSpec spec) {
        if (!(choice.options() instanceof MarketAnchoredRegression.Options o)) {
            return choice;
        }
        if (o.anchor().equals(MarketAnchoredRegression.Options.DEFAULTS.anchor())) {
            return ModelKinds.MARKET_ANCHORED.choice(o.withAnchor(anchor(spec)));
        }
        if (spec.schema().indexOf(o.anchor()) < 0) {
            throw new InvalidInputException("spec", 0, "features", o.anchor(), "is not a feature of the spec "
                    + spec.schema().names() + ": the market-anchored model starts from that market price");
        }
        return choice;
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

    /**
     * @return the prior of an online kind, the start of incremental updates
     * @throws IllegalStateException if the kind is not online (the configuration forbids that)
     */
    ProbabilityModel prior() {
        if (!(trainer instanceof OnlineTrainer<?> online)) {
            throw new IllegalStateException(config.model().kind() + " is not an online kind");
        }
        return online.prior(schema);
    }

    /**
     * @param posterior a model of an online kind (from {@link #prior()} or an earlier update)
     * @param x one row
     * @param y its outcome
     * @return the model updated with it
     */
    static ProbabilityModel update(ProbabilityModel posterior, double[] x, boolean y) {
        return (ProbabilityModel) ((OnlineModel<?>) posterior).update(x, y);
    }

    /**
     * @param x training rows
     * @param y their outcomes
     * @param questions how many questions the rows come from
     * @param yesQuestions how many of those resolved yes
     * @param at the fit time, for messages
     * @return the model, or {@code null} if the fit had no answer (it threw, or an iterative fit did not
     *     converge)
     */
    ProbabilityModel fit(double[][] x, boolean[] y, int questions, int yesQuestions, String at) {
        fits++;
        try {
            ProbabilityModel model = trainer.fit(new TrainingSet(x, y, schema, questions, yesQuestions));
            if (model instanceof FitDiagnostics d && !d.converged()) {
                throw new IllegalStateException("the " + config.model().kind() + " fit did not converge in "
                        + d.iterations() + " iterations");
            }
            return model;
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
        if (config.calibrator().isNone() || n < config.minCalibration()) {
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
            return config.calibrator().fit(probabilities, outcomes);
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
