package org.forecast4j.backtest;

import java.util.Objects;
import org.forecast4j.core.kinds.CalibratorKind;
import org.forecast4j.core.kinds.ModelChoice;
import org.forecast4j.core.kinds.ModelKind;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.core.trading.KellyOptions;

/**
 * How a backtest runs: the model kind and its options (any registered kind, {@link ModelKinds}), the
 * calibrator, the forecast and refit schedules, the minimum number of resolved questions before the model is
 * used, the trading rule and the scoring options. Validated on construction; start from {@link #DEFAULTS} and
 * change what you need:
 *
 * <pre>{@code
 * BacktestConfig config = BacktestConfig.DEFAULTS
 *         .withModel(ModelKinds.BAYES_LOGISTIC.choice(BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(1.0)))
 *         .withSchedule(ForecastSchedule.every("7d")).withRefit(RefitSchedule.every("30d"))
 *         .withCalibrator(ModelKinds.PLATT).withMinTrain(20);
 * }</pre>
 *
 * @param model the model kind and the options of its trainer
 * @param calibrator the calibrator kind, or {@link CalibratorKind#NONE}
 * @param schedule when each question is forecast
 * @param refit when the model and calibrator are refitted; incremental needs an online kind (bayes-logistic)
 * @param minTrain the number of resolved questions the model must be fitted on before it is used, {@code >= 1};
 *     before that the forecast is the market price where known, else the running base rate
 *     {@code (k + 1)/(n + 2)}
 * @param minCalibration the number of out-of-sample model forecasts (of resolved questions, with both
 *     outcomes among them) a calibrator must be fitted on before it is used, and, under walk-forward
 *     selection, the number of out-of-sample forecasts on which the model (or the calibrator) must have
 *     beaten passing the forecast through before it is used; {@code >= 2}
 * @param kelly the fee per contract and the fractional-Kelly multiplier of the simulated trading account
 * @param scoring bins, bootstrap replicates, interval level and bootstrap seed of the reports
 * @param attribution a credit line for the data, shown in the reports, or {@code null}
 * @param selection whether the model and the calibrator are used only where they beat passing the forecast
 *     through on earlier out-of-sample forecasts ({@link Selection#WALK_FORWARD}, the default) or always once
 *     fitted ({@link Selection#NONE})
 */
