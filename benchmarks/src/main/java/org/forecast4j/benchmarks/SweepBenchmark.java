package org.forecast4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.forecast4j.backtest.sweep.Sweep;
import org.forecast4j.backtest.sweep.SweepConfiguration;
import org.forecast4j.backtest.sweep.SweepGrid;
import org.forecast4j.backtest.sweep.SweepInputs;
import org.forecast4j.backtest.sweep.SweepJob;
import org.forecast4j.backtest.sweep.SweepProgress;
import org.forecast4j.backtest.sweep.SweepRow;
import org.forecast4j.core.random.SplitMix64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it measures: a sweep of 64 configurations of the market-anchored model (8 prior sds × 2 calibrators × 2
 * refit intervals × 2 selection rules, 200 bootstrap replicates each) on the shared ForecastBench file
 * ({@code ../shared/data/forecastbench-markets.csv}; a generated table of the same size when it is absent), run
 * on one thread ({@code sequential}: the sum of the configurations' times) and on two ({@code twoThreads}). The
 * target is {@code twoThreads ≤ 1.2 × sequential / 2}: configurations share nothing but the read-only inputs,
 * so two cores should nearly halve the time.
 *
 * <p>Pitfalls avoided: the rows are returned (no dead code); the inputs are read once per trial, outside the
 * measurement; single-shot iterations (a sweep of 64 takes about half a second), five warm-ups that compile the
 * backtest code, then fifteen measured, in each of two forks. The smoke run uses 4 configurations.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(2)
@State(Scope.Benchmark)
public class SweepBenchmark {

    /** The number of configurations (a prefix of the 64); the smoke run uses 4. */
    @Param({"64"})
    public int configurations;

    private List<SweepConfiguration> grid;
    private SweepInputs inputs;

    /** Reads (or generates) the table and builds the grid. */
    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("sweep-benchmark");
        Path table = sharedTable();
        if (table == null) {
            table = dir.resolve("generated.csv");
            Files.writeString(table, generatedTable(700));
        }
        Path gridFile = dir.resolve("grid.json");
        Files.writeString(gridFile, "{\"defaults\": {\"bootstrap\": 200}, \"grid\": {"
                + "\"modelOptions\": [{\"prior-sd\": \"evidence\"}, {\"prior-sd\": 0.1}, {\"prior-sd\": 0.25},"
                + " {\"prior-sd\": 0.5}, {\"prior-sd\": 1}, {\"prior-sd\": 2}, {\"prior-sd\": 4}, {\"prior-sd\": 8}],"
                + " \"calibrator\": [\"none\", \"platt\"], \"refit\": [\"30d\", \"60d\"],"
                + " \"selection\": [\"walk-forward\", \"none\"]}}");
        SweepJob job = new SweepJob(gridFile.toString(), table.toString(), true, null);
        grid = SweepGrid.read(gridFile, job.base()).subList(0, configurations);
        inputs = job.inputs(grid);
    }

    /** @return the rows of the configurations run one after another */
    @Benchmark
    public List<SweepRow> sequential() {
        return Sweep.run(grid, inputs, 1, null, SweepProgress.NONE);
    }

    /** @return the rows of the configurations run two at a time */
    @Benchmark
    public List<SweepRow> twoThreads() {
        return Sweep.run(grid, inputs, 2, null, SweepProgress.NONE);
    }

    private static Path sharedTable() {
        for (String root : new String[] {System.getProperty("forecast4j.shared", "../shared"), "../../shared",
            "shared"}) {
            Path p = Path.of(root, "data", "forecastbench-markets.csv");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A ForecastBench-layout table of {@code n} questions, outcomes drawn from their prices, seeded. */
    static String generatedTable(int n) {
        SplitMix64 random = new SplitMix64(Inputs.SEED + 9000);
        StringBuilder csv = new StringBuilder("round,source,id,freeze,price,open,close,resolved,outcome,question\n");
        for (int i = 0; i < n; i++) {
            double price = 0.02 + 0.96 * random.nextDouble();
            int month = 1 + i % 12;
            csv.append(String.format(Locale.ROOT, "r,%s,id%d,2024-%02d-01,%.3f,N/A,2025-06-01,2024-%02d-21,%d,Q%d%n",
                    i % 2 == 0 ? "manifold" : "polymarket", i, month, price, month,
                    random.nextDouble() < price ? 1 : 0, i));
        }
        return csv.toString();
    }
}
