package org.forecast4j.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.forecast4j.backtest.Backtest;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.ForecastSchedule;
import org.forecast4j.backtest.RefitSchedule;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * A walk-forward backtest of the committed synthetic example ({@code backtest/src/test/resources/backtest/example}:
 * 60 seeded questions, their events and weekly market prices): Bayesian logistic regression refitted every 30 days
 * on the questions resolved so far, a forecast of every question every 7 days, scored against the market, the
 * running base rate and 0.5 on the same rows, with a quarter-Kelly trading account against the market. It prints
 * the summary and writes the report files ({@code forecasts.csv}, {@code report.json}, {@code reliability.png},
 * {@code report.html}); the same run as
 * {@code forecast backtest ... --every 7d --refit 30d --min-train 10}.
 *
 * <pre>
 * ./forecast demo &gt;/dev/null    # builds everything once
 * java -cp "examples/target/classes:cli/target/lib/*" -Dforecast4j.home=. org.forecast4j.examples.BacktestExample [OUT_DIR]
 * </pre>
 */
public final class BacktestExample {
    /** The report directory when none is given, under the working directory. */
    public static final Path DEFAULT_OUT = Path.of("backtest-example-out");
    /** Bayesian logistic regression, no calibrator, a forecast every 7 days, a refit every 30, after 10 questions. */
    public static final BacktestConfig CONFIG = BacktestConfig.DEFAULTS
            .withSchedule(ForecastSchedule.every("7d")).withRefit(RefitSchedule.every("30d")).withMinTrain(10);

    private BacktestExample() {
    }

    /**
     * @return the committed example: {@code backtest/src/test/resources/backtest/example} under
     *     {@code forecast4j.home}, or under the working directory when that property is not set
     */
    public static Path exampleDir() {
        return Path.of(System.getProperty("forecast4j.home", "."), "backtest", "src", "test", "resources", "backtest",
                "example");
    }

    /**
     * Runs the backtest on the committed example and writes its report.
     *
     * @param args optionally the report directory (default {@link #DEFAULT_OUT})
     */
    public static void main(String[] args) {
        if (args.length > 1) {
            System.err.println("usage: BacktestExample [OUT_DIR]");
            System.exit(2);
        }
        Path out = args.length == 1 ? Path.of(args[0]) : DEFAULT_OUT;
        run(exampleDir(), out, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Reads an example directory ({@code questions.jsonl}, {@code events.jsonl}, {@code spec.json}), runs the
     * backtest with {@link #CONFIG}, prints the summary and writes the report.
     *
     * @param example the example directory
     * @param outDir the report directory, created if needed
     * @param out receives the summary (the tables of {@link BacktestResult#toString()}) and the files written
     * @return the result
     * @throws org.forecast4j.core.io.InvalidInputException if an input file is missing or malformed
     * @throws UncheckedIOException if the report cannot be written
     */
    public static BacktestResult run(Path example, Path outDir, PrintStream out) {
        List<Question> questions = QuestionReader.read(example.resolve("questions.jsonl"));
        EventLog log = EventReader.readLog(example.resolve("events.jsonl"));
        FeatureSpec spec = FeatureSpec.read(example.resolve("spec.json"));
        BacktestResult result = Backtest.run(CONFIG, questions, log, spec);
        BacktestReport.write(result, outDir);
        out.println("Walk-forward backtest of the synthetic example in " + example);
        out.println();
        out.print(result);
        out.println();
        out.println("Wrote to " + outDir + ":");
        for (String name : List.of(BacktestReport.FORECASTS, BacktestReport.REPORT, BacktestReport.RELIABILITY,
                BacktestReport.HTML)) {
            out.println(String.format(Locale.ROOT, "  %-15s %7d bytes", name, size(outDir.resolve(name))));
        }
        out.flush();
        return result;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }
}
