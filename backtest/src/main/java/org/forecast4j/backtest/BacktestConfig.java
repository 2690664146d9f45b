package org.forecast4j.backtest;

import java.util.Objects;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.core.trading.KellyOptions;

/**
 * How a backtest runs: the model and its options, the calibrator, the forecast and refit schedules, the
 * minimum number of resolved questions before the model is used, the trading rule and the scoring options.
 * Validated on construction; start from {@link #DEFAULTS} and change what you need:
 *
 * <pre>{@code
 * BacktestConfig config = BacktestConfig.DEFAULTS
 *         .withModel(ModelKind.BAYES_LOGISTIC).withPriorSd(1.0)
 *         .withSchedule(ForecastSchedule.every("7d")).withRefit(RefitSchedule.every("30d"))
 *         .withCalibrator(CalibratorKind.PLATT).withMinTrain(20);
 * }</pre>
 *
 * @param model the model kind
 * @param priorSd the prior sd of each coefficient ({@link ModelKind#BAYES_LOGISTIC}) or of each log likelihood
 *     ratio ({@link ModelKind#EVIDENCE}), in log-odds per unit of the feature, {@code > 0}; NaN for the kind's
 *     default ({@link ModelKind#defaultPriorSd()}). Must be NaN for {@link ModelKind#LOGISTIC}
 * @param interceptPriorSd the prior sd of the intercept of the Bayesian logistic regression, {@code > 0}
 * @param l2 the L2 penalty of {@link ModelKind#LOGISTIC}, {@code >= 0}; must be 0 for the other kinds
 * @param calibrator the calibrator kind
 * @param schedule when each question is forecast
 * @param refit when the model and calibrator are refitted; incremental needs {@link ModelKind#BAYES_LOGISTIC}
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
public record BacktestConfig(ModelKind model, double priorSd, double interceptPriorSd, double l2,
        CalibratorKind calibrator, ForecastSchedule schedule, RefitSchedule refit, int minTrain, int minCalibration,
        KellyOptions kelly, ScoringOptions scoring, String attribution, Selection selection) {

    /**
     * Bayesian logistic regression with the default priors (2.5 per coefficient, 10 on the intercept), no
     * calibrator, a forecast every 7 days, a refit every 30 days, at least 20 resolved questions before the
     * model is fitted and 50 out-of-sample forecasts before the model or a calibrator is judged against passing
     * the forecast through (walk-forward selection); trading at a fee of 0.01 per contract with a
     * quarter Kelly; 10 bins, 1000 bootstrap replicates, 90% intervals, seed 42.
     */
    public static final BacktestConfig DEFAULTS = new BacktestConfig(ModelKind.BAYES_LOGISTIC, Double.NaN, 10.0, 0.0,
            CalibratorKind.NONE, ForecastSchedule.every("7d"), RefitSchedule.every("30d"), 20, 50,
            new KellyOptions(0.01, 0.25), ScoringOptions.DEFAULTS, null, Selection.WALK_FORWARD);

    /**
     * Validates the configuration.
     *
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
        if (!Double.isNaN(priorSd)) {
            if (model == ModelKind.LOGISTIC) {
                throw new IllegalArgumentException("a prior sd applies to bayes-logistic, evidence and"
                        + " market-anchored, not logistic"
                        + " (use an L2 penalty)");
            }
            if (model == ModelKind.MARKET_ANCHORED) {
                if (!(priorSd >= 0 && priorSd < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("prior sd must be >= 0 and finite, got " + priorSd);
                }
            } else if (!(priorSd > 0 && priorSd < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("prior sd must be positive and finite, got " + priorSd);
            }
        }
        if (!(interceptPriorSd > 0 && interceptPriorSd < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("intercept prior sd must be positive and finite, got "
                    + interceptPriorSd);
        }
        if (!(l2 >= 0 && l2 < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("L2 penalty must be >= 0 and finite, got " + l2);
        }
        if (l2 > 0 && model != ModelKind.LOGISTIC) {
            throw new IllegalArgumentException("an L2 penalty applies to logistic only (" + model
                    + " takes a prior sd)");
        }
        if (refit.isIncremental() && model != ModelKind.BAYES_LOGISTIC) {
            throw new IllegalArgumentException("incremental refits need bayes-logistic (online Laplace updates);"
                    + " " + model + " refits on a schedule, e.g. every 30d");
        }
        if (minTrain < 1) {
            throw new IllegalArgumentException("minimum training questions must be >= 1, got " + minTrain);
        }
        if (minCalibration < 2) {
            throw new IllegalArgumentException("minimum calibration forecasts must be >= 2, got " + minCalibration);
        }
    }

    /** @return the prior sd in effect: {@link #priorSd()}, or the model kind's default when that is NaN */
    public double effectivePriorSd() {
        return Double.isNaN(priorSd) ? model.defaultPriorSd() : priorSd;
    }

    /**
     * @param kind the model kind
     * @return a copy; a prior sd or L2 penalty that does not apply to the new kind is reset to its default
     */
    public BacktestConfig withModel(ModelKind kind) {
        return new BacktestConfig(kind, kind == ModelKind.LOGISTIC ? Double.NaN : priorSd, interceptPriorSd,
                kind == ModelKind.LOGISTIC ? l2 : 0.0, calibrator, schedule, refit, minTrain, minCalibration, kelly,
                scoring, attribution, selection);
    }

    /**
     * @param sd the prior sd, or NaN for the kind's default
     * @return a copy
     */
    public BacktestConfig withPriorSd(double sd) {
        return new BacktestConfig(model, sd, interceptPriorSd, l2, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param sd the intercept's prior sd (bayes-logistic)
     * @return a copy
     */
    public BacktestConfig withInterceptPriorSd(double sd) {
        return new BacktestConfig(model, priorSd, sd, l2, calibrator, schedule, refit, minTrain, minCalibration,
                kelly, scoring, attribution, selection);
    }

    /**
     * @param penalty the L2 penalty (logistic)
     * @return a copy
     */
    public BacktestConfig withL2(double penalty) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, penalty, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param kind the calibrator kind
     * @return a copy
     */
    public BacktestConfig withCalibrator(CalibratorKind kind) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, kind, schedule, refit, minTrain,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param newSchedule the forecast schedule
     * @return a copy
     */
    public BacktestConfig withSchedule(ForecastSchedule newSchedule) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, newSchedule, refit, minTrain,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param newRefit the refit schedule
     * @return a copy
     */
    public BacktestConfig withRefit(RefitSchedule newRefit) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, schedule, newRefit, minTrain,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param questions the minimum number of resolved training questions
     * @return a copy
     */
    public BacktestConfig withMinTrain(int questions) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, schedule, refit, questions,
                minCalibration, kelly, scoring, attribution, selection);
    }

    /**
     * @param forecasts the minimum number of calibration forecasts
     * @return a copy
     */
    public BacktestConfig withMinCalibration(int forecasts) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, schedule, refit, minTrain,
                forecasts, kelly, scoring, attribution, selection);
    }

    /**
     * @param options the fee and fractional-Kelly multiplier of the trading account
     * @return a copy
     */
    public BacktestConfig withKelly(KellyOptions options) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, schedule, refit, minTrain,
                minCalibration, options, scoring, attribution, selection);
    }

    /**
     * @param options the scoring options (bins, bootstrap, level, seed)
     * @return a copy
     */
    public BacktestConfig withScoring(ScoringOptions options) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, options, attribution, selection);
    }

    /**
     * @param rule walk-forward selection of the model and calibrator, or none
     * @return a copy
     */
    public BacktestConfig withSelection(Selection rule) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, scoring, attribution, rule);
    }

    /**
     * @param credit a credit line for the data, or {@code null}
     * @return a copy
     */
    public BacktestConfig withAttribution(String credit) {
        return new BacktestConfig(model, priorSd, interceptPriorSd, l2, calibrator, schedule, refit, minTrain,
                minCalibration, kelly, scoring, credit, selection);
    }
}
