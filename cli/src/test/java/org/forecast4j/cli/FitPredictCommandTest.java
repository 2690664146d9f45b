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
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.model.ProbabilityInterval;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code forecast fit} and {@code forecast predict}, in-process. The data (src/test/resources/donner.csv) are the 45
 * adults (aged 15 or more) of the Donner Party, 1846–47: age, male (1 = male), survived (1 = yes); historical facts
 * (Grayson 1990), the rows of The Statistical Sleuth's case study 20.1 ({@code case2001}) in its order, so not
 * anyone's copyright (see core's TestData.DONNER for where they were checked). Reference values: R's published
 * {@code glm(Status ~ Age + Sex, binomial)} and core/src/test/python/logistic_reference.py, "donner".
 */
class FitPredictCommandTest {

    @TempDir
    Path dir;

    private Path donner;

    @BeforeEach
    void copyDonner() throws IOException {
        donner = dir.resolve("donner.csv");
        try (InputStream in = FitPredictCommandTest.class.getResourceAsStream("/donner.csv")) {
            Files.copy(in, donner);
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
        CliRun run = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "logistic",
                "--out", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(List.of("model", "coefficients", "standardErrors", "logLikelihood", "iterations", "converged"),
                names(json));
        assertEquals("logistic", json.get("model").asString());
        assertEquals(List.of("intercept", "age", "male"), names(json.get("coefficients")));
        assertEquals(List.of("intercept", "age", "male"), names(json.get("standardErrors")));
        // R's glm as published (see core's LogisticRegressionTest.donnerPartyMatchesRsGlmAsPublished): 3.23041,
        // -0.07820, -1.59729, residual deviance 51.256.
        assertEquals(3.23041, json.get("coefficients").get("intercept").asDouble(), 0.5e-5);
        assertEquals(-0.07820, json.get("coefficients").get("age").asDouble(), 0.5e-5);
        assertEquals(-1.59729, json.get("coefficients").get("male").asDouble(), 0.5e-5);
        assertEquals(51.256, -2 * json.get("logLikelihood").asDouble(), 0.5e-3);
        // logistic_reference.py, "donner mle", to full precision.
        assertEquals(3.2304138501419355, json.get("coefficients").get("intercept").asDouble(), 1e-9);
        assertEquals(-0.078204073640845778, json.get("coefficients").get("age").asDouble(), 1e-11);
        assertEquals(-1.5972935158560155, json.get("coefficients").get("male").asDouble(), 1e-9);
        assertEquals(1.3869727092804776, json.get("standardErrors").get("intercept").asDouble(), 1e-9);
        assertEquals(0.037287489226278385, json.get("standardErrors").get("age").asDouble(), 1e-11);
        assertEquals(0.75550135413760622, json.get("standardErrors").get("male").asDouble(), 1e-9);
        assertEquals(-25.628142268288634, json.get("logLikelihood").asDouble(), 1e-10);
        assertTrue(json.get("converged").asBoolean());
        assertTrue(json.get("iterations").asInt() >= 1);
        LogisticModel read = (LogisticModel) ModelReaders.readModel(model);
        assertEquals(json.get("coefficients").get("age").asDouble(), read.coefficient(0), 0.0);
    }

    @Test
    void fitThenPredictAppendsProbabilities() throws IOException {
        Path model = dir.resolve("m.json");
        CliRun fit = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "logistic",
                "--out", model.toString());
        assertEquals(0, fit.exitCode(), fit.err());
        assertTrue(fit.out().startsWith(donner + ": 45 rows, label 'survived'; wrote " + model + "\n\n"
                + "logistic regression (maximum likelihood): 45 rows, 2 features\n"), fit.out());
        assertTrue(fit.out().contains("intercept       3.2304      1.3870   2.329"), fit.out());

        Path predictions = dir.resolve("p.csv");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", donner.toString(), "--out",
                predictions.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        assertEquals(donner + ": wrote 45 rows with p to " + predictions + "\n", predict.out());
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(46, lines.size());
        assertEquals("age,male,survived,p", lines.get(0));
        LogisticModel read = (LogisticModel) ModelReaders.readModel(model);
        assertEquals("23,1,0," + read.probability(new double[] {23, 1}), lines.get(1));
        // Fitted probabilities of rows 1 and 2 (a man of 23, a woman of 40), logistic_reference.py "donner mle".
        assertEquals(0.45870096654690529, Double.parseDouble(lines.get(1).split(",")[3]), 1e-10);
        assertEquals(0.52554047733608678, Double.parseDouble(lines.get(2).split(",")[3]), 1e-10);

        // Without --out the CSV goes to standard output, byte for byte the same.
        CliRun stdout = CliRun.of("predict", "--model", model.toString(), "--data", donner.toString());
        assertEquals(0, stdout.exitCode(), stdout.err());
        assertEquals(Files.readString(predictions), stdout.out());
    }

