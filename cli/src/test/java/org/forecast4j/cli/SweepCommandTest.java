package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast sweep}: sweep.csv, the same rows for any --threads, and errors that name what is wrong. */
class SweepCommandTest {
    static final Path HOME = BacktestCommandTest.HOME;
    static final Path EXAMPLE_GRID = HOME.resolve("examples/sweeps/forecastbench.json");
    static final Path FB_DATA = HOME.resolve("../shared/data/forecastbench-markets.csv");

    @TempDir
    Path dir;

    private Path table() throws IOException {
        Path table = dir.resolve("fb.csv");
        StringBuilder csv = new StringBuilder("round,source,id,freeze,price,open,close,resolved,outcome,question\n");
        for (int i = 0; i < 60; i++) {
            boolean yes = i % 4 == 0;
            csv.append(String.format(Locale.ROOT, "r,%s,id%d,2024-%02d-01,%s,N/A,2025-06-01,2024-%02d-21,%d,Q%d%n",
                    i % 2 == 0 ? "manifold" : "polymarket", i, 1 + i % 12, yes ? "0.7" : "0.2", 1 + i % 12,
                    yes ? 1 : 0, i));
        }
        Files.writeString(table, csv.toString());
        return table;
    }

    @Test
    void writesOneRowPerConfigurationWhateverTheThreads() throws IOException {
        Path grid = dir.resolve("grid.json");
        Files.writeString(grid, "{\"defaults\": {\"minTrain\": 5, \"bootstrap\": 20},"
                + " \"grid\": {\"model\": [\"market-anchored\", \"bayes-logistic\"], \"selection\": [\"none\","
                + " \"walk-forward\"]}}");
        Path table = table();
        CliRun one = CliRun.of("sweep", "--grid", grid.toString(), "--forecastbench", table.toString(), "--threads",
                "1", "--out", dir.resolve("a").toString());
        assertEquals(0, one.exitCode(), one.err());
        CliRun two = CliRun.of("sweep", "--grid", grid.toString(), "--forecastbench", table.toString(), "--threads",
                "2", "--reports", "--out", dir.resolve("b").toString());
        assertEquals(0, two.exitCode(), two.err());
        String a = Files.readString(dir.resolve("a/sweep.csv"));
        assertEquals(a, Files.readString(dir.resolve("b/sweep.csv")));
        List<String> lines = a.lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("\"model=market-anchored,selection=none\",market-anchored,none,default,"),
                lines.get(1));
        assertTrue(one.out().contains("model - market") && one.out().contains("CC BY-SA 4.0"), one.out());
        assertTrue(one.err().strip().endsWith("sweep: 4/4 configurations (100%)"), one.err());
        assertTrue(Files.isRegularFile(dir.resolve("b/reports/model=bayes-logistic,selection=none/forecasts.csv")));
    }

    @Test
    void badInputNamesTheFileFieldOrOption() throws IOException {
        Path table = table();
        Path grid = dir.resolve("bad.json");
        Files.writeString(grid, "{\"configurations\": [\n  {\"name\": \"x\", \"calibrator\": \"venn\"}]}");
        CliRun bad = CliRun.of("sweep", "--grid", grid.toString(), "--forecastbench", table.toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains(grid + " line 2, field 'configurations[0].calibrator'")
                && bad.err().contains("unknown calibrator 'venn'"), bad.err());
        assertFalse(Files.exists(dir.resolve("o")), "a failed sweep leaves no empty --out folder behind");
        CliRun threads = CliRun.of("sweep", "--grid", grid.toString(), "--forecastbench", table.toString(),
                "--threads", "0", "--out", dir.resolve("o").toString());
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().contains("--threads must be in 1..4096, got 0"), threads.err());
        CliRun engine = CliRun.of("sweep", "--grid", grid.toString(), "--forecastbench", table.toString(),
                "--engine", "hadoop", "--out", dir.resolve("o").toString());
        assertEquals(2, engine.exitCode());
        assertTrue(engine.err().contains("--engine: no sweep engine 'hadoop' on the class path"), engine.err());
        CliRun master = CliRun.of("sweep", "--grid", grid.toString(), "--forecastbench", table.toString(),
                "--master", "local[2]", "--out", dir.resolve("o").toString());
        assertEquals(2, master.exitCode());
        assertTrue(master.err().contains("--master applies to --engine spark"), master.err());
    }

    @Test
    void theExampleGridParsesAndHasAtLeastEightConfigurations() {
        assumeTrue(Files.isRegularFile(FB_DATA), "no " + FB_DATA);
        var job = new org.forecast4j.backtest.sweep.SweepJob(EXAMPLE_GRID.toString(), FB_DATA.toString(), true, null);
        var configurations = job.configurations();
        assertTrue(configurations.size() >= 8, "configurations: " + configurations.size());
        assertEquals(configurations.size(), job.inputs(configurations).specs().size() == 2 ? configurations.size()
                : -1, "the default spec and price-only.json");
    }

    @Test
    void theTableHeadsTheIntervalWithItsLevel() {
        java.util.function.DoubleFunction<org.forecast4j.backtest.sweep.SweepRow> row = level ->
                new org.forecast4j.backtest.sweep.SweepRow("a", "m", "none", "default", "prices", "30d", "none", 10, 5,
                        0.1, 0.3, 0.01, 0.02, 0.2, 10, 0.1, 0.12, -0.02, -0.03, -0.01, level, 1.0);
        assertTrue(SweepCommand.table(List.of(row.apply(0.5))).contains("50% (questions)"));
        // 0.57 * 100 is 56.99999999999999 in binary floating point; the label keeps the level as written.
        assertTrue(SweepCommand.table(List.of(row.apply(0.57))).contains("57% (questions)"));
        assertTrue(SweepCommand.table(List.of(row.apply(0.9), row.apply(0.9))).contains("90% (questions)"));
        assertTrue(SweepCommand.table(List.of(row.apply(0.9), row.apply(0.95)))
                .contains("interval (questions; level in sweep.csv)"));
    }
}