public record BacktestConfig(ModelChoice<?, ?> model, CalibratorKind calibrator, ForecastSchedule schedule,
        RefitSchedule refit, int minTrain, int minCalibration, KellyOptions kelly, ScoringOptions scoring,
        String attribution, Selection selection) {

    /**
     * Bayesian logistic regression with the default priors (2.5 per coefficient, 10 on the intercept), no
     * calibrator, a forecast every 7 days, a refit every 30 days, at least 20 resolved questions before the
     * model is fitted and 50 out-of-sample forecasts before the model or a calibrator is judged against passing
     * the forecast through (walk-forward selection); trading at a fee of 0.01 per contract with a
     * quarter Kelly; 10 bins, 1000 bootstrap replicates, 90% intervals, seed 42.
     */
    public static final BacktestConfig DEFAULTS = new BacktestConfig(ModelKinds.BAYES_LOGISTIC.choice(),
            CalibratorKind.NONE, ForecastSchedule.every("7d"), RefitSchedule.every("30d"), 20, 50,
            KellyOptions.fraction(0.25).withFee(0.01), ScoringOptions.DEFAULTS, null, Selection.WALK_FORWARD);

    /**
     * Validates the configuration.
     *
     * @param model the model kind and the options of its trainer
     * @param calibrator the calibrator kind, or {@link CalibratorKind#NONE}
     * @param schedule when each question is forecast
     * @param refit when the model and calibrator are refitted; incremental needs an online kind (bayes-logistic)
     * @param minTrain the number of resolved questions the model must be fitted on before it is used, {@code >= 1}; before that the forecast is the market price where known, else the running base rate {@code (k + 1)/(n + 2)}
     * @param minCalibration the number of out-of-sample model forecasts (of resolved questions, with both outcomes among them) a calibrator must be fitted on before it is used, and, under walk-forward selection, the number of out-of-sample forecasts on which the model (or the calibrator) must have beaten passing the forecast through before it is used; {@code >= 2}
     * @param kelly the fee per contract and the fractional-Kelly multiplier of the simulated trading account
     * @param scoring bins, bootstrap replicates, interval level and bootstrap seed of the reports
     * @param attribution a credit line for the data, shown in the reports, or {@code null}
     * @param selection whether the model and the calibrator are used only where they beat passing the forecast through on earlier out-of-sample forecasts ({@link Selection#WALK_FORWARD}, the default) or always once fitted ({@link Selection#NONE})
     * @throws IllegalArgumentException naming the first invalid option
     * @throws NullPointerException if a required component is null
     */
    public BacktestConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(calibrator, "calibrator");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(refit, "refit");
        Objects.requireNonNull(kelly, "kelly");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(selection, "selection");
        if (refit.isIncremental() && !model.kind().online()) {
            throw new IllegalArgumentException("incremental refits need an online model kind (bayes-logistic:"
                    + " online Laplace updates); " + model.kind() + " refits on a schedule, e.g. every 30d");
        }
        if (minTrain < 1) {
            throw new IllegalArgumentException("minimum training questions must be >= 1, got " + minTrain);
        }
        if (minCalibration < 2) {
            throw new IllegalArgumentException("minimum calibration forecasts must be >= 2, got " + minCalibration);
        }
    }

    /**
     * @param choice the model kind and its options
     * @return a copy
     */
    public BacktestConfig withModel(ModelChoice<?, ?> choice) {
        return new BacktestConfig(choice, calibrator, schedule, refit, minTrain, minCalibration, kelly, scoring,
                attribution, selection);
    }

    /**
     * @param kind the model kind, with its default options
     * @return a copy
     */
    public BacktestConfig withModel(ModelKind<?, ?> kind) {
        return withModel(kind.choice());
    }

    /**
     * @param setting one of the model kind's settings by name, e.g. {@code prior-sd}
     * @param value its value as typed
     * @return a copy
     * @throws IllegalArgumentException naming the setting if the kind has none such or the value is out of range
     */
    public BacktestConfig withModelSetting(String setting, String value) {
        return withModel(model.with(setting, value));
    }

    /**
     * @param kind the calibrator kind, or {@link CalibratorKind#NONE}
     * @return a copy
     */
    public BacktestConfig withCalibrator(CalibratorKind kind) {
        return new BacktestConfig(model, kind, schedule, refit, minTrain, minCalibration, kelly, scoring,
                attribution, selection);
    }

    /**
     * @param newSchedule the forecast schedule
     * @return a copy
     */
    public BacktestConfig withSchedule(ForecastSchedule newSchedule) {
        return new BacktestConfig(model, calibrator, newSchedule, refit, minTrain,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param newRefit the refit schedule
     * @return a copy
     */
    public BacktestConfig withRefit(RefitSchedule newRefit) {
        return new BacktestConfig(model, calibrator, schedule, newRefit, minTrain,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param questions the minimum number of resolved training questions
     * @return a copy
     */
    public BacktestConfig withMinTrain(int questions) {
        return new BacktestConfig(model, calibrator, schedule, refit, questions,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param forecasts the minimum number of calibration forecasts
     * @return a copy
     */
    public BacktestConfig withMinCalibration(int forecasts) {
        return new BacktestConfig(model, calibrator, schedule, refit, minTrain,
                forecasts, kelly, scoring, attribution, selection);
    }

    /**
     * @param options the fee and fractional-Kelly multiplier of the trading account
     * @return a copy
     */
    public BacktestConfig withKelly(KellyOptions options) {
        return new BacktestConfig(model, calibrator, schedule, refit, minTrain,
                minCalibration, options, scoring, attribution, selection);
    }

    /**
     * @param options the scoring options (bins, bootstrap, level, seed)
     * @return a copy
     */
    public BacktestConfig withScoring(ScoringOptions options) {
        return new BacktestConfig(model, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, options, attribution, selection);
    }

    /**
     * @param rule walk-forward selection of the model and calibrator, or none
     * @return a copy
     */
    public BacktestConfig withSelection(Selection rule) {
        return new BacktestConfig(model, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, scoring, attribution, rule);
    }

    /**
     * @param credit a credit line for the data, or {@code null}
     * @return a copy
     */
    public BacktestConfig withAttribution(String credit) {
        return new BacktestConfig(model, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, scoring, credit, selection);
    }
}
