package org.forecast4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.forecast4j.core.text.TextTable;

/**
 * The allocation check of the CI smoke run: every hot-path benchmark must allocate less than
 * {@value #MAX_BYTES_PER_OP} bytes per operation, as measured by JMH's GC profiler
 * ({@code gc.alloc.rate.norm}), or, for a benchmark too slow to run millions of operations in an iteration,
 * no more than {@value #HARNESS_BYTES_PER_ITERATION} bytes per iteration in all. Time is reported, never gated.
 *
 * <p>Why these limits: the smallest Java object takes 16 bytes, so a path that allocates on at least one
 * operation in 32 exceeds 0.5 B/op. What the profiler counts that is not the benchmark's own — JMH's
 * bookkeeping in the measured thread, about 6 KB per iteration on the benchmark machine — comes to thousandths
 * of a byte per operation over the millions of operations of a fast benchmark, but to a few bytes per operation
 * for the Bayesian predictive at k = 1024 (about 2,000 operations of half a millisecond each). The limit is
 * therefore {@code max(0.5, 16 KiB / operations per iteration)}, capped at 8 B/op: always below one 16-byte
 * object per operation.
 */
final class AllocationGate {
    static final double MAX_BYTES_PER_OP = 0.5;
    static final int HARNESS_BYTES_PER_ITERATION = 16 * 1024;
    static final double CAP_BYTES_PER_OP = 8.0;

    /**
     * The benchmarks whose allocation is gated: forecast4j's hot paths, and the floor, the {@code Math.exp} control
     * and the read's transcendental functions alone as checks on the harness.
     */
    static final Set<String> HOT_PATHS = Set.of(
            "PredictBenchmark.floor",
            "PredictBenchmark.forecast4j",
            "PredictVectorBenchmark.floor",
            "PredictVectorBenchmark.forecast4j",
            "PredictBenchmark.forecast4jMathExp",
            "PredictVectorBenchmark.forecast4jMathExp",
            "BayesianPredictiveBenchmark.moments",
            "BayesianPredictiveBenchmark.probability",
            "BayesianPredictiveVectorBenchmark.moments",
            "BayesianPredictiveVectorBenchmark.probability",
            "LiveBenchmark.eventThenProbability",
            "LiveBenchmark.eventOnly",
            "LiveBenchmark.probabilityOnly",
            "LiveBenchmark.featuresOnly",
            "LiveBenchmark.featuresSameQuestion",
            "LiveBenchmark.transcendentalsOnly",
            "LiveBenchmark.probabilityWithinResolution",
            "BayesianLiveBenchmark.eventThenProbability",
            "BayesianLiveBenchmark.probabilityWithinResolution",
            "LiveReadersBenchmark.oneReader",
            "LiveReadersBenchmark.twoReaders",
            "MarketAnchoredBenchmark.probability",
            "MarketAnchoredBenchmark.priceThenProbability",
            "ScoringBenchmark.add");

    private AllocationGate() {
    }

    /**
     * One benchmark's smoke result.
     *
     * @param benchmark the class and method, e.g. {@code PredictBenchmark.forecast4j}
     * @param params the parameters, e.g. {@code k=32}, or empty
     * @param score the primary score
     * @param unit its unit
     * @param bytesPerOp {@code gc.alloc.rate.norm}; 0 when the profiler measured no allocation at all (JMH then
     *     omits the metric); NaN when allocation could not be measured
     * @param opsPerIteration the operations of a measurement iteration (averaged over iterations)
     */
    record Measured(String benchmark, String params, double score, String unit, double bytesPerOp,
            double opsPerIteration) {
        boolean gated() {
            return HOT_PATHS.contains(benchmark);
        }

        /** @return the allocation limit for this benchmark, in bytes per operation */
        double limit() {
            double harness = opsPerIteration > 0 ? HARNESS_BYTES_PER_ITERATION / opsPerIteration : CAP_BYTES_PER_OP;
            return Math.min(CAP_BYTES_PER_OP, Math.max(MAX_BYTES_PER_OP, harness));
        }

        boolean passes() {
            return !gated() || bytesPerOp < limit();
        }
    }

    /**
     * @param results the smoke results
     * @return one message per failure: a gated benchmark that allocates or could not be measured, or a gated
     *     benchmark with no result at all; empty when the gate passes
     */
    static List<String> failures(List<Measured> results) {
        List<String> failures = new ArrayList<>();
        for (Measured m : results) {
            if (m.gated() && Double.isNaN(m.bytesPerOp())) {
                failures.add(m.benchmark() + " " + m.params() + ": allocation could not be measured (the GC"
                        + " profiler needs HotSpot's per-thread allocation counters)");
            } else if (!m.passes()) {
                failures.add(String.format(Locale.ROOT, "%s %s allocates %.3f B/op (limit %.3f B/op)",
                        m.benchmark(), m.params(), m.bytesPerOp(), m.limit()));
            }
        }
        for (String hot : HOT_PATHS) {
            if (results.stream().noneMatch(m -> m.benchmark().equals(hot))) {
                failures.add(hot + ": no result (did the benchmark run?)");
            }
        }
        failures.sort(null);
        return failures;
    }

    /**
     * @param results the smoke results
     * @return a table of every result with its allocation and verdict
     */
    static String table(List<Measured> results) {
        TextTable table = new TextTable("benchmark", "params", "score", "unit", "ops/iteration", "B/op", "limit",
                "allocation gate");
        for (Measured m : results) {
            String verdict = !m.gated() ? "not gated" : m.passes() ? "ok" : "FAIL";
            table.row(m.benchmark(), m.params(), String.format(Locale.ROOT, "%.3f", m.score()), m.unit(),
                    String.format(Locale.ROOT, "%.0f", m.opsPerIteration()),
                    String.format(Locale.ROOT, "%.4f", m.bytesPerOp()),
                    m.gated() ? String.format(Locale.ROOT, "%.3f", m.limit()) : "-", verdict);
        }
        return table.toString();
    }
}
