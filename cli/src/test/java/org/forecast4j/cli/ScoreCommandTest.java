package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ScoreCommandTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void jsonHasTheDocumentedFieldsAndScikitLearnValues() throws IOException {
        // scikit-learn test_brier_score_loss data, outcomes spelled three ways; Brier = 0.1525 / 6.
        Path file = csv("f.csv", "id,p,y\na,0.1,0\nb,0.8,yes\nc,0.9,true\nd,0.3,no\ne,1.0,1\nf,0.95,TRUE\n");
        CliRun run = CliRun.of("score", "--data", file.toString(), "--prob", "p", "--outcome", "y", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        for (String field : List.of("n", "baseRate", "brier", "logLoss", "murphy", "corp", "ece", "bins")) {
            assertTrue(json.has(field), field);
        }
        assertEquals(List.of("reliability", "resolution", "uncertainty"),
                new ArrayList<>(json.get("murphy").propertyNames()));
        assertEquals(List.of("miscalibration", "discrimination", "uncertainty"),
                new ArrayList<>(json.get("corp").propertyNames()));
        assertEquals(6, json.get("n").asInt());
        assertEquals(0.02541666666666666, json.get("brier").asDouble(), 1e-16);
        assertEquals(4.0 / 6, json.get("baseRate").asDouble(), 1e-16);
    }

    @Test
    void forecastBenchMarketBrierMatchesTheDatasetReadme() {
        // ../shared/data/README.md: "Market Brier score over all rows: 0.0617" (977 rows).
        Path data = Path.of(System.getProperty("forecast4j.shared", "../../shared"), "data",
                "forecastbench-markets.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(data), "shared data not present: " + data);
        CliRun run = CliRun.of("score", "--data", data.toString(), "--prob", "price", "--outcome", "outcome",
                "--json", "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(977, json.get("n").asInt());
        assertEquals(0.0617, json.get("brier").asDouble(), 5e-5);
    }

    @Test
    void readableOutputIsATable() throws IOException {
        Path file = csv("f.csv", "p,y\n0.2,0\n0.7,1\n");
        CliRun run = CliRun.of("score", "--data", file.toString(), "--prob", "p", "--outcome", "y", "--bins", "5");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Brier"), run.out());
        assertTrue(run.out().contains("CORP MCB"), run.out());
        assertTrue(run.out().contains("[0.60, 0.80)"), run.out());
    }

    @Test
    void badDataIsRefusedWithFileLineAndValue() throws IOException {
        Path file = csv("bad.csv", "p,y\n0.2,0\n1.3,1\n");
        CliRun run = CliRun.of("score", "--data", file.toString(), "--prob", "p", "--outcome", "y");
        assertEquals(1, run.exitCode());
        assertEquals("score: error: " + file + " line 3, field 'p': value '1.3' is not a probability in [0, 1]\n",
                run.err());
        assertEquals("", run.out());

        Path nan = csv("nan.csv", "p,y\nNaN,1\n");
        assertTrue(CliRun.of("score", "--data", nan.toString(), "--prob", "p", "--outcome", "y").err()
                .contains("line 2, field 'p': value 'NaN' is not a finite number"));

        Path outcome = csv("outcome.csv", "p,y\n0.5,2\n");
        assertTrue(CliRun.of("score", "--data", outcome.toString(), "--prob", "p", "--outcome", "y").err()
                .contains("line 2, field 'y': value '2' is not an outcome"));

        CliRun column = CliRun.of("score", "--data", file.toString(), "--prob", "prob", "--outcome", "y");
        assertEquals(1, column.exitCode());
        assertTrue(column.err().contains("field 'prob': is not a column of this file (columns: p, y)"), column.err());

        Path empty = csv("empty.csv", "");
        CliRun emptyRun = CliRun.of("score", "--data", empty.toString(), "--prob", "p", "--outcome", "y");
        assertEquals(1, emptyRun.exitCode());
        assertTrue(emptyRun.err().contains("is empty"), emptyRun.err());

        Path header = csv("header.csv", "p,y\n");
        assertTrue(CliRun.of("score", "--data", header.toString(), "--prob", "p", "--outcome", "y").err()
                .contains("has a header but no data rows"));

        CliRun missing = CliRun.of("score", "--data", dir.resolve("none.csv").toString(), "--prob", "p",
                "--outcome", "y");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("file not found"), missing.err());

        CliRun bins = CliRun.of("score", "--data", file.toString(), "--prob", "p", "--outcome", "y", "--bins", "0");
        assertEquals(2, bins.exitCode());
        assertTrue(bins.err().contains("--bins must be in 1..10000"), bins.err());
    }
}
