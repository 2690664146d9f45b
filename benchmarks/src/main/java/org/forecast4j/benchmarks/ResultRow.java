package org.forecast4j.benchmarks;

/**
 * One benchmark result of a JMH run, as {@link JmhJson} reads it.
 *
 * @param benchmark class and method, e.g. {@code PredictBenchmark.floor}
 * @param params the parameters in name order, e.g. {@code k=32}; empty for a benchmark without parameters
 * @param mode JMH's mode ({@code avgt}, {@code thrpt}, {@code ss})
 * @param score the mean
 * @param error the 99.9% half-width JMH reports (NaN with fewer than two measurements)
 * @param unit the unit, e.g. {@code ns/op}
 * @param bytesPerOp {@code gc.alloc.rate.norm}, 0 if JMH measured no allocation, NaN if not profiled
 * @param forks forks
 * @param warmup warm-up iterations and time, e.g. {@code 5 × 1 s}
 * @param measurement measurement iterations and time
 * @param opsPerIteration the operations of one measurement iteration, estimated from the score and the
 *     iteration time (1 for single-shot runs)
 */
record ResultRow(String benchmark, String params, String mode, double score, double error, String unit,
        double bytesPerOp, int forks, String warmup, String measurement, double opsPerIteration) {

    /** @return this result as the allocation gate sees it */
    AllocationGate.Measured measured() {
        return new AllocationGate.Measured(benchmark, params, score, unit, bytesPerOp, opsPerIteration);
    }

    /** @return the score in nanoseconds per operation, NaN when the unit is not a time per operation */
    double nanos() {
        return switch (unit) {
            case "ns/op" -> score;
            case "us/op" -> score * 1e3;
            case "ms/op" -> score * 1e6;
            case "s/op" -> score * 1e9;
            default -> Double.NaN;
        };
    }

    /**
     * @param other another result
     * @return whether the two 99.9% confidence intervals overlap; false when either error is unknown
     */
    boolean overlaps(ResultRow other) {
        return !Double.isNaN(error) && !Double.isNaN(other.error)
                && Math.abs(score - other.score) <= error + other.error;
    }
}
