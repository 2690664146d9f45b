package org.forecast4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestEngine;
import org.forecast4j.backtest.BacktestProgress;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.Durations;
import org.forecast4j.backtest.ForecastSchedule;
import org.forecast4j.backtest.RefitSchedule;
import org.forecast4j.backtest.Selection;
import org.forecast4j.backtest.forecastbench.ForecastBenchReader;
import org.forecast4j.backtest.sweep.SweepProgress;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kinds.CalibratorKind;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code forecast backtest}: a walk-forward backtest with reports. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Walk-forward backtest: forecast every resolved question on a schedule with a model fitted only"
                + " on questions resolved earlier and features from events published by then; score it against the"
                + " market price, the running base rate and 0.5 on the same rows; simulate fractional-Kelly trading"
                + " against the market.",
            "Writes forecasts.csv, report.json, reliability.png (800x600) and report.html to --out. Progress goes"
                + " to standard error.",
            "--engine spark makes the forecasts of each refit period on Apache Spark's executors; the files do not"
                + " depend on --engine."})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Where the questions come from. */
    static final class Input {
        @Option(names = "--questions", paramLabel = "FILE", required = true,
                description = "Questions with outcomes, resolution times and optional prices: JSON Lines or a JSON"
                        + " array.")
        Path questions;

        @Option(names = "--forecastbench", paramLabel = "FILE", required = true,
                description = "A table of resolved market questions in ForecastBench's layout (source, id, freeze,"
                        + " price, open, close, resolved, outcome): each (source, id) is a question, id source:id,"
                        + " with one price per freeze and its source as entity.")
        Path forecastBench;
    }

    @Option(names = "--events", paramLabel = "FILE",
            description = "Events: JSON Lines, or CSV if the name ends in .csv. Required with --questions;"
                    + " optional with --forecastbench.")
    Path events;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "Feature spec (JSON). Required with --questions; with --forecastbench the default is the"
                    + " market-bias spec: the price, its move since the previous price, log1p(days to close) and a"
                    + " tag per platform.")
    Path specFile;

    @Option(names = "--model", paramLabel = "KIND",
            description = "market-anchored, bayes-logistic, logistic, evidence (any registered kind; default:"
                    + " market-anchored with --forecastbench, bayes-logistic with --questions).")
    String model;

    @Option(names = "--prior-sd", paramLabel = "X",
            description = "Prior sd of each coefficient (bayes-logistic, default 2.5), log likelihood ratio"
                    + " (evidence, default 1) or departure from the market (market-anchored: default chosen by the"
                    + " evidence at each refit; 0 keeps the market price).")
    Double priorSd;

    @Option(names = "--intercept-prior-sd", paramLabel = "X",
            description = "Prior sd of the intercept (bayes-logistic; default: 10).")
    Double interceptPriorSd;

    @Option(names = "--l2", paramLabel = "X",
            description = "L2 penalty (logistic; default: 0, maximum likelihood).")
    Double l2;

    @Option(names = "--calibrate", paramLabel = "KIND", defaultValue = "none",
            converter = CalibratorKindConverter.class,
            description = "none, platt, isotonic or beta: fitted at each refit on the model's earlier out-of-sample"
                    + " forecasts of questions resolved by then (default: ${DEFAULT-VALUE}).")
    CalibratorKind calibrate;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Schedule schedule;

    /** When to forecast. */
    static final class Schedule {
        @Option(names = "--every", paramLabel = "DURATION", required = true, converter = DurationConverter.class,
                description = "Forecast every DURATION (e.g. 7d, 12h) from each question's opening until it resolves"
                        + " (exclusive).")
        Duration every;

        @Option(names = "--at", paramLabel = "prices", required = true,
                description = "'prices': forecast at each market price time of each question before it resolves"
                        + " (the default with --forecastbench).")
        String at;
    }

    @Option(names = "--refit", paramLabel = "DURATION|incremental", defaultValue = "30d",
            description = "Refit the model (and calibrator) every DURATION on the questions resolved by then, or"
                    + " 'incremental': update the Bayesian posterior online as each question resolves"
                    + " (bayes-logistic only). Default: ${DEFAULT-VALUE}.")
    String refit;

    @Option(names = "--recalibrate", paramLabel = "DURATION", defaultValue = "30d",
            converter = DurationConverter.class,
            description = "With --refit incremental: refit the calibrator every DURATION (default: ${DEFAULT-VALUE}).")
    Duration recalibrate;

    @Option(names = "--min-train", paramLabel = "N", defaultValue = "20",
            description = "Resolved questions the model must be fitted on before it is used; before that the"
                    + " forecast is the running base rate (k+1)/(n+2) (default: ${DEFAULT-VALUE}).")
    int minTrain;

    @Option(names = "--min-calibration", paramLabel = "N", defaultValue = "50",
            description = "Out-of-sample forecasts (with both outcomes) a calibrator needs before it is used, and"
                    + " on which the model or calibrator must have beaten passing through under walk-forward"
                    + " selection (default: ${DEFAULT-VALUE}).")
    int minCalibration;

    @Option(names = "--select", paramLabel = "RULE", defaultValue = "walk-forward",
            converter = SelectionConverter.class,
            description = "walk-forward: at each refit use the model (and calibrator) only if it beat passing"
                    + " through (the market price, else the base rate; the uncalibrated model) on earlier"
                    + " out-of-sample forecasts; none: use them once fitted (default: ${DEFAULT-VALUE}).")
    Selection select;

    @Option(names = "--fee", paramLabel = "F", defaultValue = "0.01",
            description = "Trading fee per contract paying 1 (default: ${DEFAULT-VALUE}).")
    double fee;

    @Option(names = "--kelly-fraction", paramLabel = "K", defaultValue = "0.25",
            description = "Fractional-Kelly multiplier in (0, 1] (default: ${DEFAULT-VALUE}).")
    double kellyFraction;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "10",
            description = "Equal-width reliability bins (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--bootstrap", paramLabel = "R", defaultValue = "1000",
            description = "Bootstrap resamples for the intervals, 0 for none (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.9",
            description = "Coverage of the intervals (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for forecasts.csv, report.json, reliability.png and report.html (created if"
                    + " missing; files are replaced atomically).")
    Path out;

    @Option(names = "--json", description = "Print report.json on standard output instead of the summary.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        BacktestConfig config = config();
        BacktestEngine chosen = engine.choose(spec.commandLine(), BacktestEngine::named);
        CliChecks.writableFolder(spec.commandLine(), "--out", out);
        if (input.questions != null && events == null) {
            throw new ParameterException(spec.commandLine(), "--events is required with --questions");
        }
        if (input.questions != null && specFile == null) {
            throw new ParameterException(spec.commandLine(), "--spec is required with --questions");
        }
        List<Question> questions = input.questions != null ? QuestionReader.read(input.questions)
                : ForecastBenchReader.read(input.forecastBench);
        FeatureSpec featureSpec = specFile != null ? FeatureSpec.read(specFile)
                : ForecastBenchReader.defaultSpec(questions);
        EventLog log = events == null ? EventLog.empty() : EventReader.readLog(events);
        if (input.forecastBench != null) {
            config = config.withAttribution(ForecastBenchReader.ATTRIBUTION);
        }
        Path questionFile = input.questions != null ? input.questions : input.forecastBench;
        BacktestResult result;
        try (Progress progress = Progress.create(spec.commandLine().getErr())) {
            result = chosen.run(config, questions, log, featureSpec, progress);
        } catch (InvalidInputException e) {
            if ("spec".equals(e.source())) {
                throw new InvalidInputException(specFile != null ? specFile.toString() : "the default spec",
                        e.line(), e.field(), e.value(), e.problem() + " (or choose another --model than "
                                + config.model() + ")", e);
            }
            throw e.source() != null ? e : new InvalidInputException(questionFile.toString(), e.line(), e.field(),
                    e.value(), e.problem(), e);
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        BacktestReport.write(result, out);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.print(BacktestReport.json(result));
        } else {
            stdout.println(result);
            stdout.println();
            stdout.println("backtest: wrote " + BacktestReport.FORECASTS + ", " + BacktestReport.REPORT + ", "
                    + BacktestReport.RELIABILITY + " and " + BacktestReport.HTML + " to " + out);
        }
        stdout.flush();
        return ForecastCli.OK;
    }

    private BacktestConfig config() {
        try {
            ForecastSchedule forecastSchedule;
            if (schedule == null) {
                if (input.questions != null) {
                    throw new IllegalArgumentException("--every DURATION or --at prices is required with"
                            + " --questions");
                }
                forecastSchedule = ForecastSchedule.atPrices();
            } else if (schedule.every != null) {
                forecastSchedule = ForecastSchedule.every(schedule.every);
            } else if (schedule.at.trim().equalsIgnoreCase("prices")) {
                forecastSchedule = ForecastSchedule.atPrices();
            } else {
                throw new IllegalArgumentException("--at takes 'prices', got '" + schedule.at + "'");
            }
            RefitSchedule refitSchedule;
            try {
                refitSchedule = refit.trim().equalsIgnoreCase("incremental") ? RefitSchedule.incremental(recalibrate)
                        : RefitSchedule.every(Durations.parse(refit));
            } catch (IllegalArgumentException e) {
                String option = refit.trim().equalsIgnoreCase("incremental") ? "--recalibrate" : "--refit";
                throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
            }
            String kind = model != null ? model : input.forecastBench != null ? ModelKinds.MARKET_ANCHORED.name()
                    : ModelKinds.BAYES_LOGISTIC.name();
            Map<String, Object> flags = new LinkedHashMap<>();
            flags.put("prior-sd", priorSd);
            flags.put("intercept-prior-sd", interceptPriorSd);
            flags.put("l2", l2);
            return new BacktestConfig(ModelFlags.choice(spec.commandLine(), kind, flags), calibrate,
                    forecastSchedule, refitSchedule, minTrain, minCalibration,
                    CliChecks.kelly(spec.commandLine(), "--fee", fee, "--kelly-fraction", kellyFraction),
                    CliChecks.scoring(spec.commandLine(), bins, bootstrap, level, seed), null, select);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Progress on standard error: a bar in a terminal, else a line every 10%. */
    abstract static class Progress implements BacktestProgress, SweepProgress, AutoCloseable {
        static Progress create(PrintWriter err) {
            return create(err, "backtest", "forecasts");
        }

        static Progress create(PrintWriter err, String task, String unit) {
            return System.console() != null ? new Bar(System.err, task, unit) : new Lines(err, task, unit);
        }

        @Override
        public void configurations(int done, int total) {
            forecasts(done, total);
        }

        @Override
        public void close() {
        }
    }

    /** A progress bar (me.tongfei:progressbar), built at the first report, when the total is known. */
    static final class Bar extends Progress {
        private final PrintStream stream;
        private final String task;
        private final String unit;
        private ProgressBar bar;

        Bar(PrintStream stream, String task, String unit) {
            this.stream = stream;
            this.task = task;
            this.unit = unit;
        }

        @Override
        public void forecasts(int done, int total) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                        .setConsumer(new ConsoleProgressBarConsumer(stream)).build();
            }
            bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** Plain lines for logs and pipes: at each tenth of the total and at the end. */
    static final class Lines extends Progress {
        private final PrintWriter err;
        private final String task;
        private final String unit;
        private int lastTenth = -1;

        Lines(PrintWriter err, String task, String unit) {
            this.err = err;
            this.task = task;
            this.unit = unit;
        }

        @Override
        public void forecasts(int done, int total) {
            int tenth = total == 0 ? 10 : (int) (10L * done / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.println(String.format(Locale.ROOT, "%s: %d/%d %s (%d%%)", task, done, total, unit,
                        total == 0 ? 100 : 100L * done / total));
                err.flush();
            }
        }
    }

    /** Parses a selection rule. */
    static final class SelectionConverter implements ITypeConverter<Selection> {
        @Override
        public Selection convert(String value) {
            try {
                return Selection.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Parses a calibrator kind. */
    static final class CalibratorKindConverter implements ITypeConverter<CalibratorKind> {
        @Override
        public CalibratorKind convert(String value) {
            try {
                return ModelKinds.calibrator(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Parses a duration such as 7d or 12h. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
