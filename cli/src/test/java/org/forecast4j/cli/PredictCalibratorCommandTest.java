package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.features.csv.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast predict --calibrator}: calibrating a probability column, a score column, or a model's p. */
class PredictCalibratorCommandTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path calibrate(String method, String inputOption, Path data) {
        Path out = dir.resolve(method + inputOption + ".json");
        CliRun run = CliRun.of("calibrate", "--method", method, "--data", data.toString(), inputOption, "v",
                "--outcome", "y", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    @Test
    void isotonicCalibratorAddsPCalibratedToAProbabilityColumn() throws IOException {
        // scikit-learn test_isotonic_regression_with_ties_in_differently_sized_groups, inputs scaled to [0, 1]:
        // scikit-learn's points x [0, .25, .75, 1], y [0, .25, .25, 1]; the one-example end blocks are kept off
        // 0 and 1 (0 -> min(1/3, .25), 1 -> 2/3), leaving x [0, .75, 1], y [.25, .25, 2/3]; linear between.
        Path train = csv("train.csv", "v,y\n0,0\n0.25,0\n0.25,1\n0.5,0\n0.75,0\n1,1\n");
        Path calibrator = calibrate("isotonic", "--prob", train);
        Path data = csv("new.csv", "id,v\na,0.5\nb,0.875\nc,0.1\n");
        Path out = dir.resolve("out.csv");
        CliRun run = CliRun.of("predict", "--calibrator", calibrator.toString(), "--data", data.toString(),
                "--prob", "v", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        CsvTable table = CsvTable.read(out);
        assertEquals(List.of("id", "v", "p_calibrated"), table.header());
        double[] calibrated = table.numericColumn("p_calibrated");
        assertEquals(0.25, calibrated[0], 1e-15);                         // flat between 0 and .75
        assertEquals(0.25 + 0.5 * (2.0 / 3 - 0.25), calibrated[1], 1e-15); // halfway from (.75, .25) to (1, 2/3)
        assertEquals(0.25, calibrated[2], 1e-15);                         // flat
    }

    @Test
    void scoreCalibratorNeedsTheScoreOption() throws IOException {
        // scikit-learn test_sigmoid_calibration data; the exact MLE (calibration_reference.py) is
        // a = 0.20261448961847559, b = -0.65236663899844904 in p = σ(a·s + b).
        Path train = csv("train.csv", "v,y\n5,1\n-4,0\n1,0\n");
        Path calibrator = calibrate("platt", "--score", train);
        Path data = csv("new.csv", "v\n2.5\n");
        CliRun run = CliRun.of("predict", "--calibrator", calibrator.toString(), "--data", data.toString(),
                "--score", "v");
        assertEquals(0, run.exitCode(), run.err());
        double expected = 1 / (1 + Math.exp(-(0.20261448961847559 * 2.5 - 0.65236663899844904)));
        assertEquals(expected, Double.parseDouble(run.out().split("\n")[1].split(",")[1]), 1e-9);
        assertEquals(expected, ((PlattCalibrator) ModelReaders.readCalibrator(calibrator)).calibrate(2.5), 1e-15);

        CliRun wrong = CliRun.of("predict", "--calibrator", calibrator.toString(), "--data", data.toString(),
                "--prob", "v");
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("this calibrator was fitted on score values")
                && wrong.err().contains("use --score COL"), wrong.err());
    }

    @Test
    void modelAndCalibratorTogetherCalibrateTheModelsP() throws IOException {
        Path train = csv("train.csv", "x,y\n-2,0\n-1,0\n-0.5,1\n0,0\n0.5,1\n1,0\n1.5,1\n2,1\n");
        Path model = dir.resolve("m.json");
        assertEquals(0, CliRun.of("fit", "--data", train.toString(), "--label", "y", "--model", "logistic",
                "--out", model.toString()).exitCode());
        Path probabilities = dir.resolve("p.csv");
        assertEquals(0, CliRun.of("predict", "--model", model.toString(), "--data", train.toString(), "--out",
                probabilities.toString()).exitCode());
        // Fit an isotonic calibrator on the model's own p, then apply model + calibrator in one go.
        Path calibrationData = csv("cal.csv", "v,y\n" + String.join("\n", rows(CsvTable.read(probabilities))) + "\n");
        Path calibrator = calibrate("isotonic", "--prob", calibrationData);
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--calibrator", calibrator.toString(),
                "--data", train.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("x,y,p,p_calibrated\n"), run.out());
        CsvTable both = CsvTable.read(csv("both.csv", run.out()));
        double[] p = both.numericColumn("p");
        double[] calibrated = both.numericColumn("p_calibrated");
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[i - 1]) {
                assertTrue(calibrated[i] >= calibrated[i - 1], "isotonic calibration keeps the order");
            }
        }
    }

    private static List<String> rows(CsvTable table) {
        double[] p = table.numericColumn("p");
        List<String> y = table.textColumn("y");
        java.util.ArrayList<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            rows.add(p[i] + "," + y.get(i));
        }
        return rows;
    }

    @Test
    void optionCombinationsAreUsageErrors() throws IOException {
        Path data = csv("d.csv", "v\n0.5\n");
        Path calibrator = dir.resolve("c.json");
        assertEquals(2, CliRun.of("predict", "--data", data.toString()).exitCode());
        CliRun noColumn = CliRun.of("predict", "--calibrator", calibrator.toString(), "--data", data.toString());
        assertEquals(2, noColumn.exitCode());
        assertTrue(noColumn.err().contains("needs --prob COL"), noColumn.err());
        assertEquals(2, CliRun.of("predict", "--calibrator", calibrator.toString(), "--data", data.toString(),
                "--prob", "v", "--score", "v").exitCode());
        assertEquals(2, CliRun.of("predict", "--model", calibrator.toString(), "--data", data.toString(),
                "--prob", "v").exitCode());
    }
}
