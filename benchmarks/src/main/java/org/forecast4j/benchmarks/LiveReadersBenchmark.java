package org.forecast4j.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.forecast4j.core.random.SplitMix64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it measures: the throughput of live reads by one and by two reader threads while a writer feeds events,
 * on {@link LiveScenario} (1,000 questions, 32 features), in reads per microsecond per reader thread —
 * <ul>
 *   <li>group {@code oneReader}: a writer ({@code writer1}) and one reader ({@code read1});
 *   <li>group {@code twoReaders}: a writer ({@code writer2}) and two readers ({@code read2}).
 * </ul>
 * Each reader reads random questions at the time of the last event fed before the trial: every question's
 * watermark is at or after it, so a read returns the value the writer (or a first read) published, unless
 * it arrives while that question is being republished. The writer feeds one event and then parks for 100
 * microseconds (about 10,000 events a second at most: a busy news feed), so that it shares the two cores of the
 * benchmark machine rather than occupying one. The two-reader throughput is the per-thread score times two.
 *
 * <p>Pitfalls avoided: readers return their probability (no dead code) and draw questions from a seeded pool
 * per thread (no constant folding, no shared cursor); the scenario is shared by the group and fully warmed up
 * in the trial set-up; five warm-up and five measured iterations in each of two forks.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LiveReadersBenchmark {
    private static final int READS = 4096;
    private static final long WRITER_PAUSE_NANOS = 100_000;

    /** The live state shared by a group's writer and readers. */
    @State(Scope.Group)
    public static class Shared {
        LiveScenario scenario;
        long readTime;

        /** Builds and warms up the scenario. */
        @Setup(Level.Trial)
        public void setUp() {
            scenario = new LiveScenario(Inputs.SEED + 4000);
            readTime = scenario.clock();
        }
    }

    /** A reader's own pool of questions and buffer. */
    @State(Scope.Thread)
    public static class Reader {
        int[] question = new int[READS];
        double[] x = new double[LiveScenario.spec().size()];
        int cursor;

        /** Draws the reader's pool from a seed of its own thread. */
        @Setup(Level.Trial)
        public void setUp() {
            SplitMix64 random = new SplitMix64(Inputs.SEED + 9000 + Thread.currentThread().getId());
            for (int i = 0; i < READS; i++) {
                question[i] = random.nextInt(LiveScenario.QUESTIONS);
            }
        }

        double read(Shared shared) {
            int i = cursor;
            cursor = (i + 1) & (READS - 1);
            return shared.scenario.forecaster.probability(question[i], shared.readTime, x);
        }
    }

    private static int write(Shared shared) {
        int q = shared.scenario.nextEvent();
        LockSupport.parkNanos(WRITER_PAUSE_NANOS);
        return q;
    }

    /** @return the handle the event was about */
    @Benchmark
    @Group("oneReader")
    @GroupThreads(1)
    public int writer1(Shared shared) {
        return write(shared);
    }

    /** @return a live probability */
    @Benchmark
    @Group("oneReader")
    @GroupThreads(1)
    public double read1(Shared shared, Reader reader) {
        return reader.read(shared);
    }

    /** @return the handle the event was about */
    @Benchmark
    @Group("twoReaders")
    @GroupThreads(1)
    public int writer2(Shared shared) {
        return write(shared);
    }

    /** @return a live probability */
    @Benchmark
    @Group("twoReaders")
    @GroupThreads(2)
    public double read2(Shared shared, Reader reader) {
        return reader.read(shared);
    }
}
