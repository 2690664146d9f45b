package org.forecast4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.forecast4j.core.kernel.DotKernel;
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

    private static List<ResultRow> rows() {
        return rows(250);
    }

    /** The rows, with the given score of {@code LiveBenchmark.featuresOnly} (featuresSameQuestion takes 180). */
    private static List<ResultRow> rows(double featuresOnly) {
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
                        "1.2e8"),
                entry("MarketAnchoredBenchmark.probability", "avgt", "", 120, "5", "ns/op", ""),
                entry("MarketAnchoredBenchmark.priceThenProbability", "avgt", "", 210, "9", "ns/op", ""),
                entry("LiveBenchmark.probabilityWithinResolution", "avgt", "", 8, "0.5", "ns/op", ""),
                entry("LiveBenchmark.probabilityOnly", "avgt", "", 260, "10", "ns/op", ""),
                entry("LiveReadersBenchmark.oneReader", "thrpt", "", 100, "5", "ops/us", ""),
                entry("LiveReadersBenchmark.twoReaders", "thrpt", "", 160, "8", "ops/us", ""),
                entry("BayesianLiveBenchmark.eventThenProbability", "avgt", "", 1200, "50", "ns/op", ""),
                entry("BayesianLiveBenchmark.probabilityWithinResolution", "avgt", "", 9, "0.5", "ns/op", ""),
                entry("TrainingBenchmark.forecast4jOneThread", "ss", "\"rows\": \"100000\", \"features\": \"32\"",
                        1700, "60", "ms/op", "3.4e8")) + "]";
        return JmhJson.parse(ForecastJson.mapper().readTree(json));
    }

    @Test
    void parsesJmhJson() {
        List<ResultRow> rows = rows();
        assertEquals(33, rows.size());
        ResultRow floor = rows.get(0);
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
        assertEquals(0.5, JmhJson.seconds("500 ms"), 0);
        assertEquals(2, JmhJson.seconds("2 s"), 0);
    }

    @Test
    void evaluatesEveryTargetFromTheRatiosInEachConfiguration() {
        List<Verdict> v = Targets.verdicts(new RunResults(rows()));
        assertEquals(9, v.size());
        String scalar = "scalar (default JVM)";
        String vector = "Vector API (`--add-modules jdk.incubator.vector`)";
        assertEquals("forecast4j within 1.3× of the floor at k = 32", v.get(0).target());
        assertEquals(scalar, v.get(0).configuration());
        assertEquals("1.10× the floor's time", v.get(0).measured());
        assertEquals(true, v.get(0).met());
        assertEquals(vector, v.get(1).configuration());
        assertEquals("0.71× the floor's time", v.get(1).measured());
        assertEquals(true, v.get(1).met());
        assertEquals("forecast4j at least 2× faster than Smile at k = 1024", v.get(2).target());
        assertEquals("Smile takes 1.50× our time", v.get(2).measured(), "400 ± 12 against 600 ± 20: apart");
        assertEquals(false, v.get(2).met());
        assertEquals(scalar, v.get(2).configuration());
        assertEquals("Smile takes 4.07× our time", v.get(3).measured());
        assertEquals(true, v.get(3).met());
        assertEquals(vector, v.get(3).configuration());
        assertEquals(true, v.get(4).met(), "3 B/op at 2,000 operations per iteration is JMH's bookkeeping: "
                + v.get(4).measured());
        assertEquals("live event + probability under 3× the k = 32 floor", v.get(5).target());
        assertEquals("35.0× the floor's time; the 3 `exp` and 7 `log1p` of one read alone take 7.5×",
                v.get(5).measured(), "700 and 150 ns against the 20 ns floor");
        assertEquals(false, v.get(5).met());
        assertEquals("live read within the clock resolution at most 0.5× the k = 32 floor", v.get(6).target());
        assertEquals("0.40× the floor's time", v.get(6).measured(), "8 ns against the 20 ns floor");
        assertEquals(true, v.get(6).met());
        assertEquals("1.60× the one-reader throughput", v.get(7).measured(), "160 against 100 reads per µs");
        assertEquals(false, v.get(7).met(), "below the 1.7× target");
        assertEquals("forecast4j fit at least as fast as Smile, 100,000 × 32, 2 cores", v.get(8).target());
        assertEquals("Smile takes 1.33× our time", v.get(8).measured(), "900 ± 50 against 1200 ± 80 ms: apart");
        assertEquals(true, v.get(8).met());
        assertEquals(scalar, v.get(8).configuration());
        assertTrue(v.stream().noneMatch(x -> x.target().contains("Smile at k = 32")),
                "at 32 features the scalar loops tie by construction: no target");
        RunResults empty = new RunResults(List.of());
        assertNull(Targets.verdicts(empty).get(0).met(), "not measured");
        assertEquals("n/a", Targets.verdicts(empty).get(0).measured());
    }

    @Test
    void notesWhenTheConfidenceIntervalsOverlap() {
        RunResults r = new RunResults(rows());
        ResultRow ours = r.get("PredictVectorBenchmark.forecast4j", "k=32");
        assertEquals(" (the confidence intervals overlap)",
                Targets.overlapNote(ours, r.get("PredictVectorBenchmark.smile", "k=32")), "15 ± 1 against 16 ± 1");
        assertEquals("", Targets.overlapNote(r.get("PredictBenchmark.forecast4j", "k=32"),
                r.get("PredictBenchmark.smile", "k=32")), "22 ± 1.5 against 25 ± 1");
        assertEquals("", Targets.overlapNote(ours, null), "a result the run lacks");
        assertEquals("", Targets.overlapNote(ours, r.get("BayesianPredictiveBenchmark.moments", "k=1024")),
                "no error, no interval");
    }

    /** Renders the rows with a test machine (lscpu and java -version files) and a one-row training comparison. */
    private String render(List<ResultRow> rows) throws IOException {
        Path lscpu = dir.resolve("lscpu.txt");
        Files.writeString(lscpu, "Architecture:  x86_64\nCPU(s):  2\nModel name:  Test CPU\n"
                + "Thread(s) per core:  1\nCore(s) per socket:  2\nL1d cache:  96 KiB\nL2 cache:  4 MiB\n"
                + "L3 cache:  260 MiB\nHypervisor vendor:  KVM\n");
        Path java = dir.resolve("java.txt");
        Files.writeString(java, "openjdk version \"17.0.15\" 2025-04-15\nOpenJDK 64-Bit Server VM\n");
        Environment env = Environment.read("2026-01-01", lscpu, java);
        TrainingData data = new TrainingData(new double[][] {{1}, {-1}}, new boolean[] {true, false},
                new int[] {1, 0});
        TrainingComparison.Fit fit = TrainingComparison.evaluate("x", data, 0.5, new double[] {2});
        return ReportDocument.render(rows, env, new TrainingComparison.Comparison(2, 1, fit, fit));
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
        assertTrue(md.contains("| `transcendentalsOnly`: only the 3 `exp` and 7 `log1p` (and their divisions) a "
                + "read of this spec evaluates, at the same times: no state, no lock, no cache miss | 150.0 ± 8.00 "
                + "| 7.50 | 0.0000 |"), md);
        assertTrue(md.contains("```\nbenchmarks/run-full.sh\n```"), md);
        assertFalse(md.contains("flock"), "users run the script itself");
        assertTrue(md.contains("| 200,000,000 ± 10,000,000 |"), md);
        assertTrue(md.contains("| forecast4j | 900.0 ± 50.00 ms | -0.2803 | 0.6003 | 340.00 MB |"), md);
        assertTrue(md.contains("| forecast4j, one thread | 1,700 ± 60.00 ms | -0.2803 | 0.6003 | 340.00 MB |"), md);
        assertTrue(md.contains("Smile / forecast4j time: 1.33; forecast4j on one thread / on all cores: 1.89."), md);
        assertTrue(md.contains("| forecast4j fit at least as fast as Smile, 100,000 × 32, 2 cores | scalar (default "
                + "JVM) | Smile takes 1.33× our time | met |"), md);
        assertTrue(md.contains("## Backtest (`BacktestBenchmark`)"), md);
        assertTrue(md.contains(
                "| LiveBenchmark.eventThenProbability |  | avgt | 700.0 | 30.00 | ns/op | 0.0000 |"), md);
        // The Math.exp control: its table (n/a where the run has no control), and the notes in both directions.
        assertTrue(md.contains("| scalar (default JVM) | 32 | 22.00 ± 1.50 | 24.50 ± 1.50 | +2.5 |"), md);
        assertTrue(md.contains("| Vector API (`--add-modules jdk.incubator.vector`) | 32 | 15.00 ± 1.00 | 14.20 ± "
                + "1.00 | -0.8 |"), md);
        assertTrue(md.contains("| scalar (default JVM) | 1024 | 400.0 ± 12.00 | n/a | n/a |"), md);
        assertTrue(md.contains("(KVM) may run other tenants. The ± columns"), md);
        assertTrue(md.contains("| `probability`: the Forecaster's live probability of a random question | 120.0 ± "
                + "5.00 | 6.00 | 0.0000 |"), md);
        assertTrue(md.contains("| `priceThenProbability`: a new price (`onPrice`), then the live probability of its "
                + "question | 210.0 ± 9.00 | 10.50 | 0.0000 |"), md);
    }

    /** The notes: every number, comparison and count from the run; nothing left unfilled. */
    @Test
    void fillsTheNotesFromTheRun() throws IOException {
        String md = render(rows());
        String notes = md.substring(md.indexOf("## Notes on the results"), md.indexOf("## Every result"));
        assertTrue(notes.contains("In this run Smile takes 1.14× forecast4j's time (the confidence intervals are "
                + "apart)."), notes);
        assertTrue(notes.contains("is a call into a HotSpot stub: forecast4j took 2.5 ns less than the `Math.exp` "
                + "control, within the confidence intervals (the table above)."), notes);
        assertTrue(notes.contains("In this run Smile takes 1.50× forecast4j's time (target: at least 2×; the "
                + "confidence intervals are apart)."), notes);
        assertTrue(notes.contains("the inlined `PortableExp` took 0.8 ns more than the `Math.exp` control, within the "
                + "confidence intervals. At k = 1024 forecast4j takes 0.38× the floor's time and Smile 4.07× "
                + "forecast4j's"), notes);
        assertTrue(notes.contains("`featuresOnly` takes 250 ns, and 180 ns when the question's state stays in L1"),
                notes);
        assertTrue(notes.contains("cache misses on a random question's state among 1,000 account for the "
                + "difference: 70 ns."), notes);
        assertTrue(notes.contains("take 150 ns on their own (`transcendentalsOnly`), 15 ns a call on average"),
                notes);
        assertTrue(notes.contains("An event (170 ns) costs"), notes);
        assertTrue(notes.contains("It takes 8.0 ns (0.4× the floor; target at most 0.5×)"), notes);
        assertTrue(notes.contains("one event and one read take 35.0× the floor's time, against a target of under 3×"
                + " (60 ns), because the write now computes the features (the ten transcendental calls alone take "
                + "7.5×, more than the whole target allows) and the model."), notes);
        assertTrue(notes.contains("(1,200 ns for an event and a read) and the read stays a published value (9.0 ns)"),
                notes);
        assertTrue(notes.contains("Two reader threads under a writer read 1.60× as much as one (target at least "
                + "1.7×)"), notes);
        assertTrue(notes.contains("In this run Smile takes 1.33× forecast4j's time"), notes);
        assertTrue(notes.contains("On one thread it takes 1.89× its time on all cores."), notes);
        assertTrue(notes.contains("A backtest of 2,000 questions replays 200,000 events and 52,000 prices through "
                + "the live state and makes 52,000 forecasts"), notes);
        assertTrue(notes.contains("one fit of 100,000 rows takes 900.0 ± 50.00 ms in the training table"), notes);
        assertFalse(notes.contains(NoteValues.NOT_IN_RUN), "the synthetic run has every result the notes use");
        assertFalse(notes.contains("{{"), notes);
        assertEquals(notes.lines().filter(l -> l.startsWith("- **")).count(),
                notes.lines().filter(l -> !l.isBlank()).count() - 1, "one line per bullet: " + notes);
    }

    /** Run-to-run variation can put the random-question read below the same-question one: no negative cost. */
    @Test
    void saysSoWhenARunMeasuredNoCacheMissCost() throws IOException {
        String md = render(rows(170));
        assertTrue(md.contains("`featuresOnly` takes 170 ns, and 180 ns when the question's state stays in L1"), md);
        assertTrue(md.contains("account for the difference: nothing measurable in this run (`featuresOnly` was no "
                + "slower than `featuresSameQuestion`)."), md);
        assertFalse(md.contains("-10 ns"), md);
    }

    @Test
    void aBenchmarkMissingFromTheRunRendersAsNotInThisRun() throws IOException {
        List<ResultRow> rows = rows().stream().filter(r -> !r.benchmark().equals("LiveBenchmark.featuresOnly")
                && !r.benchmark().startsWith("TrainingBenchmark.")).toList();
        String md = render(rows);
        assertTrue(md.contains("`featuresOnly` takes n/a (not in this run), and 180 ns when the question's state "
                + "stays in L1"), md);
        assertTrue(md.contains("account for the difference: n/a (not in this run)."), md);
        assertTrue(md.contains("In this run Smile takes n/a (not in this run) forecast4j's time; the table above"),
                md);
        assertTrue(md.contains("| `featuresOnly`: the features alone (`LiveFeatureState.features`) | n/a | n/a "
                + "| n/a |"), md);
        assertTrue(md.contains("| forecast4j | n/a | -0.2803 | 0.6003 | n/a |"), md);
        assertTrue(md.contains("| forecast4j, one thread | n/a | -0.2803 | 0.6003 | n/a |"), md);
        assertTrue(md.contains("An event (170 ns) costs"), "the rest of the run still renders: " + md);

        String empty = render(List.of());
        assertTrue(empty.contains("`featuresOnly` takes n/a (not in this run), and n/a (not in this run) when"),
                empty);
        assertTrue(empty.contains("| forecast4j within 1.3× of the floor at k = 32 | scalar (default JVM) | n/a | not "
                + "measured |"), empty);
        assertTrue(empty.contains("| n/a | n/a | n/a | n/a | n/a |"), "the backtest table: " + empty);
        assertFalse(empty.contains("{{"), empty);
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
