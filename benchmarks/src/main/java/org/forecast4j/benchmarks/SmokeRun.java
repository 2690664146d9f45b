package org.forecast4j.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The CI smoke run: every benchmark once, briefly ({@code -f 1 -wi 1 -w 1s -i 1 -r 1s}; the training benchmark
 * on 2,000 rows, the backtest on 100 questions, the sweep on 4 configurations), under JMH's GC profiler, in JVMs forked from this one's class
 * path (the shaded {@code benchmarks.jar}); the vector benchmarks fork with the Vector API module, as in the full
 * run. It checks that every benchmark runs and fails when a hot path allocates ({@link AllocationGate}); it
 * never judges time, which a one-second run on a shared machine cannot measure. Run by Maven in the
 * {@code verify} phase; exits with status 1 on failure.
 */
public final class SmokeRun {
    private SmokeRun() {
    }

    /**
     * @param args the JSON result file to write (default {@code target/jmh-smoke.json})
     * @throws RunnerException if JMH cannot run
     */
    public static void main(String[] args) throws RunnerException {
        long start = System.nanoTime();
        Path json = Path.of(args.length > 0 ? args[0] : "target/jmh-smoke.json");
        Options options = new OptionsBuilder()
                .include("^" + SmokeRun.class.getPackageName().replace(".", "\\.") + "\\.")
                .forks(1)
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(1)
                .measurementTime(TimeValue.seconds(1))
                .param("rows", "2000")
                .param("questions", "100")
                .param("configurations", "4")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        System.out.println("Benchmark smoke run: every benchmark for one warm-up and one measured second in one fork,"
                + " under the GC profiler (about two minutes; the JVMs of the vector benchmarks print the JDK's"
                + " incubator warning)...");
        Collection<RunResult> runs = new Runner(options).run();
        List<AllocationGate.Measured> measured = new ArrayList<>();
        for (RunResult run : runs) {
            measured.add(measured(run));
        }
        System.out.println("Allocation per operation (gc.alloc.rate.norm) of each benchmark; scores of a one-second"
                + " run are not measurements:");
        System.out.print(AllocationGate.table(measured));
        List<String> failures = AllocationGate.failures(measured);
        System.out.printf(Locale.ROOT, "%d benchmarks in %.0f s; results in %s%n", measured.size(),
                (System.nanoTime() - start) / 1e9, json);
        if (!failures.isEmpty()) {
            System.out.println("ALLOCATION GATE FAILED:");
            failures.forEach(f -> System.out.println("  " + f));
            System.exit(1);
        }
        System.out.println("Allocation gate passed: every hot path allocates less than its limit.");
    }

    private static AllocationGate.Measured measured(RunResult run) {
        BenchmarkParams params = run.getParams();
        String name = params.getBenchmark();
        String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        Map<String, String> values = new TreeMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        StringBuilder paramText = new StringBuilder();
        values.forEach((k, v) -> paramText.append(paramText.length() == 0 ? "" : ",").append(k).append('=').append(v));
        Map<String, Result> secondary = run.getSecondaryResults();
        double bytesPerOp;
        if (secondary.containsKey("gc.alloc.rate.norm")) {
            bytesPerOp = secondary.get("gc.alloc.rate.norm").getScore();
        } else if (secondary.containsKey("gc.alloc.rate") && !Double.isNaN(secondary.get("gc.alloc.rate").getScore())) {
            bytesPerOp = 0; // measured, and nothing was allocated: JMH leaves the norm out
        } else {
            bytesPerOp = Double.NaN;
        }
        double ops = 0;
        int iterations = 0;
        for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                ops += iteration.getMetadata().getAllOps();
                iterations++;
            }
        }
        Result primary = run.getPrimaryResult();
        return new AllocationGate.Measured(shortName, paramText.toString(), primary.getScore(),
                primary.getScoreUnit(), bytesPerOp, iterations == 0 ? 0 : ops / iterations);
    }
}
