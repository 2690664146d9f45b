package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.LogisticModel;
import org.forecast4j.core.model.ModelReaders;
import org.forecast4j.core.model.ProbabilityInterval;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code forecast fit} and {@code forecast predict}, in-process. The data are Spector &amp; Mazzeo (1980)
 * (src/test/resources/spector.csv; the rows of statsmodels' spector dataset and Rdatasets'
 * csv/AER/ProgramEffectiveness.csv). Reference values: core/src/test/python/logistic_reference.py,
 * "spector decimal".
 */
class FitPredictCommandTest {

    @TempDir
    Path dir;

    private Path spector;

    @BeforeEach
    void copySpector() throws IOException {
        spector = dir.resolve("spector.csv");
        try (InputStream in = FitPredictCommandTest.class.getResourceAsStream("/spector.csv")) {
            Files.copy(in, spector);
        }
    }

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void fitLogisticPrintsTheDocumentedJsonAndWritesTheModel() {
        Path model = dir.resolve("m.json");
        CliRun run = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "logistic",
                "--out", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(List.of("model", "coefficients", "standardErrors", "logLikelihood", "iterations", "converged"),
                names(json));
        assertEquals("logistic", json.get("model").asString());
        assertEquals(List.of("intercept", "gpa", "tuce", "psi"), names(json.get("coefficients")));
        assertEquals(List.of("intercept", "gpa", "tuce", "psi"), names(json.get("standardErrors")));
        assertEquals(-13.021346858115688, json.get("coefficients").get("intercept").asDouble(), 1e-8);
        assertEquals(2.8261125948893193, json.get("coefficients").get("gpa").asDouble(), 1e-9);
        assertEquals(0.095157661317909467, json.get("coefficients").get("tuce").asDouble(), 1e-10);
        assertEquals(2.3786876550933536, json.get("coefficients").get("psi").asDouble(), 1e-9);
        assertEquals(4.9313242136028324, json.get("standardErrors").get("intercept").asDouble(), 1e-8);
        assertEquals(1.0645642544971354, json.get("standardErrors").get("psi").asDouble(), 1e-9);
        assertEquals(-12.889634222131413, json.get("logLikelihood").asDouble(), 1e-10);
        assertTrue(json.get("converged").asBoolean());
        assertTrue(json.get("iterations").asInt() >= 1);
        LogisticModel read = (LogisticModel) ModelReaders.readModel(model);
        assertEquals(json.get("coefficients").get("gpa").asDouble(), read.coefficient(0), 0.0);
    }

    @Test
    void fitThenPredictAppendsProbabilities() throws IOException {
        Path model = dir.resolve("m.json");
        CliRun fit = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "logistic",
                "--out", model.toString());
        assertEquals(0, fit.exitCode(), fit.err());
        assertTrue(fit.out().startsWith(spector + ": 32 rows, label 'grade'; wrote " + model + "\n\n"
                + "logistic regression (maximum likelihood): 32 rows, 3 features\n"), fit.out());
        assertTrue(fit.out().contains("intercept     -13.0213      4.9313"), fit.out());

        Path predictions = dir.resolve("p.csv");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", spector.toString(), "--out",
                predictions.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        assertEquals(spector + ": wrote 32 rows with p to " + predictions + "\n", predict.out());
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(33, lines.size());
        assertEquals("gpa,tuce,psi,grade,p", lines.get(0));
        LogisticModel read = (LogisticModel) ModelReaders.readModel(model);
        assertEquals("2.66,20,0,0," + read.probability(new double[] {2.66, 20, 0}), lines.get(1));
        // Row 1's fitted probability, from the numpy fit of logistic_reference.py (decimal GPA): 0.026578.
        assertEquals(0.02657799, Double.parseDouble(lines.get(1).split(",")[4]), 1e-6);

