package org.forecast4j.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.forecast.Forecaster;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
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
 * What it measures: a bot that trades against the market with the market-anchored model, in nanoseconds per
 * operation, on 1,000 live questions with the ForecastBench default spec (the price, its move since the
 * previous price, log1p of the days to close, four platform tags) and a model fitted in the set-up —
 * <ul>
 *   <li>{@code probability}: {@code Forecaster.probability(handle, nowNanos, buffer)} of a random question at a
 *       random time: the features, then {@code σ(logit(q) + δ(x))};
 *   <li>{@code priceThenProbability}: a new price of a random question ({@code LiveFeatureState.onPrice}, which
 *       also moves its market-change feature), then its probability: the bot's reaction to a market tick.
 * </ul>
 *
 * <p>Pitfalls avoided: both return their result (no dead code); questions, times and prices come from seeded
 * pools in {@code @State} cycled by index (no constant folding, no one input learnt), and the price clock only
 * moves forward, so every price is a new observation rather than an ignored stale one; the model is fitted
 * before the first warm-up iteration; five warm-up and five measured iterations in each of two forks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class MarketAnchoredBenchmark {
    private static final int QUESTIONS = 1000;
    private static final int POOL = 4096;
    private static final String[] PLATFORMS = {"infer", "manifold", "metaculus", "polymarket"};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private Forecaster forecaster;
    private double[] x;
    private int[] question;
    private long[] time;
    private double[] price;
    private int cursor;
    private long clock;

    /** Builds the spec, fits the model on synthetic rows, registers and prices the questions. */
    @Setup(Level.Trial)
    public void setUp() {
        FeatureSpec spec = FeatureSpec.of(Match.ENTITIES,
                FeatureDefinition.marketPrice("market", 0.5),
                FeatureDefinition.marketChange("move"),
                FeatureDefinition.daysToDeadline("daysToClose").withTransform(Transform.LOG1P),
                FeatureDefinition.tag("infer", "infer"), FeatureDefinition.tag("manifold", "manifold"),
                FeatureDefinition.tag("metaculus", "metaculus"), FeatureDefinition.tag("polymarket", "polymarket"));
        SplitMix64 random = new SplitMix64(Inputs.SEED + 7000);
        int rows = 5000;
        double[][] train = new double[rows][];
        boolean[] outcomes = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            double q = 0.02 + 0.96 * random.nextDouble();
            int platform = random.nextInt(PLATFORMS.length);
            train[i] = new double[] {q, random.nextGaussian() * 0.5, Math.log1p(300 * random.nextDouble()),
                platform == 0 ? 1 : 0, platform == 1 ? 1 : 0, platform == 2 ? 1 : 0, platform == 3 ? 1 : 0};
            double t = 1.2 * Math.log(q / (1 - q)) - (platform == 0 ? 0.5 : 0);
            outcomes[i] = random.nextDouble() < 1 / (1 + Math.exp(-t));
        }
        MarketAnchoredModel model = MarketAnchoredRegression.fit(train, outcomes, spec.schema(),
                MarketAnchoredRegression.Options.DEFAULTS);
        forecaster = Forecaster.of(spec, model);
        for (int q = 0; q < QUESTIONS; q++) {
            // Closes far beyond the benchmark's clock (a second per price), so no read meets a closed question.
            Question question = Question.builder("q" + q).opened(START)
                    .deadline(START.plusSeconds(86_400L * 365 * (100 + random.nextInt(100))))
                    .entities(PLATFORMS[q % PLATFORMS.length]).build();
            forecaster.register(question);
            forecaster.live().onPrice(q, Times.nanos(START), 0.05 + 0.9 * random.nextDouble());
        }
        x = new double[spec.size()];
        question = new int[POOL];
        time = new long[POOL];
        price = new double[POOL];
        clock = Times.nanos(START);
        for (int i = 0; i < POOL; i++) {
            question[i] = random.nextInt(QUESTIONS);
            time[i] = clock + (long) (random.nextDouble() * 20 * 86_400e9);
            price[i] = 0.02 + 0.96 * random.nextDouble();
        }
    }

    /** @return the live probability of a question from the pool at a time from the pool */
    @Benchmark
    public double probability() {
        int i = cursor;
        cursor = (i + 1) & (POOL - 1);
        return forecaster.probability(question[i], time[i], x);
    }

    /** @return the live probability of a question just after a new price of it */
    @Benchmark
    public double priceThenProbability() {
        int i = cursor;
        cursor = (i + 1) & (POOL - 1);
        clock += 1_000_000_000L;
        forecaster.live().onPrice(question[i], clock, price[i]);
        return forecaster.probability(question[i], clock, x);
    }
}
