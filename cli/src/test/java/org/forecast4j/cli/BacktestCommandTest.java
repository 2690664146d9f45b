package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class BacktestCommandTest {
    static final Path HOME = Path.of(System.getProperty("forecast4j.home", ".."));
    static final Path EXAMPLE = HOME.resolve("backtest/src/test/resources/backtest/example");
    static final Path FB_SPEC = HOME.resolve("backtest/src/test/resources/backtest/forecastbench-spec.json");
    static final Path FB_DATA = Path.of(System.getProperty("forecast4j.shared", "../shared"), "data",
            "forecastbench-markets.csv");

    @TempDir
    Path dir;

    private String[] args(Path out, String... more) {
        List<String> all = new ArrayList<>(List.of("backtest", "--questions",
                EXAMPLE.resolve("questions.jsonl").toString(), "--events", EXAMPLE.resolve("events.jsonl").toString(),
                "--spec", EXAMPLE.resolve("spec.json").toString(), "--out", out.toString()));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    @Test
    void backtestsTheExampleAndWritesFourFiles() throws IOException {
        Path out = dir.resolve("new/out");
        CliRun run = CliRun.of(args(out, "--model", "bayes-logistic", "--prior-sd", "1", "--calibrate", "platt",
                "--every", "7d", "--refit", "30d", "--fee", "0.02", "--kelly-fraction", "0.5", "--min-train", "15"));
        assertEquals(0, run.exitCode(), run.err());
        for (String f : List.of("forecasts.csv", "report.json", "reliability.png", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(run.out().contains("forecaster"), run.out());
        assertTrue(run.out().contains("model - market"), run.out());
        assertTrue(run.out().contains("final wealth"), run.out());
        assertTrue(run.out().contains("wrote forecasts.csv, report.json, reliability.png and report.html"));
        // Not a terminal: plain progress lines on standard error, ending at 100%.
        assertTrue(run.err().contains("backtest: "), run.err());
        assertTrue(run.err().strip().endsWith("(100%)"), run.err());
        JsonNode report = ForecastJson.readTree(out.resolve("report.json"));
        assertEquals("platt", report.get("config").get("calibrator").asString());
        assertEquals(1.0, report.get("config").get("modelOptions").get("prior-sd").asDouble());
        assertEquals(0.02, report.get("trading").get("fee").asDouble());
        assertEquals(0.5, report.get("trading").get("kellyFraction").asDouble());
        assertEquals(15, report.get("config").get("minTrain").asInt());
        BufferedImage image = ImageIO.read(out.resolve("reliability.png").toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        String header = Files.readAllLines(out.resolve("forecasts.csv")).get(0);
        assertTrue(header.startsWith("question,at,p,market,outcome,trainedOn"), header);
    }

    @Test
    void jsonPrintsReportJsonAndRerunsAreIdentical() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliRun first = CliRun.of(args(a, "--at", "prices", "--refit", "incremental", "--json"));
        CliRun second = CliRun.of(args(b, "--at", "prices", "--refit", "incremental", "--json"));
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(Files.readString(a.resolve("report.json")), first.out());
        assertEquals(first.out(), second.out());
        for (String f : List.of("forecasts.csv", "report.json", "reliability.png", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        JsonNode report = ForecastJson.readTree(a.resolve("report.json"));
        assertEquals("incremental", report.get("config").get("refit").asString());
        assertEquals("at prices", report.get("config").get("schedule").asString());
    }

    @Test
    void badInputExitsOneNamingFileLineFieldAndValue() throws IOException {
        Path questions = dir.resolve("questions.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(EXAMPLE.resolve("questions.jsonl")));
        lines.set(2, lines.get(2).replaceFirst("\"outcome\":(true|false)", "\"outcome\":\"maybe\""));
        Files.write(questions, lines);
        CliRun run = CliRun.of("backtest", "--questions", questions.toString(), "--events",
                EXAMPLE.resolve("events.jsonl").toString(), "--spec", EXAMPLE.resolve("spec.json").toString(),
                "--every", "7d", "--out", dir.resolve("o").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("questions.jsonl line 3, field 'outcome'"), run.err());
        assertTrue(run.err().contains("maybe"), run.err());
        assertFalse(Files.exists(dir.resolve("o/report.json")), "nothing written on failure");

        Path noTime = dir.resolve("q2.jsonl");
        Files.writeString(noTime, "{\"id\":\"a\",\"opened\":\"2024-01-01\",\"deadline\":\"2024-03-01\","
                + "\"outcome\":true}\n");
        run = CliRun.of("backtest", "--questions", noTime.toString(), "--events",
                EXAMPLE.resolve("events.jsonl").toString(), "--spec", EXAMPLE.resolve("spec.json").toString(),
                "--every", "7d", "--out", dir.resolve("o").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(noTime + ", field 'resolvedAt'"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        Path out = dir.resolve("u");
        String[][] cases = {
            args(out, "--every", "7x"),
            args(out, "--every", "0d"),
            args(out, "--every", "7d", "--at", "prices"),
            args(out, "--at", "yesterday"),
            args(out),
            args(out, "--every", "7d", "--model", "forest"),
            args(out, "--every", "7d", "--calibrate", "magic"),
            args(out, "--every", "7d", "--refit", "monthly"),
            args(out, "--every", "7d", "--model", "logistic", "--refit", "incremental"),
            args(out, "--every", "7d", "--kelly-fraction", "1.5"),
            args(out, "--every", "7d", "--model", "logistic", "--prior-sd", "2"),
            {"backtest", "--questions", EXAMPLE.resolve("questions.jsonl").toString(), "--spec",
                EXAMPLE.resolve("spec.json").toString(), "--every", "7d", "--out", out.toString()},
        };
        for (String[] c : cases) {
            CliRun run = CliRun.of(c);
            assertEquals(2, run.exitCode(), String.join(" ", c) + "\n" + run.err());
            assertFalse(run.err().isBlank());
        }
        CliRun bad = CliRun.of(args(out, "--every", "7x"));
        assertTrue(bad.err().contains("'7x'"), bad.err());
        CliRun refit = CliRun.of(args(out, "--every", "7d", "--refit", "0d"));
        assertEquals(2, refit.exitCode());
        assertTrue(refit.err().contains("--refit: duration '0d' must be positive"), refit.err());
        CliRun engine = CliRun.of(args(out, "--every", "7d", "--engine", "hadoop"));
        assertEquals(2, engine.exitCode());
        assertTrue(engine.err().contains("--engine: no backtest engine 'hadoop' on the class path (found: local"),
                engine.err());
        CliRun spark = CliRun.of(args(out, "--every", "7d", "--engine", "spark"));
        assertEquals(2, spark.exitCode());
        assertTrue(spark.err().contains("the spark engine is the forecast4j-spark module")
                && !spark.err().contains("\tat "), spark.err());
        CliRun master = CliRun.of(args(out, "--every", "7d", "--master", "local[2]"));
        assertEquals(2, master.exitCode());
        assertTrue(master.err().contains("--master applies to --engine spark"), master.err());
        CliRun url = CliRun.of(args(out, "--every", "7d", "--engine", "spark", "--master", "bogus://x"));
        assertEquals(2, url.exitCode());
        assertTrue(url.err().contains("--master: 'bogus://x' is not a Spark master URL (local, local[N]"),
                url.err());
        CliRun help = CliRun.of("backtest", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--forecastbench"), help.out());
        assertTrue(CliRun.of("--help").out().contains("backtest"));
    }

    @Test
    void forecastBenchTablesNeedNoEvents() throws IOException {
        Path table = dir.resolve("fb.csv");
        StringBuilder csv = new StringBuilder("round,source,id,freeze,price,open,close,resolved,outcome,question\n");
        for (int i = 0; i < 40; i++) {
            String source = i % 3 == 0 ? "manifold" : i % 3 == 1 ? "metaculus" : "polymarket";
            boolean yes = i % 4 == 0;
            csv.append(String.format(java.util.Locale.ROOT, "r,%s,id%d,2024-%02d-01,%s,N/A,2025-06-01,2024-%02d-15,%d,Q%d%n",
                    source, i, 1 + i % 6, yes ? "0.7" : "0.2", 7 + i % 6, yes ? 1 : 0, i));
        }
        Files.writeString(table, csv.toString());
        Path out = dir.resolve("fb");
        CliRun run = CliRun.of("backtest", "--forecastbench", table.toString(), "--spec", FB_SPEC.toString(),
                "--model", "bayes-logistic", "--at", "prices", "--min-train", "5", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ForecastBench"), "the attribution is shown");
        JsonNode report = ForecastJson.readTree(out.resolve("report.json"));
        assertEquals(40, report.get("forecasters").get("market").get("n").asInt());
        assertTrue(report.get("attribution").asString().contains("CC BY-SA 4.0"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("ForecastBench"));
    }

    @Test
    void forecastBenchDefaultsToTheMarketAnchoredModelOnTheMarketBiasSpec() throws IOException {
        Path table = dir.resolve("fb.csv");
        StringBuilder csv = new StringBuilder("round,source,id,freeze,price,open,close,resolved,outcome,question\n");
        for (int i = 0; i < 60; i++) {
            String source = i % 2 == 0 ? "manifold" : "polymarket";
            boolean yes = i % 4 == 0;
            // Frozen on the 1st of a month, resolved on the 21st: questions resolve while later ones are forecast.
            csv.append(String.format(java.util.Locale.ROOT, "r,%s,id%d,2024-%02d-01,%s,N/A,2025-06-01,2024-%02d-21,%d,Q%d%n",
                    source, i, 1 + i % 12, yes ? "0.7" : "0.2", 1 + i % 12, yes ? 1 : 0, i));
        }
        Files.writeString(table, csv.toString());
        Path out = dir.resolve("fb-default");
        CliRun run = CliRun.of("backtest", "--forecastbench", table.toString(), "--min-train", "5", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = ForecastJson.readTree(out.resolve("report.json"));
        assertEquals("market-anchored", report.get("config").get("model").asString());
        assertEquals("walk-forward", report.get("config").get("selection").asString());
        assertEquals("at prices", report.get("config").get("schedule").asString());
        List<String> features = new ArrayList<>();
        report.get("config").get("features").forEach(f -> features.add(f.asString()));
        assertEquals(List.of("market", "move", "daysToClose", "manifold", "polymarket"), features);
        assertTrue(report.get("selections").size() > 0, report.toString());
        org.forecast4j.features.csv.CsvTable rows = org.forecast4j.features.csv.CsvTable.read(
                out.resolve("forecasts.csv"));
        double[] p = rows.numericColumn("p");
        double[] market = rows.numericColumn("market");
        int source = rows.header().indexOf("source");
        for (int i = 0; i < p.length; i++) {
            assertTrue(p[i] > 0 && p[i] < 1);
            if (!rows.row(i).get(source).equals("model")) {
                assertEquals(market[i], p[i], 0.0, "a fallback never ignores a known price");
            }
        }
        CliRun noSpec = CliRun.of("backtest", "--questions", EXAMPLE.resolve("questions.jsonl").toString(),
                "--events", EXAMPLE.resolve("events.jsonl").toString(), "--every", "7d", "--out", out.toString());
        assertEquals(2, noSpec.exitCode());
        assertTrue(noSpec.err().contains("--spec is required with --questions"), noSpec.err());
        CliRun transformed = CliRun.of("backtest", "--forecastbench", table.toString(), "--spec",
                FB_SPEC.toString(), "--out", out.toString());
        assertEquals(1, transformed.exitCode());
        assertTrue(transformed.err().contains(FB_SPEC.toString()) && transformed.err().contains("only with a"
                + " transform") && transformed.err().contains("--model"), transformed.err());
        CliRun select = CliRun.of("backtest", "--forecastbench", table.toString(), "--select", "sometimes",
                "--out", out.toString());
        assertEquals(2, select.exitCode());
        assertTrue(select.err().contains("'sometimes'"), select.err());
    }

    @Test
    void realForecastBenchDataWhenPresent() {
        assumeTrue(Files.isRegularFile(FB_DATA), "no " + FB_DATA);
        Path out = dir.resolve("real");
        CliRun run = CliRun.of("backtest", "--forecastbench", FB_DATA.toString(), "--spec", FB_SPEC.toString(),
                "--model", "bayes-logistic", "--at", "prices", "--refit", "30d", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = ForecastJson.readTree(out.resolve("report.json"));
        assertEquals(977, report.get("forecasters").get("market").get("n").asInt());
        assertEquals(0.06170002916243864, report.get("forecasters").get("market").get("brier").asDouble(), 1e-14);

        // The default (market-anchored, market-bias spec, walk-forward selection) is at or below the market on
        // Brier score and CORP miscalibration, and never forecasts exactly 0 or 1.
        Path defaults = dir.resolve("default");
        CliRun standard = CliRun.of("backtest", "--forecastbench", FB_DATA.toString(), "--out", defaults.toString());
        assertEquals(0, standard.exitCode(), standard.err());
        JsonNode forecasters = ForecastJson.readTree(defaults.resolve("report.json")).get("forecasters");
        JsonNode model = forecasters.get("model");
        JsonNode market = forecasters.get("market");
        assertTrue(model.get("brier").asDouble() <= market.get("brier").asDouble(), forecasters.toString());
        assertTrue(model.get("corp").get("miscalibration").asDouble()
                <= market.get("corp").get("miscalibration").asDouble() + 1e-15, forecasters.toString());
        for (double p : org.forecast4j.features.csv.CsvTable.read(defaults.resolve("forecasts.csv"))
                .numericColumn("p")) {
            assertTrue(p > 0 && p < 1, "p = " + p);
        }
    }
}
