package org.forecast4j.core.kinds;

import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.calibration.BetaCalibrator;
import org.forecast4j.core.calibration.BetaTrainer;
import org.forecast4j.core.calibration.CalibrationInput;
import org.forecast4j.core.calibration.IsotonicCalibrator;
import org.forecast4j.core.calibration.IsotonicTrainer;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.calibration.PlattTrainer;
import org.forecast4j.core.evidence.EvidenceFitOptions;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.evidence.EvidenceTrainer;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.logistic.LogisticModel;
import org.forecast4j.core.logistic.LogisticRegression;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.pooling.LogOddsPool;
import org.forecast4j.core.pooling.LogOddsPoolTrainer;
import org.forecast4j.core.pooling.PoolFitOptions;

/**
 * The registry of model and calibrator kinds: the one place a kind is added. The backtest, the command line,
 * sweeps and model files look kinds up here by name.
 *
 * <p>To add a model kind: write its model (a {@code ProbabilityModel} with {@code toDocument()} and a static
 * {@code fromDocument}), its options record and its {@code Trainer}, then register one {@link ModelKind} below
 * with the settings a person may change by name. Nothing else changes: {@code forecast fit --model NAME},
 * {@code forecast backtest --model NAME} and model files then know it.
 */
public final class ModelKinds {

    /** Bayesian logistic regression with Gaussian priors (Laplace posterior); the one online kind. */
    public static final ModelKind<BayesianLogisticRegression.Options, BayesianLogisticModel> BAYES_LOGISTIC =
            ModelKind.of(BayesianLogisticModel.KIND, "Bayesian logistic regression with Gaussian priors (Laplace"
                    + " posterior); forecasts are the moderated predictive probability; learns online",
                    BayesianLogisticRegression.Options.DEFAULTS, BayesianLogisticRegression::new,
                    BayesianLogisticModel::fromDocument,
                    Setting.number("prior-sd", "prior sd of each coefficient, in log-odds per unit of its feature"
                            + " (default 2.5)", BayesianLogisticRegression.Options::priorSd,
                            BayesianLogisticRegression.Options::withPriorSd),
                    Setting.number("intercept-prior-sd", "prior sd of the intercept, in log-odds (default 10)",
                            BayesianLogisticRegression.Options::interceptPriorSd,
                            BayesianLogisticRegression.Options::withInterceptPriorSd),
                    Setting.integer("max-iter", "Newton iteration limit (default 100)",
                            BayesianLogisticRegression.Options::maxIter,
                            BayesianLogisticRegression.Options::withMaxIter));

    /** Logistic regression by maximum likelihood, or L2-penalised. */
    public static final ModelKind<LogisticRegression.Options, LogisticModel> LOGISTIC = ModelKind.of(
            LogisticModel.KIND, "logistic regression by maximum likelihood, or L2-penalised",
            LogisticRegression.Options.DEFAULTS, LogisticRegression::new, LogisticModel::fromDocument,
            Setting.number("l2", "L2 penalty on the coefficients, not the intercept (default 0: maximum likelihood)",
                    LogisticRegression.Options::l2, LogisticRegression.Options::withL2),
            Setting.integer("max-iter", "Newton iteration limit (default 100)", LogisticRegression.Options::maxIter,
                    LogisticRegression.Options::withMaxIter));

    /** The evidence model: a base-rate prior plus log likelihood ratios with a Gaussian prior. */
    public static final ModelKind<EvidenceFitOptions, EvidenceModel> EVIDENCE = ModelKind.of(EvidenceModel.KIND,
            "prior log-odds from the training questions' base rate (Beta(1, 1)) plus one log likelihood ratio per"
                    + " feature with a Gaussian prior",
            EvidenceFitOptions.DEFAULTS, EvidenceTrainer::new, EvidenceModel::fromDocument,
            Setting.number("prior-sd", "prior sd of each log likelihood ratio, in log-odds per unit (default 1)",
                    EvidenceFitOptions::logLikelihoodRatioPriorSd,
                    EvidenceFitOptions::withLogLikelihoodRatioPriorSd));