        // Without --out the CSV goes to standard output, byte for byte the same.
        CliRun stdout = CliRun.of("predict", "--model", model.toString(), "--data", spector.toString());
        assertEquals(0, stdout.exitCode(), stdout.err());
        assertEquals(Files.readString(predictions), stdout.out());
    }

    @Test
    void fitBayesianPrintsThePosteriorAndPredictAddsTheInterval() throws IOException {
        Path model = dir.resolve("b.json");
        CliRun run = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "bayes-logistic",
                "--prior-sd", "2", "--out", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(List.of("model", "coefficients", "standardErrors", "logLikelihood", "iterations", "converged",
                "posteriorMean", "posteriorSd", "logEvidence"), names(json));
        assertEquals("bayes-logistic", json.get("model").asString());
        // logistic_reference.py, "spector decimal bayes priorSd=2".
        assertEquals(-9.0946415933885589, json.get("posteriorMean").get("intercept").asDouble(), 1e-8);
        assertEquals(1.8151089419045912, json.get("posteriorMean").get("gpa").asDouble(), 1e-9);
        assertEquals(0.90041444362900236, json.get("posteriorSd").get("gpa").asDouble(), 1e-9);
        assertEquals(-22.259355893595437, json.get("logEvidence").asDouble(), 1e-9);
        assertEquals(-13.390563094643259, json.get("logLikelihood").asDouble(), 1e-9);
        assertEquals(json.get("posteriorMean"), json.get("coefficients"));
        assertEquals(json.get("posteriorSd"), json.get("standardErrors"));

        // Feature columns are found by name: a reordered file with an extra text column works.
        Path reordered = csv("new.csv", "name,psi,gpa,tuce\n\"Smith, J.\",1,3.1,22\nLee,0,2.5,18\n");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", reordered.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        String[] lines = predict.out().split("\n");
        assertEquals("name,psi,gpa,tuce,p,p_lower,p_upper", lines[0]);
        BayesianLogisticModel read = (BayesianLogisticModel) ModelReaders.readModel(model);
        double[] x = {3.1, 22, 1};
        ProbabilityInterval interval = read.interval(x);
        assertEquals("\"Smith, J.\",1,3.1,22," + read.probability(x) + "," + interval.lower() + "," + interval.upper(),
                lines[1]);
        assertTrue(interval.lower() < read.probability(x) && read.probability(x) < interval.upper());
    }

    @Test
    void featuresDefaultToEveryColumnButTheLabelAndCanBeChosen() throws IOException {
        Path model = dir.resolve("m.json");
        CliRun run = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--features", "psi,gpa",
                "--model", "logistic", "--l2", "0.5", "--out", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("intercept", "psi", "gpa"), names(ForecastJson.mapper().readTree(run.out())
                .get("coefficients")));
        LogisticModel read = (LogisticModel) ModelReaders.readModel(model);
        assertEquals(List.of("psi", "gpa"), read.schema().names());
        assertEquals(0.5, read.l2());

        Path lacking = csv("lacking.csv", "gpa,tuce\n3.0,20\n");
        CliRun missing = CliRun.of("predict", "--model", model.toString(), "--data", lacking.toString());
        assertEquals(1, missing.exitCode());
        assertEquals("predict: error: " + lacking + ", field 'psi': is a feature of the model " + model
                + " but not a column of this file (columns: gpa, tuce)\n", missing.err());
    }

    @Test
    void separatedDataFailWithAdviceAndWriteNoModel() throws IOException {
        Path separated = csv("sep.csv", "dose,y\n1,0\n2,0\n3,0\n4,1\n5,1\n6,1\n");
        Path model = dir.resolve("never.json");
        CliRun run = CliRun.of("fit", "--data", separated.toString(), "--label", "y", "--model", "logistic", "--out",
                model.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("fit: error: " + separated + ": the data are completely separated: 'dose'"
                + " alone separates them"), run.err());
        assertTrue(run.err().contains("--l2") && run.err().contains("--model bayes-logistic"), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(model));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains("never")).count());
        }

        // The suggested remedies work.
        assertEquals(0, CliRun.of("fit", "--data", separated.toString(), "--label", "y", "--model", "logistic",
                "--l2", "1", "--out", model.toString()).exitCode());
        assertEquals(0, CliRun.of("fit", "--data", separated.toString(), "--label", "y", "--model",
                "bayes-logistic", "--out", model.toString()).exitCode());
    }

    @Test
    void badFitsAndInputsExitOneWithTheProblemNamed() throws IOException {
        Path model = dir.resolve("m.json");
        Path collinear = csv("col.csv", "a,b,y\n1,2,0\n2,4,1\n3,6,0\n4,8,1\n5,10,1\n");
        CliRun col = CliRun.of("fit", "--data", collinear.toString(), "--label", "y", "--model", "logistic", "--out",
                model.toString());
        assertEquals(1, col.exitCode());
        assertTrue(col.err().contains("feature 'b' is a linear combination of 'a' (b = 2·a)"), col.err());
        assertFalse(Files.exists(model));

        CliRun noConvergence = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model",
                "logistic", "--max-iter", "1", "--out", model.toString());
        assertEquals(1, noConvergence.exitCode());
        assertTrue(noConvergence.err().contains("did not converge in 1 Newton iterations"), noConvergence.err());
        assertFalse(Files.exists(model));

        Path bad = csv("bad.csv", "a,y\n1,0\nx,1\n");
        CliRun value = CliRun.of("fit", "--data", bad.toString(), "--label", "y", "--model", "logistic", "--out",
                model.toString());
        assertEquals(1, value.exitCode());
        assertEquals("fit: error: " + bad + " line 3, field 'a': value 'x' is not a number\n", value.err());

        CliRun label = CliRun.of("fit", "--data", spector.toString(), "--label", "passed", "--model", "logistic",
                "--out", model.toString());
        assertEquals(1, label.exitCode());
        assertTrue(label.err().contains("field 'passed': is not a column of this file"), label.err());

        Path header = csv("header.csv", "a,y\n");
        assertTrue(CliRun.of("fit", "--data", header.toString(), "--label", "y", "--model", "logistic", "--out",
                model.toString()).err().contains("has a header but no data rows"));
        assertFalse(Files.exists(model));

        Path notAModel = csv("not-a-model.json", "{\"formatVersion\": 1}");
        CliRun wrong = CliRun.of("predict", "--model", notAModel.toString(), "--data", spector.toString());
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("field 'kind'"), wrong.err());
        CliRun absent = CliRun.of("predict", "--model", dir.resolve("none.json").toString(), "--data",
                spector.toString());
        assertEquals(1, absent.exitCode());
        assertTrue(absent.err().contains("file not found"), absent.err());

        assertEquals(0, CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "logistic",
                "--out", model.toString()).exitCode());
        Path withP = csv("withp.csv", "gpa,tuce,psi,p\n3,20,1,0.4\n");
        CliRun clash = CliRun.of("predict", "--model", model.toString(), "--data", withP.toString());
        assertEquals(1, clash.exitCode());
        assertTrue(clash.err().contains("field 'p': is already a column of this file"), clash.err());
    }

    @Test
    void usageErrorsExitTwo() {
        String out = dir.resolve("m.json").toString();
        CliRun kind = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "probit",
                "--out", out);
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("--model must be logistic or bayes-logistic, got 'probit'"), kind.err());
        CliRun l2 = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "bayes-logistic",
                "--l2", "1", "--out", out);
        assertEquals(2, l2.exitCode());
        assertTrue(l2.err().contains("--l2 applies to --model logistic"), l2.err());
        CliRun prior = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "logistic",
                "--prior-sd", "1", "--out", out);
        assertEquals(2, prior.exitCode());
        CliRun negative = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--model", "logistic",
                "--l2", "-1", "--out", out);
        assertEquals(2, negative.exitCode());
        assertTrue(negative.err().contains("l2 must be a finite number >= 0, got -1.0"), negative.err());
        CliRun labelAsFeature = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--features",
                "gpa,grade", "--model", "logistic", "--out", out);
        assertEquals(2, labelAsFeature.exitCode());
        assertTrue(labelAsFeature.err().contains("--features includes the label column 'grade'"),
                labelAsFeature.err());
        CliRun twice = CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--features", "gpa,gpa",
                "--model", "logistic", "--out", out);
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("feature name 'gpa' appears twice"), twice.err());
        assertEquals(2, CliRun.of("fit", "--data", spector.toString(), "--label", "grade", "--out", out).exitCode());
        assertEquals(2, CliRun.of("predict", "--data", spector.toString()).exitCode());
        assertFalse(Files.exists(dir.resolve("m.json")));
    }
}
