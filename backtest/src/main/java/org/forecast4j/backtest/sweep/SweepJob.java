package org.forecast4j.backtest.sweep;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.ForecastSchedule;
import org.forecast4j.backtest.forecastbench.ForecastBenchReader;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;

/**
 * A sweep as files: the sweep file, the questions (a question file or a ForecastBench table) and the events.
 * Any JVM that can read the files rebuilds the same configurations and inputs from it, which is how the Spark
 * engine's executors see exactly what the driver sees. Immutable and serialisable.
 *
 * @param grid the sweep file (see {@link SweepGrid})
 * @param questions the questions file, or the ForecastBench table when {@code forecastBench}
 * @param forecastBench whether {@code questions} is a ForecastBench table (then the default spec and
 *     configuration are the market-anchored model at each price, and the data's credit line is shown)
 * @param events the events file, or {@code null} for none
 * @serial exclude (its form is the record's components, for the Spark engine only)
 */
public record SweepJob(String grid, String questions, boolean forecastBench, String events) implements Serializable {

    /**
     * Validates the fields.
     *
     * @param grid the sweep file (see {@link SweepGrid})
     * @param questions the questions file, or the ForecastBench table when {@code forecastBench}
     * @param forecastBench whether {@code questions} is a ForecastBench table (then the default spec and
     *     configuration are the market-anchored model at each price, and the data's credit line is shown)
     * @param events the events file, or {@code null} for none
     */
    public SweepJob {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(questions, "questions");
    }

    /**
     * @return the configuration every entry of the sweep file starts from: the market-anchored model forecasting
     *     at each price for ForecastBench input, else {@link BacktestConfig#DEFAULTS}
     */
    public BacktestConfig base() {
        return forecastBench ? BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED)
                .withSchedule(ForecastSchedule.atPrices()).withAttribution(ForecastBenchReader.ATTRIBUTION)
                : BacktestConfig.DEFAULTS;
    }

    /**
     * @return the configurations of the sweep file
     * @throws org.forecast4j.core.io.InvalidInputException naming the file, line and field of anything wrong
     */
    public List<SweepConfiguration> configurations() {
        return SweepGrid.read(Path.of(grid), base());
    }

    /**
     * Reads the questions, events and every spec the configurations name.
     *
     * @param configurations the configurations
     * @return the inputs
     * @throws org.forecast4j.core.io.InvalidInputException naming the file and line of anything wrong
     */
    public SweepInputs inputs(List<SweepConfiguration> configurations) {
        List<Question> qs = forecastBench ? ForecastBenchReader.read(Path.of(questions))
                : QuestionReader.read(Path.of(questions));
        EventLog log = events == null ? EventLog.empty() : EventReader.readLog(Path.of(events));
        return SweepInputs.of(qs, log, forecastBench ? ForecastBenchReader.defaultSpec(qs) : null, configurations);
    }
}