    /** The market price as the prior, a Bayesian fit of the departure from it. */
    public static final ModelKind<MarketAnchoredRegression.Options, MarketAnchoredModel> MARKET_ANCHORED =
            ModelKind.of(MarketAnchoredModel.KIND, "the market price's log-odds as an offset and a Bayesian"
                    + " logistic regression of the departure from it, prior sd chosen by the Laplace evidence",
                    MarketAnchoredRegression.Options.DEFAULTS, MarketAnchoredRegression::new,
                    MarketAnchoredModel::fromDocument,
                    new Setting<>("prior-sd", "prior sd of each departure, per sd of its feature (default: evidence,"
                            + " chosen by the Laplace evidence at each fit; 0 keeps the market price)",
                            o -> Double.isNaN(o.priorSd()) ? "evidence" : Setting.format(o.priorSd()),
                            (o, text) -> o.withPriorSd("evidence".equals(text.trim()) ? Double.NaN
                                    : Setting.parseFinite(text, "evidence"))),
                    new Setting<>("market", "the feature holding the market price in [0, 1] (default: market)",
                            MarketAnchoredRegression.Options::anchor,
                            MarketAnchoredRegression.Options::withAnchor));

    /** A weighted pool of forecasters' log-odds with a fitted extremizing factor. */
    public static final ModelKind<PoolFitOptions, LogOddsPool> LOG_ODDS_POOL = ModelKind.of(LogOddsPool.KIND,
            "a weighted mean of forecasters' log-odds (one feature per forecaster, a probability), times an"
                    + " extremizing factor fitted by maximum likelihood",
            PoolFitOptions.EQUAL_WEIGHTS, LogOddsPoolTrainer::new, LogOddsPool::fromDocument);

    /** Platt scaling. */
    public static final CalibratorKind PLATT = new CalibratorKind(PlattCalibrator.KIND,
            "Platt scaling: a logistic regression of the outcome on the forecast's log-odds",
            new PlattTrainer(CalibrationInput.PROBABILITY), PlattCalibrator::fromDocument);

    /** Isotonic regression. */
    public static final CalibratorKind ISOTONIC = new CalibratorKind(IsotonicCalibrator.KIND,
            "isotonic regression: the monotone step function closest to the outcomes",
            new IsotonicTrainer(CalibrationInput.PROBABILITY), IsotonicCalibrator::fromDocument);

    /** Beta calibration. */
    public static final CalibratorKind BETA = new CalibratorKind(BetaCalibrator.KIND,
            "beta calibration: a logistic regression on ln p and ln(1 - p)",
            new BetaTrainer(CalibrationInput.PROBABILITY), BetaCalibrator::fromDocument);

    private static final List<ModelKind<?, ?>> MODELS = List.of(BAYES_LOGISTIC, LOGISTIC, EVIDENCE, MARKET_ANCHORED,
            LOG_ODDS_POOL);
    private static final List<CalibratorKind> CALIBRATORS = List.of(CalibratorKind.NONE, PLATT, ISOTONIC, BETA);

    private ModelKinds() {
    }

    /** @return every model kind, in registration order */
    public static List<ModelKind<?, ?>> models() {
        return MODELS;
    }

    /** @return every calibrator kind, {@link CalibratorKind#NONE} first */
    public static List<CalibratorKind> calibrators() {
        return CALIBRATORS;
    }

    /**
     * @param name a model kind's name, as files and the command line write it (case and surrounding blanks ignored)
     * @return the kind
     * @throws IllegalArgumentException naming the name and the known kinds
     */
    public static ModelKind<?, ?> model(String name) {
        for (ModelKind<?, ?> k : MODELS) {
            if (k.name().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; expected one of " + modelNames());
    }

    /**
     * @param name a calibrator kind's name, or {@code none} (case and surrounding blanks ignored)
     * @return the kind
     * @throws IllegalArgumentException naming the name and the known kinds
     */
    public static CalibratorKind calibrator(String name) {
        for (CalibratorKind k : CALIBRATORS) {
            if (k.name().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown calibrator '" + name + "'; expected one of " + calibratorNames());
    }

    /** @return the model kinds' names */
    public static List<String> modelNames() {
        List<String> names = new ArrayList<>();
        MODELS.forEach(k -> names.add(k.name()));
        return names;
    }

    /** @return the calibrator kinds' names, {@code none} first */
    public static List<String> calibratorNames() {
        List<String> names = new ArrayList<>();
        CALIBRATORS.forEach(k -> names.add(k.name()));
        return names;
    }
}
