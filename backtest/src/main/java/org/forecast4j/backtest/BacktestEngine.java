package org.forecast4j.backtest;

import java.util.List;
import java.util.ServiceLoader;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * Where a single backtest's forecasts are made. {@link #local} makes them on the calling thread
 * ({@link Backtest#run}); other engines (the {@code forecast4j-spark} module's {@code spark}, which splits the
 * run by refit period) are found with {@link ServiceLoader} when their module is on the class path. Every engine
 * gives the same result, byte for byte, for the same inputs.
 */
public interface BacktestEngine {

    /** @return the engine's name on the command line, e.g. {@code local} */
    String name();

    /**
     * Runs a backtest, as {@link Backtest#run(BacktestConfig, List, EventLog, FeatureSpec, BacktestProgress)}.
     *
     * @param config the configuration
     * @param questions the questions
     * @param events the event log
     * @param spec the feature spec
     * @param progress receives progress, on the calling thread
     * @return the result
     * @throws org.forecast4j.core.io.InvalidInputException as {@link Backtest#run}
     */
    BacktestResult run(BacktestConfig config, List<Question> questions, EventLog events, FeatureSpec spec,
            BacktestProgress progress);

    /** @return the engine that makes every forecast on the calling thread */
    static BacktestEngine local() {
        return new BacktestEngine() {
            @Override
            public String name() {
                return "local";
            }

            @Override
            public BacktestResult run(BacktestConfig config, List<Question> questions, EventLog events,
                    FeatureSpec spec, BacktestProgress progress) {
                return Backtest.run(config, questions, events, spec, progress);
            }
        };
    }

    /**
     * @param name an engine's name
     * @return the engine: {@code local}, or one found on the class path
     * @throws IllegalArgumentException naming the engines found if none has that name
     */
    static BacktestEngine named(String name) {
        return Engines.named(BacktestEngine.class, local(), BacktestEngine::name, "backtest", name);
    }
}
