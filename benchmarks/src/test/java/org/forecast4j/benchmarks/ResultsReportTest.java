package org.forecast4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.model.DotKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReportTest {

    @TempDir
    Path dir;

    /** One result as JMH writes it (the fields the report reads). */
    private static String entry(String benchmark, String mode, String params, double score, String error,
            String unit, String bytesPerOp) {
        String secondary = bytesPerOp == null ? "{}"
                : "{\"gc.alloc.rate\": {\"score\": 0.006, \"scoreUnit\": \"MB/sec\"}"
                        + (bytesPerOp.isEmpty() ? "" : ", \"gc.alloc.rate.norm\": {\"score\": " + bytesPerOp
                                + ", \"scoreError\": \"NaN\", \"scoreUnit\": \"B/op\"}") + "}";
        return String.format(Locale.ROOT, "{\"jmhVersion\": \"1.37\", \"benchmark\": "
                + "\"org.forecast4j.benchmarks.%s\", \"mode\": \"%s\", \"forks\": 2, \"warmupIterations\": 5, "
                + "\"warmupTime\": \"1 s\", \"measurementIterations\": 5, \"measurementTime\": \"1 s\", "
                + "\"params\": {%s}, \"primaryMetric\": {\"score\": %s, \"scoreError\": %s, \"scoreUnit\": \"%s\"}, "
                + "\"secondaryMetrics\": %s}", benchmark, mode, params, score, error, unit, secondary);
    }

    private static List<ResultsReport.Row> rows() {
        return rows(250);
    }

    /** The rows, with the given score of {@code LiveBenchmark.featuresOnly} (featuresSameQuestion takes 180). */
    private static List<ResultsReport.Row> rows(double featuresOnly) {
        String json = "[" + String.join(",\n",
                entry("PredictBenchmark.floor", "avgt", "\"k\": \"32\"", 20, "1.0", "ns/op", "0.0002"),
                entry("PredictBenchmark.forecast4j", "avgt", "\"k\": \"32\"", 22, "1.5", "ns/op", "0.0002"),
                entry("PredictBenchmark.smile", "avgt", "\"k\": \"32\"", 25, "1.0", "ns/op", "0.0002"),
                entry("PredictBenchmark.floor", "avgt", "\"k\": \"1024\"", 380, "10", "ns/op", "0.004"),
                entry("PredictBenchmark.forecast4j", "avgt", "\"k\": \"1024\"", 400, "12", "ns/op", "0.004"),
                entry("PredictBenchmark.smile", "avgt", "\"k\": \"1024\"", 600, "20", "ns/op", "0.004"),
                entry("BayesianPredictiveBenchmark.moments", "avgt", "\"k\": \"1024\"", 500_000, "\"NaN\"", "ns/op",
                        "3.0"),
                entry("LiveBenchmark.eventThenProbability", "avgt", "", 700, "30", "ns/op", ""),
                entry("ScoringBenchmark.add", "thrpt", "", 2e8, "1e7", "ops/s", ""),
                entry("TrainingBenchmark.forecast4j", "ss", "\"rows\": \"100000\", \"features\": \"32\"", 900, "50",
                        "ms/op", "3.4e8"),
                entry("TrainingBenchmark.smile", "ss", "\"rows\": \"100000\", \"features\": \"32\"", 1200, "80",
                        "ms/op", "5e7"),
                entry("PredictVectorBenchmark.floor", "avgt", "\"k\": \"32\"", 21, "1.0", "ns/op", "0.0002"),
                entry("PredictVectorBenchmark.forecast4j", "avgt", "\"k\": \"32\"", 15, "1.0", "ns/op", "0.0001"),
                entry("PredictVectorBenchmark.smile", "avgt", "\"k\": \"32\"", 16, "1.0", "ns/op", "0.0002"),
                entry("PredictBenchmark.forecast4jMathExp", "avgt", "\"k\": \"32\"", 24.5, "1.5", "ns/op",
                        "0.0002"),
                entry("PredictVectorBenchmark.forecast4jMathExp", "avgt", "\"k\": \"32\"", 14.2, "1.0", "ns/op",
                        "0.0001"),
                entry("PredictVectorBenchmark.floor", "avgt", "\"k\": \"1024\"", 390, "10", "ns/op", "0.004"),
                entry("PredictVectorBenchmark.forecast4j", "avgt", "\"k\": \"1024\"", 150, "5", "ns/op", "0.001"),
                entry("PredictVectorBenchmark.smile", "avgt", "\"k\": \"1024\"", 610, "20", "ns/op", "0.004"),
                entry("LiveBenchmark.featuresOnly", "avgt", "", featuresOnly, "20", "ns/op", ""),
                entry("LiveBenchmark.featuresSameQuestion", "avgt", "", 180, "10", "ns/op", ""),
                entry("LiveBenchmark.eventOnly", "avgt", "", 170, "10", "ns/op", ""),
                entry("LiveBenchmark.transcendentalsOnly", "avgt", "", 150, "8", "ns/op", ""),
                entry("BacktestBenchmark.backtest", "ss", "\"questions\": \"2000\"", 3300, "400", "ms/op",
                        "1.2e8")) + "]";
        return ResultsReport.parse(ForecastJson.mapper().readTree(json));
    }

    @Test
    void parsesJmhJson() {
        List<ResultsReport.Row> rows = rows();
        assertEquals(24, rows.size());
        ResultsReport.Row floor = rows.get(0);
        assertEquals("PredictBenchmark.floor", floor.benchmark());
        assertEquals("k=32", floor.params());
        assertEquals(20, floor.score(), 0);
        assertEquals(1.0, floor.error(), 0);
        assertEquals(5e7, floor.opsPerIteration(), 1e-6, "1 s at 20 ns/op");
        assertTrue(Double.isNaN(rows.get(6).error()), "JMH writes \"NaN\" for an undefined error");
        assertEquals(0, rows.get(7).bytesPerOp(), 0, "profiled, nothing allocated: JMH leaves out the norm");
        assertEquals(2e8, rows.get(8).opsPerIteration(), 1e-3);
        assertEquals("features=32,rows=100000", rows.get(9).params(), "parameters in name order");
        assertEquals(1, rows.get(9).opsPerIteration(), 0);
        assertEquals(0.5, ResultsReport.seconds("500 ms"), 0);
        assertEquals(2, ResultsReport.seconds("2 s"), 0);
    }

    @Test
    void evaluatesEveryTargetFromTheRatiosInEachConfiguration() {
        List<ResultsReport.Verdict> v = ResultsReport.verdicts(new ResultsReport.Results(rows()));
        assertEquals(8, v.size());
        String scalar = "scalar (default JVM)";
        String vector = "Vector API (`--add-modules jdk.incubator.vector`)";
        assertEquals(scalar, v.get(0).configuration());
        assertEquals("1.10× the floor's time", v.get(0).measured());
        assertEquals(true, v.get(0).met());
        assertEquals(vector, v.get(1).configuration());
        assertEquals("0.71× the floor's time", v.get(1).measured());
        assertEquals(true, v.get(1).met());
        assertEquals("Smile takes 1.14× our time", v.get(2).measured(), "22 ± 1.5 against 25 ± 1: apart");
        assertEquals(true, v.get(2).met());
        assertEquals("Smile takes 1.07× our time (the confidence intervals overlap)", v.get(3).measured(),
                "15 ± 1 against 16 ± 1");
        assertEquals(true, v.get(3).met(), "nominally faster; the note says how little that means");
        assertEquals("Smile takes 1.50× our time", v.get(4).measured());
        assertEquals(false, v.get(4).met());
        assertEquals(scalar, v.get(4).configuration());
        assertEquals("Smile takes 4.07× our time", v.get(5).measured());
        assertEquals(true, v.get(5).met());
        assertEquals(vector, v.get(5).configuration());
        assertEquals(true, v.get(6).met(), "3 B/op at 2,000 operations per iteration is JMH's bookkeeping: "
                + v.get(6).measured());
        assertEquals("35.0× the floor's time; the 3 `exp` and 7 `log1p` of one read alone take 7.5×",
                v.get(7).measured(), "700 and 150 ns against the 20 ns floor");
        assertEquals(false, v.get(7).met());
        ResultsReport.Results empty = new ResultsReport.Results(List.of());
        assertNull(ResultsReport.verdicts(empty).get(0).met(), "not measured");
        assertEquals("n/a", ResultsReport.verdicts(empty).get(0).measured());
    }

    /** Renders the rows with a test machine (lscpu and java -version files) and a one-row training comparison. */
    private String render(List<ResultsReport.Row> rows) throws IOException {
        Path lscpu = dir.resolve("lscpu.txt");
        Files.writeString(lscpu, "Architecture:  x86_64\nCPU(s):  2\nModel name:  Test CPU\n"
                + "Thread(s) per core:  1\nCore(s) per socket:  2\nL1d cache:  96 KiB\nL2 cache:  4 MiB\n"
                + "L3 cache:  260 MiB\n");
        Path java = dir.resolve("java.txt");
        Files.writeString(java, "openjdk version \"17.0.15\" 2025-04-15\nOpenJDK 64-Bit Server VM\n");
        ResultsReport.Environment env = ResultsReport.Environment.read("2026-01-01", lscpu, java);
        TrainingData data = new TrainingData(new double[][] {{1}, {-1}}, new boolean[] {true, false},
                new int[] {1, 0});
        TrainingComparison.Fit fit = TrainingComparison.evaluate("x", data, 0.5, new double[] {2});
        return ResultsReport.render(rows, env, new TrainingComparison.Comparison(2, 1, fit, fit));
    }

    @Test
    void rendersTablesWithRatiosAndTheEnvironment() throws IOException {
        String md = render(rows());
        assertTrue(md.contains("Test CPU, 2 logical CPUs (2 cores per socket, 1 thread per core); L1d 96 KiB, "
                + "L2 4 MiB, L3 260 MiB"), md);
        assertTrue(md.contains("openjdk version \"17.0.15\" 2025-04-15 / OpenJDK 64-Bit Server VM"), md);
        // The scalar kernel is this JVM's (the test JVM starts without the Vector API, like run-full.sh's renderer).
        assertTrue(md.contains("forecast4j's dot product is `" + DotKernel.description() + "`"), md);
        assertTrue(DotKernel.description().startsWith("scalar, "), DotKernel.description());
        assertTrue(md.contains("2 forks of 5 × 1 s warm-up and 5 × 1 s measured iterations"), md);
        assertTrue(md.contains("| scalar (default JVM) | 32 | 20.00 ± 1.00 | 22.00 ± 1.50 | 25.00 ± 1.00 | 1.10 "
                + "| 1.14 | 0.0002 |"), md);
        assertTrue(md.contains("| scalar (default JVM) | 1024 | 380.0 ± 10.00 | 400.0 ± 12.00 | 600.0 ± 20.00 "
                + "| 1.05 | 1.50 | 0.0040 |"), md);
        assertTrue(md.contains("| Vector API (`--add-modules jdk.incubator.vector`) | 1024 | 390.0 ± 10.00 | 150.0 ± "
                + "5.00 | 610.0 ± 20.00 | 0.38 | 4.07 | 0.0010 |"), md);
        assertTrue(md.contains("| forecast4j at least 2× faster than Smile at k = 1024 | scalar (default JVM) | Smile "
                + "takes 1.50× our time | **missed** |"), md);
        assertTrue(md.contains("| forecast4j at least 2× faster than Smile at k = 1024 | Vector API (`--add-modules "
                + "jdk.incubator.vector`) | Smile takes 4.07× our time | met |"), md);
        assertTrue(md.contains("| `featuresSameQuestion`: the features of one question over and over (its state "
                + "stays in L1) | 180.0 ± 10.00 | 9.00 | 0.0000 |"), md);
        assertTrue(md.contains("| 2,000 | 52,000 | 200,000 | 3,300 ± 400.0 ms | 120.00 MB |"), md);
        assertTrue(md.contains("`featuresOnly` takes 250 ns, and 180 ns when the question's state stays in L1"), md);
        assertTrue(md.contains("The other 70 ns of `featuresOnly` are cache misses on a random question's state"), md);
        assertTrue(md.contains("take 150 ns on their own (`transcendentalsOnly`), on average 15 ns a call"), md);
        assertTrue(md.contains("take 7.5× the floor's time before any state is read, and the features alone, "
                + "without any cache miss, 9.0×"), md);
        assertTrue(md.contains("| `transcendentalsOnly`: only the 3 `exp` and 7 `log1p` (and their divisions) a "
                + "read of this spec evaluates, at the same times: no state, no lock, no cache miss | 150.0 ± 8.00 "
                + "| 7.50 | 0.0000 |"), md);
        assertTrue(md.contains("```\nbenchmarks/run-full.sh\n```"), md);
        assertTrue(!md.contains("flock"), "users run the script itself");
        assertTrue(md.contains("| 200,000,000 ± 10,000,000 |"), md);
        assertTrue(md.contains("| forecast4j | 900.0 ± 50.00 ms | -0.2803 | 0.6003 | 340.00 MB |"), md);
        assertTrue(md.contains("## Backtest (`BacktestBenchmark`)"), md);
        assertTrue(md.contains(
                "| LiveBenchmark.eventThenProbability |  | avgt | 700.0 | 30.00 | ns/op | 0.0000 |"), md);
        // The Math.exp control: its table (n/a where the run has no control), and the notes in both directions.
        assertTrue(md.contains("| scalar (default JVM) | 32 | 22.00 ± 1.50 | 24.50 ± 1.50 | +2.5 |"), md);
        assertTrue(md.contains("| Vector API (`--add-modules jdk.incubator.vector`) | 32 | 15.00 ± 1.00 | 14.20 ± "
                + "1.00 | -0.8 |"), md);
        assertTrue(md.contains("| scalar (default JVM) | 1024 | 400.0 ± 12.00 | n/a | n/a |"), md);
        assertTrue(md.contains("is a call into a HotSpot stub: forecast4j took 2.5 ns less than the `Math.exp` "
                + "control (the table above"), md);
        assertTrue(md.contains("the inlined `PortableExp` took no less than the `Math.exp` control (0.8 ns more, "
                + "within the run-to-run variation) in this run"), md);
    }

    /** Run-to-run variation can put the random-question read below the same-question one: no negative cost. */
    @Test
    void saysSoWhenARunMeasuredNoCacheMissCost() throws IOException {
        String md = render(rows(170));
        assertTrue(md.contains("`featuresOnly` takes 170 ns, and 180 ns when the question's state stays in L1"), md);
        assertTrue(md.contains("In this run `featuresOnly` was no slower than `featuresSameQuestion`"), md);
        assertTrue(!md.contains("The other -10 ns"), md);
    }

    @Test
    void badInputIsNamedWithAnExitStatusAndLeavesTheReportAsItWas() throws IOException {
        Path report = dir.resolve("RESULTS.md");
        Files.writeString(report, "earlier report");
        Path lscpu = Files.writeString(dir.resolve("lscpu.txt"), "CPU(s):  2\n");
        Path java = Files.writeString(dir.resolve("java.txt"), "openjdk version \"17\"\n");
        Path malformed = Files.writeString(dir.resolve("jmh.json"), "[\n{\"benchmark\": ");
        Path missing = dir.resolve("absent.json");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, malformed.toString(), lscpu.toString(), java.toString(), report.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("ResultsReport: " + malformed + " line 2: malformed JSON"), message);

        err.reset();
        assertEquals(1, run(err, missing.toString(), lscpu.toString(), java.toString(), report.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(missing + ": file not found"), err.toString());

        err.reset();
        assertEquals(2, ResultsReport.run(new String[] {"only-one"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: ResultsReport JMH.json"), err.toString());
        assertEquals("earlier report", Files.readString(report), "nothing written on failure");
    }

    private static int run(ByteArrayOutputStream err, String json, String lscpu, String java, String report) {
        return ResultsReport.run(new String[] {json, lscpu, java, report, "2026-01-01"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
