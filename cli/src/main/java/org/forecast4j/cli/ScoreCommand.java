package org.forecast4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.scoring.ScoreAccumulator;
import org.forecast4j.core.scoring.ScoreReport;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.features.csv.CsvReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forecast score}: proper scores of a CSV of forecasts and outcomes. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score probability forecasts against binary outcomes: Brier score, log loss, Murphy and CORP"
                + " decompositions, ECE and reliability bins with Jeffreys intervals.",
            "Outcomes may be 0/1, true/false or yes/no."})
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with a header row.")
    Path data;

    @Option(names = "--prob", required = true, paramLabel = "COL", description = "Column of probabilities in [0, 1].")
    String probColumn;

    @Option(names = "--outcome", required = true, paramLabel = "COL", description = "Column of outcomes.")
    String outcomeColumn;

    @Option(names = "--weight", paramLabel = "COL", description = "Optional column of positive weights.")
    String weightColumn;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "10",
            description = "Equal-width reliability bins (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--bootstrap", paramLabel = "R", defaultValue = "1000",
            description = "Bootstrap resamples for the Brier interval, 0 for none (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.9",
            description = "Coverage of the intervals (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Override
    public Integer call() {
        ScoringOptions options;
        try {
            options = CliChecks.scoring(spec.commandLine(), bins, bootstrap, level, seed);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ScoreAccumulator accumulator = new ScoreAccumulator(options);
        try (CsvReader csv = CsvReader.open(data)) {
            int p = csv.column(probColumn);
            int y = csv.column(outcomeColumn);
            int w = weightColumn == null ? -1 : csv.column(weightColumn);
            while (csv.next()) {
                double probability = csv.probability(p);
                boolean outcome = csv.outcome(y);
                if (w < 0) {
                    accumulator.add(probability, outcome);
                } else {
                    double weight = csv.number(w);
                    if (!(weight > 0)) {
                        throw csv.invalid(w, "is not a positive weight");
                    }
                    accumulator.add(probability, outcome, weight);
                }
            }
        }
        if (accumulator.count() == 0) {
            throw InvalidInputException.of(data.toString(), "has a header but no data rows: nothing to score");
        }
        ScoreReport report = accumulator.snapshot();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ForecastJson.toPrettyJson(report));
        } else {
            out.println(data + ": " + report.n() + " forecasts");
            out.println();
            out.print(report);
        }
        out.flush();
        return ForecastCli.OK;
    }
}
