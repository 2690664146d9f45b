package org.forecast4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.forecast4j.backtest.forecastbench.ForecastBenchReader;
import org.forecast4j.backtest.sweep.SweepCsv;
import org.forecast4j.backtest.sweep.SweepEngine;
import org.forecast4j.backtest.sweep.SweepJob;
import org.forecast4j.backtest.sweep.SweepRow;
import org.forecast4j.core.text.TextTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code forecast sweep}: many backtest configurations over the same inputs, one row each in sweep.csv. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs every configuration of a sweep file (specs, models and their options, calibrators,"
                + " refit schedules; see examples/sweeps/forecastbench.json) as a walk-forward backtest on the same"
                + " inputs, several at once, and writes sweep.csv: one row per configuration with its Brier score,"
                + " log loss, CORP terms, the market's Brier on the same rows, the paired difference with its"
                + " interval and the trading result.",
            "The rows do not depend on --threads or --engine. Progress goes to standard error."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--grid", required = true, paramLabel = "FILE",
            description = "The sweep file (JSON): defaults, a list of named configurations and/or a grid of values.")
    Path grid;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Where the questions come from. */
    static final class Input {
        @Option(names = "--questions", paramLabel = "FILE", required = true,
                description = "Questions with outcomes, resolution times and optional prices (with --events).")
        Path questions;

        @Option(names = "--forecastbench", paramLabel = "FILE", required = true,
                description = "A ForecastBench-layout table of resolved market questions; configurations start from"
                        + " the market-anchored model forecasting at each price, spec 'default'.")
        Path forecastBench;
    }

    @Option(names = "--events", paramLabel = "FILE",
            description = "Events (JSON Lines, or CSV if the name ends in .csv); required with --questions.")
    Path events;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for sweep.csv (created if missing; replaced atomically).")
    Path out;

    @Option(names = "--reports", description = "Also write each configuration's backtest report to DIR/reports/NAME/.")
    boolean reports;

    @Mixin
    EngineOptions engine;

    @Option(names = "--threads", paramLabel = "N",
            description = "Configurations run at once (default: the available processors).")
    Integer threads;

    @Override
    public Integer call() {
        int parallelism = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (parallelism < 1 || parallelism > 4096) {
            throw new ParameterException(spec.commandLine(), "--threads must be in 1..4096, got " + parallelism);
        }
        if (input.questions != null && events == null) {
            throw new ParameterException(spec.commandLine(), "--events is required with --questions");
        }
        SweepEngine chosen = engine.choose(spec.commandLine(), SweepEngine::named);
        CliChecks.writableFolder(spec.commandLine(), "--out", out);
        Path questions = input.questions != null ? input.questions : input.forecastBench;
        SweepJob job = new SweepJob(grid.toString(), questions.toString(), input.forecastBench != null,
                events == null ? null : events.toString());
        List<SweepRow> rows;
        try (BacktestCommand.Progress progress = BacktestCommand.Progress.create(spec.commandLine().getErr(),
                "sweep", "configurations")) {
            rows = chosen.run(job, parallelism, reports ? out.resolve("reports") : null, progress);
        }
        SweepCsv.write(out.resolve(SweepCsv.FILE), rows);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(table(rows));
        if (input.forecastBench != null) {
            stdout.println("Data: " + ForecastBenchReader.ATTRIBUTION);
        }
        stdout.println("sweep: " + rows.size() + " configurations; wrote " + SweepCsv.FILE
                + (reports ? " and reports/" : "") + " to " + out);
        stdout.flush();
        return ForecastCli.OK;
    }

    /**
     * @return the rows as a table: Brier, market Brier on the same rows, the difference and its interval (headed
     *     by its level when every row has the same one)
     */
    static String table(List<SweepRow> rows) {
        double level = rows.isEmpty() ? 0.9 : rows.get(0).level();
        boolean oneLevel = rows.stream().allMatch(r -> r.level() == level);
        String interval = oneLevel ? java.math.BigDecimal.valueOf(level).movePointRight(2)
                .stripTrailingZeros().toPlainString() + "% (questions)" : "interval (questions; level in sweep.csv)";
        TextTable table = new TextTable("configuration", "rows", "by model", "Brier", "log loss", "CORP MCB",
                "market", "model - market", interval, "final wealth");
        for (SweepRow r : rows) {
            table.row(r.name(), Integer.toString(r.rows()), Integer.toString(r.rowsFromModel()),
                    String.format(Locale.ROOT, "%.4f", r.brier()), String.format(Locale.ROOT, "%.4f", r.logLoss()),
                    String.format(Locale.ROOT, "%.4f", r.corpMcb()),
                    Double.isNaN(r.marketBrier()) ? "" : String.format(Locale.ROOT, "%.4f", r.marketBrier()),
                    Double.isNaN(r.difference()) ? "" : String.format(Locale.ROOT, "%+.4f", r.difference()),
                    Double.isNaN(r.differenceLower()) ? "" : String.format(Locale.ROOT, "[%+.4f, %+.4f]",
                            r.differenceLower(), r.differenceUpper()),
                    String.format(Locale.ROOT, "%.3f", r.finalWealth()));
        }
        return table.toString();
    }
}
