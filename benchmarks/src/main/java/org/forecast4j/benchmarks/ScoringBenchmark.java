package org.forecast4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.core.scoring.ScoreAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it measures: scoring throughput, forecasts per second into a {@link ScoreAccumulator} —
 * {@code add(probability, outcome)}: the range check and two stores into primitive arrays.
 *
 * <p>Memory: an accumulator keeps every forecast (the CORP decomposition and the bootstrap need them), so an
 * accumulator fed for a whole one-second iteration at hundreds of millions of adds per second would grow to
 * gigabytes and the benchmark would measure array doubling and the garbage collector. The accumulator is
 * therefore bounded: once it holds {@value #CAPACITY} forecasts (576 KiB) it is {@link ScoreAccumulator#clear()
 * cleared}, which keeps its arrays, and it is filled to that size once in the set-up so that no growth happens
 * while measuring. The check costs one predictable branch per add; the clear, once per 65,536 adds, sets two
 * fields.
 *
 * <p>Pitfalls avoided: each add changes state held in the {@code @State} object, which JMH keeps alive (no dead
 * code); forecasts and outcomes come from a seeded pool of 4,096 cycled by index (no constant folding, no
 * learnt branch); five warm-up and five measured iterations in each of two forks.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ScoringBenchmark {
    static final int CAPACITY = 1 << 16;
    private static final int POOL = 4096;

    private ScoreAccumulator accumulator;
    private double[] probability;
    private boolean[] outcome;
    private int cursor;

    /** Builds the pool and sizes the accumulator. */
    @Setup
    public void setUp() {
        SplitMix64 random = new SplitMix64(Inputs.SEED + 6000);
        probability = new double[POOL];
        outcome = new boolean[POOL];
        for (int i = 0; i < POOL; i++) {
            probability[i] = random.nextDouble();
            outcome[i] = random.nextDouble() < probability[i];
        }
        accumulator = new ScoreAccumulator();
        for (int i = 0; i < CAPACITY; i++) {
            accumulator.add(probability[i & (POOL - 1)], outcome[i & (POOL - 1)]);
        }
        accumulator.clear();
    }

    /** Adds the next forecast of the pool. */
    @Benchmark
    public void add() {
        ScoreAccumulator acc = accumulator;
        if (acc.count() == CAPACITY) {
            acc.clear();
        }
        int i = cursor;
        cursor = (i + 1) & (POOL - 1);
        acc.add(probability[i], outcome[i]);
    }
}
