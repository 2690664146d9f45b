package org.forecast4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.forecast4j.core.random.SplitMix64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it measures: the live path with a Bayesian logistic model (a posterior with a dense covariance, whose
 * moderated predictive costs about d²/2 multiply-adds, d = 33) on {@link LiveScenario}, in nanoseconds per
 * operation —
 * <ul>
 *   <li>{@code eventThenProbability}: one event, which recomputes and publishes its question's predictive
 *       probability (the O(k²) variance is paid here, by the writer), then that question's live probability;
 *   <li>{@code probabilityWithinResolution}: the live probability of a random question at a fixed time: the
 *       published value, with no variance computed on the read.
 * </ul>
 *
 * <p>Pitfalls avoided: as {@link LiveBenchmark} (seeded pools cycled by index, results returned, the state
 * warmed up in the trial set-up, two forks of five warm-up and five measured iterations).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class BayesianLiveBenchmark {
    private static final int READS = 4096;

    private LiveScenario scenario;
    private double[] x;
    private int[] question;
    private int cursor;
    private long readTime;

    /** Builds the Bayesian scenario and the pool of reads. */
    @Setup(Level.Trial)
    public void setUp() {
        scenario = new LiveScenario(Inputs.SEED + 4000, true);
        x = new double[scenario.spec.size()];
        readTime = scenario.clock();
        SplitMix64 random = new SplitMix64(Inputs.SEED + 6000);
        question = new int[READS];
        for (int i = 0; i < READS; i++) {
            question[i] = random.nextInt(LiveScenario.QUESTIONS);
        }
    }

    /** Refuses to run once the stream's clock nears the end of the representable times. */
    @Setup(Level.Iteration)
    public void checkClock() {
        scenario.requireClockInRange();
    }

    /** @return the live probability of the question the new event was about */
    @Benchmark
    public double eventThenProbability() {
        int q = scenario.nextEvent();
        return scenario.forecaster.probability(q, scenario.clock(), x);
    }

    /** @return the live probability of a question from the pool at a fixed time */
    @Benchmark
    public double probabilityWithinResolution() {
        int i = cursor;
        cursor = (i + 1) & (READS - 1);
        return scenario.forecaster.probability(question[i], readTime, x);
    }
}
