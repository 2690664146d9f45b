package org.forecast4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureFormulas;
import org.forecast4j.features.spec.FeatureKind;
import org.forecast4j.features.spec.Transform;
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
 * What it measures: the live path of a trading bot on {@link LiveScenario} (1,000 questions, 32 features,
 * logistic model), in nanoseconds per operation —
 * <ul>
 *   <li>{@code eventThenProbability}: one event into the live state (which, at the default one-second clock
 *       resolution, recomputes and publishes the probability of the question it was about), then the
 *       Forecaster's live probability of that question, as of the event's publication time (the bot re-prices on
 *       news): the read returns the published value;
 *   <li>{@code probabilityWithinResolution}: the live probability of a random question at a fixed time, with no
 *       event in between: after the first read of each question publishes its window, every read returns the
 *       published value and computes nothing — the read a bot makes on every market tick;
 *   <li>{@code eventOnly}: the event alone ({@code LiveFeatureState.onEvent}, which at the default resolution
 *       also recomputes and publishes the probability of its question);
 *   <li>{@code probabilityOnly}: {@code Forecaster.probability(handle, nowNanos, buffer)} alone, of a random
 *       question at a random time within a day of the last event: nearly every read falls in a new one-second
 *       window, so it recomputes the features and the model and publishes them (the read that misses);
 *   <li>{@code featuresOnly}: {@code LiveFeatureState.features(handle, nowNanos, buffer)} alone;
 *   <li>{@code featuresSameQuestion}: the same, always of one question (at the read pool's times), so its
 *       state stays in the L1 cache: the arithmetic of a read without its cache misses;
 *   <li>{@code transcendentalsOnly}: only the transcendental functions a read of this spec evaluates, by the
 *       same library functions, at the read pool's times, counted from the spec (the decay factor {@code exp}
 *       of each distinct half-life, 3 here, and {@code log1p} of each log1p-transformed days-since and days to
 *       the deadline, 6 + 1), written to the buffer: no state, no lock, no cache miss. This is the part of a
 *       read that no exact implementation of these features can skip, so it bounds from below what the live
 *       path can cost on this JDK's math.
 * </ul>
 *
 * <p>Pitfalls avoided: every method returns its result and the features go into a buffer held by the state (no
 * dead code); the stream, questions and read times come from seeded pools in {@code @State} (no constant
 * folding); the event pool (65,536) and the read pool (4,096 question/time pairs) are cycled by index, so no one
 * input is learnt, while the clock keeps advancing so that the state is in its steady state rather than
 * replaying late duplicates (see {@link LiveScenario}); the state is built and fed about a million events in the
 * trial set-up, before the first warm-up iteration; five warm-up and five measured iterations in each of two
 * forks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class LiveBenchmark {
    private static final int READS = 4096;

    private LiveScenario scenario;
    private double[] x;
    private int[] readQuestion;
    private long[] readTime;
    private int readCursor;
    private double[] groupRate;
    private long[] groupReference;
    private long[] sinceReference;
    private int deadlineLog1pCount;
    private long deadline;
    private long frozenTime;

    /** Builds the scenario (and warms its state up) and the pool of reads. */
    @Setup(Level.Trial)
    public void setUp() {
        scenario = new LiveScenario(Inputs.SEED + 4000);
        x = new double[scenario.spec.size()];
        SplitMix64 random = new SplitMix64(Inputs.SEED + 5000);
        readQuestion = new int[READS];
        readTime = new long[READS];
        long base = scenario.clock();
        frozenTime = base;
        for (int i = 0; i < READS; i++) {
            readQuestion[i] = random.nextInt(LiveScenario.QUESTIONS);
            readTime[i] = base + (long) (random.nextDouble() * 86_400e9);
        }
        // What the scenario's spec makes a read evaluate: an exp per distinct half-life, a log1p per
        // log1p-transformed days-since and days-to-deadline feature.
        List<FeatureDefinition> features = scenario.spec.features();
        groupRate = features.stream().filter(f -> f.kind() == FeatureKind.DECAYED_SUM)
                .mapToDouble(FeatureDefinition::halfLifeDays).distinct().map(FeatureFormulas::decayRate).toArray();
        int sinceLog1pCount = log1pCount(features, FeatureKind.DAYS_SINCE);
        deadlineLog1pCount = log1pCount(features, FeatureKind.DAYS_TO_DEADLINE);
        // Reference times as a read meets them: half-life groups moved forward by the last few hours' events,
        // and a last occurrence of each type within about a month (a type occurs every 19 hours per question).
        groupReference = new long[groupRate.length];
        for (int g = 0; g < groupReference.length; g++) {
            groupReference[g] = base - (long) (random.nextDouble() * 6 * 3600e9);
        }
        sinceReference = new long[sinceLog1pCount];
        for (int k = 0; k < sinceReference.length; k++) {
            sinceReference[k] = base - (long) (random.nextDouble() * 30 * 86_400e9);
        }
        deadline = Times.nanos(LiveScenario.DEADLINE);
    }

    private static int log1pCount(List<FeatureDefinition> features, FeatureKind kind) {
        return (int) features.stream().filter(f -> f.kind() == kind && f.transform() == Transform.LOG1P).count();
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

    /** @return the live probability of a question from the read pool, at the fixed time of the last event */
    @Benchmark
    public double probabilityWithinResolution() {
        int i = readCursor;
        readCursor = (i + 1) & (READS - 1);
        return scenario.forecaster.probability(readQuestion[i], frozenTime, x);
    }

    /** @return the handle of the question the new event was about */
    @Benchmark
    public int eventOnly() {
        return scenario.nextEvent();
    }

    /** @return the live probability of a question from the read pool */
    @Benchmark
    public double probabilityOnly() {
        int i = readCursor;
        readCursor = (i + 1) & (READS - 1);
        return scenario.forecaster.probability(readQuestion[i], readTime[i], x);
    }

    /** @return the time the features are as of; the features are in the state's buffer */
    @Benchmark
    public long featuresOnly() {
        int i = readCursor;
        readCursor = (i + 1) & (READS - 1);
        return scenario.live.features(readQuestion[i], readTime[i], x);
    }

    /** @return the time the features of the first pooled question are as of, at the next pooled time */
    @Benchmark
    public long featuresSameQuestion() {
        int i = readCursor;
        readCursor = (i + 1) & (READS - 1);
        return scenario.live.features(readQuestion[0], readTime[i], x);
    }

    /** @return the read time; the decay factors and log1p values are in the state's buffer */
    @Benchmark
    public long transcendentalsOnly() {
        int i = readCursor;
        readCursor = (i + 1) & (READS - 1);
        long t = readTime[i];
        double[] out = x;
        for (int g = 0; g < groupRate.length; g++) {
            out[g] = FeatureFormulas.decay(t - groupReference[g], groupRate[g]);
        }
        for (int k = 0; k < sinceReference.length; k++) {
            out[groupRate.length + k] = Probabilities.log1p(FeatureFormulas.daysSince(t, sinceReference[k]));
        }
        for (int k = 0; k < deadlineLog1pCount; k++) {
            out[groupRate.length + sinceReference.length + k] =
                    Probabilities.log1p(FeatureFormulas.daysToDeadline(t, deadline));
        }
        return t;
    }
}