    @Test
    void fitBayesianPrintsThePosteriorAndPredictAddsTheInterval() throws IOException {
        Path model = dir.resolve("b.json");
        CliRun run = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "bayes-logistic",
                "--prior-sd", "2", "--out", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(List.of("model", "coefficients", "standardErrors", "logLikelihood", "iterations", "converged",
                "posteriorMean", "posteriorSd", "logEvidence"), names(json));
        assertEquals("bayes-logistic", json.get("model").asString());
        // logistic_reference.py, "donner bayes priorSd=2".
        assertEquals(2.970176341870864, json.get("posteriorMean").get("intercept").asDouble(), 1e-9);
        assertEquals(-0.07430172952809469, json.get("posteriorMean").get("age").asDouble(), 1e-11);
        assertEquals(-1.3879117623402788, json.get("posteriorMean").get("male").asDouble(), 1e-9);
        assertEquals(0.03556564290894685, json.get("posteriorSd").get("age").asDouble(), 1e-11);
        assertEquals(0.68567809286231829, json.get("posteriorSd").get("male").asDouble(), 1e-9);
        assertEquals(-34.484178821717762, json.get("logEvidence").asDouble(), 1e-9);
        assertEquals(-25.667871615536114, json.get("logLikelihood").asDouble(), 1e-9);
        assertEquals(json.get("posteriorMean"), json.get("coefficients"));
        assertEquals(json.get("posteriorSd"), json.get("standardErrors"));

        // Feature columns are found by name: a reordered file with an extra text column works.
        Path reordered = csv("new.csv", "name,male,age\n\"Smith, J.\",1,31\nLee,0,52\n");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", reordered.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        String[] lines = predict.out().split("\n");
        assertEquals("name,male,age,p,p_lower,p_upper", lines[0]);
        BayesianLogisticModel read = (BayesianLogisticModel) ModelReaders.readModel(model);
        double[] x = {31, 1};
        ProbabilityInterval interval = read.interval(x);
        assertEquals("\"Smith, J.\",1,31," + read.probability(x) + "," + interval.lower() + "," + interval.upper(),
                lines[1]);
        assertTrue(interval.lower() < read.probability(x) && read.probability(x) < interval.upper());
    }

    @Test
    void featuresDefaultToEveryColumnButTheLabelAndCanBeChosen() throws IOException {
        Path model = dir.resolve("m.json");
        CliRun run = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--features", "male,age",
                "--model", "logistic", "--l2", "0.5", "--out", model.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("intercept", "male", "age"), names(ForecastJson.mapper().readTree(run.out())
                .get("coefficients")));
        LogisticModel read = (LogisticModel) ModelReaders.readModel(model);
        assertEquals(List.of("male", "age"), read.schema().names());
        assertEquals(0.5, read.l2());

        Path lacking = csv("lacking.csv", "age,survived\n30,1\n");
        CliRun missing = CliRun.of("predict", "--model", model.toString(), "--data", lacking.toString());
        assertEquals(1, missing.exitCode());
        assertEquals("predict: error: " + lacking + ", field 'male': is a feature of the model " + model
                + " but not a column of this file (columns: age, survived)\n", missing.err());
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

