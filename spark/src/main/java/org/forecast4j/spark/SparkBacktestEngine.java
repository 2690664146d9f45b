package org.forecast4j.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.forecast4j.backtest.Backtest;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestEngine;
import org.forecast4j.backtest.BacktestProgress;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * The {@code spark} backtest engine: one backtest split by refit period. The driver replays the inputs and fits
 * the model (and calibrator, and walk-forward selection) at each refit time on the questions resolved by then,
 * with the backtest module's own code; each period's fitted model is broadcast and its rows are forecast in
 * partitions on the executors ({@link SparkPeriodScoring}); the forecasts are collected in row order and the
 * scores, CORP decomposition (one isotonic fit over every forecast), trading account and report are computed
 * from them on the driver, as the local engine does. The result is byte-identical to the local engine's.
 *
 * <p>The master is Spark's {@code spark.master} (set by {@code spark-submit}, or {@code forecast backtest
 * --master}), {@code local[*]} if neither sets it.
 */
public final class SparkBacktestEngine implements BacktestEngine {

    /** The engine; found by {@link BacktestEngine#named} through {@link java.util.ServiceLoader}. */
    public SparkBacktestEngine() {
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public BacktestResult run(BacktestConfig config, List<Question> questions, EventLog events, FeatureSpec spec,
            BacktestProgress progress) {
        JavaSparkContext spark = SparkContexts.start("forecast4j backtest");
        try {
            return Backtest.run(config, questions, events, spec, progress,
                    new SparkPeriodScoring(spark, spark.defaultParallelism()));
        } finally {
            spark.stop();
        }
    }
}
