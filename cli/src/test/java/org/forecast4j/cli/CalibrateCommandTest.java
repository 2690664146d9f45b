package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.core.calibration.IsotonicCalibrator;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.kinds.ModelReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CalibrateCommandTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void plattOnScoresReproducesScikitLearnAndWritesAReadableFile() throws IOException {
        // scikit-learn test_sigmoid_calibration: scores [5, -4, 1], outcomes [1, 0, 0] -> A = -0.2026, B = 0.6524
        // in p = 1/(1 + exp(A s + B)); exact MLE a = 0.20261448961847559, b = -0.65236663899844904
        // (core/src/test/python/calibration_reference.py).
        Path data = csv("s.csv", "score,y\n5,1\n-4,0\n1,0\n");
        Path out = dir.resolve("platt.json");
        CliRun run = CliRun.of("calibrate", "--method", "platt", "--data", data.toString(), "--score", "score",
                "--outcome", "y", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals("platt", json.get("method").asString());
        assertEquals("score", json.get("input").asString());
        assertEquals(3, json.get("n").asInt());
        assertEquals(0.20261448961847559, json.get("parameters").get("a").asDouble(), 1e-10);
        assertEquals(-0.65236663899844904, json.get("parameters").get("b").asDouble(), 1e-10);
        Calibrator read = ModelReaders.readCalibrator(out);
        assertTrue(read instanceof PlattCalibrator);
        assertEquals(json.get("parameters").get("a").asDouble(), ((PlattCalibrator) read).a());
    }

    @Test
    void isotonicOnProbabilitiesPrintsThePointsAndATable() throws IOException {
        // scikit-learn test_isotonic_regression_with_ties_in_differently_sized_groups, inputs scaled to [0, 1]:
        // x = [0, .25, .25, .5, .75, 1], y = [0, 0, 1, 0, 0, 1] -> kept points x [0, .25, .75, 1], y [0, .25, .25, 1];
        // the one-example end blocks are kept off 0 and 1 (0 -> min(1/3, .25), 1 -> 2/3): x [0, .75, 1].
        Path data = csv("p.csv", "p,y\n0,0\n0.25,0\n0.25,1\n0.5,0\n0.75,0\n1,1\n");
        Path out = dir.resolve("iso.json");
        CliRun run = CliRun.of("calibrate", "--method", "isotonic", "--data", data.toString(), "--prob", "p",
                "--outcome", "y", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode parameters = ForecastJson.mapper().readTree(run.out()).get("parameters");
        assertEquals("[0.0,0.75,1.0]", parameters.get("x").toString());
        assertEquals("[0.25,0.25,0.6666666666666666]", parameters.get("y").toString());
        IsotonicCalibrator read = (IsotonicCalibrator) ModelReaders.readCalibrator(out);
        assertEquals(0.25 + 0.5 * (2.0 / 3 - 0.25), read.calibrate(0.875), 1e-15);

        CliRun text = CliRun.of("calibrate", "--method", "ISOTONIC", "--data", data.toString(), "--prob", "p",
                "--outcome", "y", "--out", out.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Isotonic calibrator: 3 points"), text.out());
        assertTrue(text.out().contains("Wrote " + out), text.out());
    }

    @Test
    void betaPrintsABC() throws IOException {
        StringBuilder sb = new StringBuilder("p,y\n");
        double[] s = {0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
        int[] y = {1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1};
        for (int i = 0; i < s.length; i++) {
            sb.append(s[i]).append(',').append(y[i]).append('\n');
        }
        Path data = csv("b.csv", sb.toString());
        CliRun run = CliRun.of("calibrate", "--method", "beta", "--data", data.toString(), "--prob", "p",
                "--outcome", "y", "--out", dir.resolve("beta.json").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode parameters = ForecastJson.mapper().readTree(run.out()).get("parameters");
        // calibration_reference.py: the full fit has a < 0, so a = 0, b = 1.2174993358676416, c = -1.026572146231417.
        assertEquals(0.0, parameters.get("a").asDouble());
        assertEquals(1.2174993358676416, parameters.get("b").asDouble(), 1e-9);
        assertEquals(-1.026572146231417, parameters.get("c").asDouble(), 1e-9);
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path data = csv("p.csv", "p,s,y\n0.2,1,0\n0.7,2,1\n");
        String out = dir.resolve("c.json").toString();
        CliRun both = CliRun.of("calibrate", "--method", "platt", "--data", data.toString(), "--prob", "p",
                "--score", "s", "--outcome", "y", "--out", out);
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        CliRun neither = CliRun.of("calibrate", "--method", "platt", "--data", data.toString(), "--outcome", "y",
                "--out", out);
        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().contains("--prob") && neither.err().contains("--score"), neither.err());
        CliRun method = CliRun.of("calibrate", "--method", "sigmoid", "--data", data.toString(), "--prob", "p",
                "--outcome", "y", "--out", out);
        assertEquals(2, method.exitCode());
        assertTrue(method.err().contains("--method must be platt, isotonic or beta, got 'sigmoid'"), method.err());
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void badDataExitsOneNamingFileLineAndValue() throws IOException {
        String out = dir.resolve("c.json").toString();
        Path bad = csv("bad.csv", "p,y\n0.2,0\n1.3,1\n");
        CliRun run = CliRun.of("calibrate", "--method", "platt", "--data", bad.toString(), "--prob", "p",
                "--outcome", "y", "--out", out);
        assertEquals(1, run.exitCode());
        assertEquals("calibrate: error: " + bad + " line 3, field 'p': value '1.3' is not a probability in [0, 1]\n",
                run.err());
        Path scores = csv("scores.csv", "s,y\n0.2,0\n3,1\n");
        CliRun beta = CliRun.of("calibrate", "--method", "beta", "--data", scores.toString(), "--score", "s",
                "--outcome", "y", "--out", out);
        assertEquals(1, beta.exitCode());
        assertTrue(beta.err().contains("line 3, field 's': value '3' is not in [0, 1]"), beta.err());
        Path separated = csv("sep.csv", "p,y\n0.1,0\n0.2,0\n0.8,1\n0.9,1\n");
        CliRun sep = CliRun.of("calibrate", "--method", "beta", "--data", separated.toString(), "--prob", "p",
                "--outcome", "y", "--out", out);
        assertEquals(1, sep.exitCode());
        assertTrue(sep.err().contains(separated + ": beta calibration has no maximum-likelihood fit"), sep.err());
        Path header = csv("header.csv", "p,y\n");
        CliRun empty = CliRun.of("calibrate", "--method", "isotonic", "--data", header.toString(), "--prob", "p",
                "--outcome", "y", "--out", out);
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().contains("no data rows"), empty.err());
        CliRun column = CliRun.of("calibrate", "--method", "platt", "--data", bad.toString(), "--prob", "q",
                "--outcome", "y", "--out", out);
        assertTrue(column.err().contains("field 'q': is not a column of this file"), column.err());
        assertFalse(Files.exists(Path.of(out)), "nothing written on failure");
    }

    @Test
    void forecastBenchMarketsCalibrateAndReadBack() {
        Path data = Path.of(System.getProperty("forecast4j.shared", "../../shared"), "data",
                "forecastbench-markets.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(data), "shared data not present: " + data);
        Path out = dir.resolve("fb.json");
        CliRun run = CliRun.of("calibrate", "--method", "platt", "--data", data.toString(), "--prob", "price",
                "--outcome", "outcome", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(977, json.get("n").asInt());
        double a = json.get("parameters").get("a").asDouble();
        assertTrue(a > 0, "market prices carry signal: a = " + a);
        Calibrator c = ModelReaders.readCalibrator(out);
        for (int i = 0; i <= 100; i++) {
            double p = c.calibrate(i / 100.0);
            assertTrue(p >= 0 && p <= 1);
        }
    }
}
