package org.forecast4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.forecast4j.backtest.Backtest;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.core.scoring.ScoringOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it measures: the time of one walk-forward backtest ({@link Backtest#run}) of 2,000 questions × 26
 * forecast times (52,000 forecasts) with 200,000 events and 52,000 market prices ({@link BacktestScenario}),
 * the 32-feature spec of the live benchmark, and the default configuration — Bayesian logistic regression
 * refitted every 30 days on every row of the questions resolved by then, a forecast every 7 days — except that
 * the bootstrap is off, so that the time is the engine's (replaying events and prices through the live feature
 * state, the forecasts, the refits, the scores and the trading simulation) and not the report's resampling.
 * Milliseconds per backtest.
 *
 * <p>Pitfalls avoided: the result is returned (no dead code); the inputs are generated once per trial from a
 * seed, outside the measurement; single-shot mode, because one backtest lasts seconds and its first run
 * includes compilation: two warm-up backtests, then five measured ones, in each of two forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(2)
@State(Scope.Benchmark)
public class BacktestBenchmark {

    /** The number of questions; the smoke run uses a small one. */
    @Param({"2000"})
    public int questions;

    BacktestScenario scenario;
    BacktestConfig config;

    /** Generates the questions and events. */
    @Setup
    public void setUp() {
        scenario = new BacktestScenario(questions, Inputs.SEED + 6000);
        config = BacktestConfig.DEFAULTS.withScoring(new ScoringOptions(10, 0, 0.9, 42L));
    }

    /** @return the backtest's result */
    @Benchmark
    public BacktestResult backtest() {
        return Backtest.run(config, scenario.questions, scenario.events, scenario.spec);
    }
}