        CliRun noConvergence = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model",
                "logistic", "--max-iter", "1", "--out", model.toString());
        assertEquals(1, noConvergence.exitCode());
        assertTrue(noConvergence.err().contains("did not converge in 1 Newton iterations"), noConvergence.err());
        assertFalse(Files.exists(model));

        Path bad = csv("bad.csv", "a,y\n1,0\nx,1\n");
        CliRun value = CliRun.of("fit", "--data", bad.toString(), "--label", "y", "--model", "logistic", "--out",
                model.toString());
        assertEquals(1, value.exitCode());
        assertEquals("fit: error: " + bad + " line 3, field 'a': value 'x' is not a number\n", value.err());

        CliRun label = CliRun.of("fit", "--data", donner.toString(), "--label", "passed", "--model", "logistic",
                "--out", model.toString());
        assertEquals(1, label.exitCode());
        assertTrue(label.err().contains("field 'passed': is not a column of this file"), label.err());

        Path header = csv("header.csv", "a,y\n");
        assertTrue(CliRun.of("fit", "--data", header.toString(), "--label", "y", "--model", "logistic", "--out",
                model.toString()).err().contains("has a header but no data rows"));
        assertFalse(Files.exists(model));

        Path notAModel = csv("not-a-model.json", "{\"formatVersion\": 1}");
        CliRun wrong = CliRun.of("predict", "--model", notAModel.toString(), "--data", donner.toString());
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("field 'kind'"), wrong.err());
        CliRun absent = CliRun.of("predict", "--model", dir.resolve("none.json").toString(), "--data",
                donner.toString());
        assertEquals(1, absent.exitCode());
        assertTrue(absent.err().contains("file not found"), absent.err());

        assertEquals(0, CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "logistic",
                "--out", model.toString()).exitCode());
        Path withP = csv("withp.csv", "age,male,p\n30,1,0.4\n");
        CliRun clash = CliRun.of("predict", "--model", model.toString(), "--data", withP.toString());
        assertEquals(1, clash.exitCode());
        assertTrue(clash.err().contains("field 'p': is already a column of this file"), clash.err());
    }

    @Test
    void marketAnchoredFitsPricesAndRefusesWhatIsNotAPrice() throws java.io.IOException {
        java.nio.file.Path prices = dir.resolve("prices.csv");
        StringBuilder csv = new StringBuilder("price,x,outcome\n");
        for (int i = 0; i < 40; i++) {
            double q = 0.1 + 0.02 * i;
            csv.append(q).append(',').append(i % 2).append(',').append(i % 3 == 0 ? 1 : 0).append('\n');
        }
        java.nio.file.Files.writeString(prices, csv.toString());
        String out = dir.resolve("a.json").toString();
        CliRun fit = CliRun.of("fit", "--data", prices.toString(), "--label", "outcome", "--model",
                "market-anchored", "--market", "price", "--prior-sd", "0", "--out", out, "--json");
        assertEquals(0, fit.exitCode(), fit.err());
        assertTrue(fit.out().contains("\"anchor\" : \"price\""), fit.out());
        CliRun predict = CliRun.of("predict", "--model", out, "--data", prices.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        // A prior sd of 0 keeps every forecast at the price, bit for bit.
        assertTrue(predict.out().lines().skip(1).allMatch(l -> {
            String[] f = l.split(",");
            return f[0].equals(f[3]);
        }), predict.out());
        java.nio.file.Files.writeString(prices, "price,x,outcome\n0.5,1,1\n1.3,0,0\n");
        CliRun bad = CliRun.of("fit", "--data", prices.toString(), "--label", "outcome", "--model",
                "market-anchored", "--market", "price", "--out", out);
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains(prices + " line 3, field 'price': value '1.3'"), bad.err());
    }

    @Test
    void usageErrorsExitTwo() {
        String out = dir.resolve("m.json").toString();
        CliRun kind = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "probit",
                "--out", out);
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("--model: unknown model 'probit'; expected one of [bayes-logistic, logistic,"), kind.err());
        CliRun l2 = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "bayes-logistic",
                "--l2", "1", "--out", out);
        assertEquals(2, l2.exitCode());
        assertTrue(l2.err().contains("--l2 does not apply to --model bayes-logistic (it takes --prior-sd,"
                + " --intercept-prior-sd, --max-iter)"), l2.err());
        CliRun prior = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "logistic",
                "--prior-sd", "1", "--out", out);
        assertEquals(2, prior.exitCode());
        CliRun negative = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "logistic",
                "--l2", "-1", "--out", out);
        assertEquals(2, negative.exitCode());
        assertTrue(negative.err().contains("l2 must be a finite number >= 0, got -1.0"), negative.err());
        CliRun labelAsFeature = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--features",
                "age,survived", "--model", "logistic", "--out", out);
        assertEquals(2, labelAsFeature.exitCode());
        assertTrue(labelAsFeature.err().contains("--features includes the label column 'survived'"),
                labelAsFeature.err());
        CliRun twice = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--features", "age,age",
                "--model", "logistic", "--out", out);
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("feature name 'age' appears twice"), twice.err());
        assertEquals(2, CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--out", out).exitCode());
        assertEquals(2, CliRun.of("predict", "--data", donner.toString()).exitCode());
        assertFalse(Files.exists(dir.resolve("m.json")));
    }
}
