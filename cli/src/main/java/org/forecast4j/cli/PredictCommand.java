package org.forecast4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.forecast4j.core.calibration.CalibrationInput;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.features.csv.CsvTable;
import org.forecast4j.features.csv.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code forecast predict}: adds model probabilities, calibrated probabilities, or both to the rows of a CSV
 * file. Each source ({@link #fromModel}, {@link #calibrate}) produces {@link Predictions}, which
 * {@link #write} appends to the input.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add the probabilities of a fitted model to the rows of a CSV file: the input columns, then"
                + " p, and for Bayesian and market-anchored models the 90%% credible interval p_lower, p_upper.",
            "With --calibrator, also add p_calibrated: the calibrator applied to the model's p, or, without"
                + " --model, to the column given by --prob (or --score for a calibrator fitted on scores).",
            "The file needs a numeric column for every feature of the model; other columns are copied as they are."})
public final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Model file written by 'forecast fit' (or the library).")
    Path modelFile;

    @Option(names = "--calibrator", paramLabel = "FILE",
            description = "Calibrator file written by 'forecast calibrate'; adds p_calibrated.")
    Path calibratorFile;

    @Option(names = "--prob", paramLabel = "COL",
            description = "With --calibrator and no --model: the column of probabilities to calibrate.")
    String probColumn;

    @Option(names = "--score", paramLabel = "COL",
            description = "With --calibrator and no --model: the column of raw scores, for a calibrator fitted"
                    + " with --score.")
    String scoreColumn;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with a header row.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Output CSV file (default: standard output).")
    Path out;

    /**
     * New columns to append, one value per input row.
     *
     * @param columns the new column names
     * @param values {@code values[c][row]}
     */
    record Predictions(List<String> columns, double[][] values) {
    }

    @Override
    public Integer call() {
        checkOptions();
        Calibrator calibrator = calibratorFile == null ? null : readCalibrator();
        CsvTable table = CsvTable.read(data);
        List<String> columns = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        if (modelFile != null) {
            Predictions model = fromModel(table);
            columns.addAll(model.columns());
            values.addAll(List.of(model.values()));
        }
        if (calibratorFile != null) {
            double[] input = modelFile != null ? values.get(0)
                    : probColumn != null ? table.probabilityColumn(probColumn) : table.numericColumn(scoreColumn);
            Predictions calibrated = calibrate(calibrator, input);
            columns.addAll(calibrated.columns());
            values.addAll(List.of(calibrated.values()));
        }
        write(table, new Predictions(columns, values.toArray(new double[0][])));
        return ForecastCli.OK;
    }

    /** Usage errors (exit 2) for option combinations picocli cannot express alone. */
    private void checkOptions() {
        if (modelFile == null && calibratorFile == null) {
            throw new ParameterException(spec.commandLine(), "give --model, --calibrator, or both");
        }
        if (probColumn != null && scoreColumn != null) {
            throw new ParameterException(spec.commandLine(), "give --prob or --score, not both");
        }
        if (modelFile != null && (probColumn != null || scoreColumn != null)) {
            throw new ParameterException(spec.commandLine(), "--prob and --score are for calibrating a column"
                    + " without --model; with --model the calibrator is applied to the model's p");
        }
        if (modelFile == null && probColumn == null && scoreColumn == null) {
            throw new ParameterException(spec.commandLine(), "--calibrator without --model needs --prob COL"
                    + " (or --score COL): the column to calibrate");
        }
        if (calibratorFile == null && (probColumn != null || scoreColumn != null)) {
            throw new ParameterException(spec.commandLine(), "--prob and --score need --calibrator");
        }
    }

    /** Reads the calibrator file and checks it was fitted on the kind of input it will be given. */
    private Calibrator readCalibrator() {
        Calibrator calibrator = ModelReaders.readCalibrator(calibratorFile);
        CalibrationInput fittedOn = CalibrationInput.of(calibrator.toDocument());
        CalibrationInput given = scoreColumn != null ? CalibrationInput.SCORE : CalibrationInput.PROBABILITY;
        if (fittedOn != given) {
            String source = modelFile != null ? "the model's probabilities"
                    : given == CalibrationInput.SCORE ? "--score " + scoreColumn : "--prob " + probColumn;
            throw new InvalidInputException(calibratorFile.toString(), 0, "features", fittedOn.label(),
                    "this calibrator was fitted on " + fittedOn.label() + " values, but predict would apply it to "
                            + source + (fittedOn == CalibrationInput.SCORE && modelFile == null
                                    ? "; use --score COL" : "; refit it with 'forecast calibrate --prob'"));
        }
        return calibrator;
    }

    /** Applies a calibrator to one value per row. */
    private static Predictions calibrate(Calibrator calibrator, double[] input) {
        double[] calibrated = new double[input.length];
        for (int r = 0; r < input.length; r++) {
            calibrated[r] = calibrator.calibrate(input[r]);
        }
        return new Predictions(List.of("p_calibrated"), new double[][] {calibrated});
    }

    /** Scores every row with the model file's model. */
    private Predictions fromModel(CsvTable table) {
        ProbabilityModel model = ModelReaders.readModel(modelFile);
        List<String> names = model.schema().names();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!table.hasColumn(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(data.toString(), 0, String.join(", ", missing), null,
                    (missing.size() == 1 ? "is a feature" : "are features") + " of the model " + modelFile
                            + " but not " + (missing.size() == 1 ? "a column" : "columns") + " of this file"
                            + " (columns: " + String.join(", ", table.header()) + ")");
        }
        double[][] x = table.numericMatrix(names);
        int n = table.rowCount();
        if (model instanceof BayesianLogisticModel || model instanceof MarketAnchoredModel) {
            LinearLogOddsModel bayes = (LinearLogOddsModel) model;
            double[][] values = new double[3][n];
            for (int r = 0; r < n; r++) {
                values[0][r] = bayes.probability(x[r]);
                ProbabilityInterval interval = bayes.interval(x[r]);
                values[1][r] = interval.lower();
                values[2][r] = interval.upper();
            }
            return new Predictions(List.of("p", "p_lower", "p_upper"), values);
        }
        double[][] values = new double[1][n];
        for (int r = 0; r < n; r++) {
            values[0][r] = model.probability(x[r]);
        }
        return new Predictions(List.of("p"), values);
    }

    /** Writes the input columns followed by the new ones, atomically to --out or to standard output. */
    private void write(CsvTable table, Predictions predictions) {
        for (String column : predictions.columns()) {
            if (table.hasColumn(column)) {
                throw new InvalidInputException(data.toString(), 0, column, null, "is already a column of this"
                        + " file, and predict adds a column of that name; rename it");
            }
        }
        List<String> header = new ArrayList<>(table.header());
        header.addAll(predictions.columns());
        int inputs = table.header().size();
        PrintWriter printer = spec.commandLine().getOut();
        try (CsvWriter writer = out == null ? CsvWriter.to(printer, header) : CsvWriter.create(out, header)) {
            Object[] cells = new Object[header.size()];
            for (int r = 0; r < table.rowCount(); r++) {
                List<String> row = table.row(r);
                for (int c = 0; c < inputs; c++) {
                    cells[c] = row.get(c);
                }
                for (int c = 0; c < predictions.columns().size(); c++) {
                    cells[inputs + c] = predictions.values()[c][r];
                }
                writer.row(cells);
            }
            writer.commit();
        }
        if (out != null) {
            printer.printf("%s: wrote %d rows with %s to %s%n", data, table.rowCount(),
                    String.join(", ", predictions.columns()), out);
            printer.flush();
        }
    }
}
