package org.forecast4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.forecast4j.core.calibration.BetaCalibrator;
import org.forecast4j.core.calibration.CalibrationInput;
import org.forecast4j.core.calibration.IsotonicCalibrator;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.features.csv.CsvTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code forecast calibrate}: fits a calibrator on a CSV of forecasts and outcomes and writes its model file. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit a calibrator on resolved forecasts and write it as a model file.",
            "platt: p = σ(a·s + b), s = logit(p) for --prob or the raw score for --score (Platt's smoothed targets).",
            "isotonic: pool-adjacent-violators, linear between fitted points, flat beyond the ends.",
            "beta: logit p = a·ln s − b·ln(1 − s) + c (Kull et al. 2017); needs values in [0, 1].",
            "Fit only on forecasts made before the ones you will calibrate."})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "platt, isotonic or beta.")
    String method;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with a header row.")
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Exactly one of the two input columns. */
    static final class Input {
        @Option(names = "--prob", required = true, paramLabel = "COL",
                description = "Column of probabilities in [0, 1] to calibrate.")
        String prob;

        @Option(names = "--score", required = true, paramLabel = "COL",
                description = "Column of raw scores to calibrate (beta: scores in [0, 1]).")
        String score;
    }

    @Option(names = "--outcome", required = true, paramLabel = "COL",
            description = "Column of outcomes: 0/1, true/false or yes/no.")
    String outcome;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Calibrator model file to write.")
    Path out;

    @Option(names = "--json", description = "Print method, input, n, parameters and out as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String name = method.toLowerCase(Locale.ROOT);
        if (!name.equals(PlattCalibrator.KIND) && !name.equals(IsotonicCalibrator.KIND)
                && !name.equals(BetaCalibrator.KIND)) {
            throw new ParameterException(spec.commandLine(), "--method must be platt, isotonic or beta, got '"
                    + method + "'");
        }
        CalibrationInput kind = input.prob != null ? CalibrationInput.PROBABILITY : CalibrationInput.SCORE;
        String column = input.prob != null ? input.prob : input.score;
        CsvTable table = CsvTable.read(data);
        double[] values = kind == CalibrationInput.PROBABILITY ? table.probabilityColumn(column)
                : table.numericColumn(column);
        boolean[] outcomes = table.outcomeColumn(outcome);
        if (table.rowCount() == 0) {
            throw InvalidInputException.of(data.toString(), "has a header but no data rows: nothing to calibrate on");
        }
        if (name.equals(BetaCalibrator.KIND) && kind == CalibrationInput.SCORE) {
            int c = table.column(column);
            for (int r = 0; r < values.length; r++) {
                if (!(values[r] >= 0 && values[r] <= 1)) {
                    throw table.invalid(r, c, "is not in [0, 1]: beta calibration needs scores in [0, 1]");
                }
            }
        }
        Calibrator calibrator;
        try {
            calibrator = switch (name) {
                case PlattCalibrator.KIND -> PlattCalibrator.fit(kind, values, outcomes);
                case IsotonicCalibrator.KIND -> IsotonicCalibrator.fit(kind, values, outcomes);
                default -> BetaCalibrator.fit(kind, values, outcomes);
            };
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(data.toString(), e.getMessage());
        }
        ModelDocument document = calibrator.toDocument();
        ModelFiles.write(out, document);
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = ForecastJson.mapper().createObjectNode();
            root.put("method", name);
            root.put("input", kind.label());
            root.put("n", values.length);
            root.set("parameters", document.parameters());
            root.put("out", out.toString());
            printer.print(ForecastJson.toPrettyJson(root));
        } else {
            printer.println(data + ": " + values.length + " forecasts (" + kind.label() + " column '" + column + "')");
            printer.println();
            printer.print(calibrator);
            printer.println();
            printer.println("Wrote " + out);
        }
        printer.flush();
        return ForecastCli.OK;
    }
}
