package org.forecast4j.backtest;

import java.util.List;
import java.util.Objects;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * Walk-forward backtests of a forecasting model on resolved questions.
 *
 * <pre>{@code
 * BacktestResult result = Backtest.run(BacktestConfig.DEFAULTS, questions, eventLog, spec);
 * System.out.println(result);                        // scores, comparisons, trading
 * BacktestReport.write(result, Path.of("out"));      // forecasts.csv, report.json, reliability.png, report.html
 * }</pre>
 *
 * <h2>What a forecast may see</h2>
 * The questions forecast are the resolved ones (outcome and resolution time known) that the schedule gives at
 * least one forecast time; each is forecast at its times {@code t}, all strictly before its resolution. Time
 * moves forward once over every forecast time of every question, and a forecast of question {@code q} at
 * {@code t} is made from:
 * <ul>
 *   <li><b>features of q as of t</b>: the events published at or before {@code t} and the prices observed at
 *       or before {@code t}, replayed in time order through {@link org.forecast4j.features.live.LiveFeatureState}
 *       (equal to as-of batch extraction to 1e-9), which has been fed nothing later;
 *   <li><b>a model fitted only on questions resolved at or before t</b> (at or before the latest refit time,
 *       see {@link RefitSchedule}). A resolved question's training rows are its own feature rows at its own
 *       forecast times (all before its resolution), labelled with its outcome; every row counts once.
 *       {@code trainedOn} in each row is the number of questions that model was fitted on;
 *   <li><b>a calibrator</b> (if configured) fitted at the same refit time on the model's earlier out-of-sample
 *       forecasts — the uncalibrated probabilities the fitted models of the time gave the questions resolved by
 *       then, each made before that question resolved and so by a model that had not seen it — once there are
 *       at least {@link BacktestConfig#minCalibration()} of them with both outcomes. Nothing after the refit
 *       time is used;
 *   <li><b>the fallback prior</b> until the model has been fitted on {@link BacktestConfig#minTrain()} resolved
 *       questions: the running base rate {@code (k + 1)/(n + 2)} of the {@code n} questions resolved by
 *       {@code t}, {@code k} of them yes.
 * </ul>
 * The baselines are scored on the same rows: the market price as of {@code t} (where one is known), the running
 * base rate, and 0.5.
 *
 * <h2>Determinism and cost</h2>
 * The same inputs give the same result, bit for bit: nothing depends on the clock, hash order or threads, and
 * the bootstrap is seeded. Events are applied once each, in publication order, to the questions they are about;
 * each forecast costs O(features); each refit costs one fit on the rows of the questions resolved by then.
 */
public final class Backtest {
    private Backtest() {
    }

    /**
     * Runs a backtest without progress reports.
     *
     * @param config the configuration
     * @param questions the questions, resolved ones with {@code resolvedAt} and {@code outcome}; unresolved ones
     *     are left out (and counted)
     * @param events the event log
     * @param spec the feature spec
     * @return the result
     * @throws org.forecast4j.core.io.InvalidInputException if a question has an outcome but no resolution time,
     *     two questions share an id, a feature value is not finite, or no question gets a forecast
     */
    public static BacktestResult run(BacktestConfig config, List<Question> questions, EventLog events,
            FeatureSpec spec) {
        return run(config, questions, events, spec, BacktestProgress.NONE);
    }

    /**
     * Runs a backtest.
     *
     * @param config the configuration
     * @param questions the questions
     * @param events the event log
     * @param spec the feature spec
     * @param progress receives progress, on the calling thread
     * @return the result
     * @throws org.forecast4j.core.io.InvalidInputException as {@link #run(BacktestConfig, List, EventLog,
     *     FeatureSpec)}
     */
    public static BacktestResult run(BacktestConfig config, List<Question> questions, EventLog events,
            FeatureSpec spec, BacktestProgress progress) {
        return run(config, questions, events, spec, progress, PeriodScoring.local());
    }

    /**
     * Runs a backtest whose forecasts are made, one refit period at a time, by {@code scoring}: the features,
     * fits, calibration and selection are computed on the calling thread as always, and each period's rows are
     * handed to {@code scoring} with the period's {@link RefitPeriod}. The result is the same as
     * {@link #run(BacktestConfig, List, EventLog, FeatureSpec, BacktestProgress)}'s for any scoring that keeps
     * the {@link PeriodScoring} contract.
     *
     * @param config the configuration
     * @param questions the questions
     * @param events the event log
     * @param spec the feature spec
     * @param progress receives progress, on the calling thread, after each period
     * @param scoring forecasts the rows of each refit period
     * @return the result
     * @throws org.forecast4j.core.io.InvalidInputException as {@link #run(BacktestConfig, List, EventLog,
     *     FeatureSpec)}
     * @throws IllegalStateException if {@code scoring} returns a different number of forecasts than it was given
     *     inputs
     */
    public static BacktestResult run(BacktestConfig config, List<Question> questions, EventLog events,
            FeatureSpec spec, BacktestProgress progress, PeriodScoring scoring) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(scoring, "scoring");
        return new WalkForward(config, spec, events, progress, scoring).run(questions);
    }
}
