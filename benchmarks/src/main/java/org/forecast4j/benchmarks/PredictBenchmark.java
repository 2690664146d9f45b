package org.forecast4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.forecast4j.core.logistic.LogisticModel;
import org.forecast4j.core.prob.Probabilities;
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
import smile.classification.LogisticRegression;

/**
 * What it measures: the time to score one feature vector with a logistic model, {@code σ(b + w·x)}, at k = 32
 * and k = 1024 features — the {@link Floor} (hand-written dot product of sixteen fused multiply-add sums and
 * branch-free stable sigmoid), forecast4j's {@link LogisticModel#probability} (its compiled
 * {@code LinearScorer}) and Smile's {@code LogisticRegression.Binomial.score}, all three on the same weights and the
 * same inputs, in nanoseconds per operation; and a control, {@code forecast4jMathExp}, forecast4j's dot product
 * with the sigmoid's {@code exp} taken from {@link Math#exp} instead of {@code PortableExp}.
 * {@code PredictAgreementTest} checks that all four compute the same probability.
 *
 * <p>Pitfalls avoided: each method returns the probability (JMH sinks it, so nothing is dead code); weights and
 * inputs are {@code @State} fields filled in {@code @Setup} from a seeded generator, never literals, so nothing
 * folds into a constant; each call takes the next vector of a pool of {@link Inputs#poolSize} pre-generated
 * standard normal vectors (1024 at k = 32, 32 at k = 1024: 256 KiB, in L2), so neither the branch predictor (a
 * sigmoid that branched on the sign would see it change about half the time) nor the caches learn one input;
 * five warm-up and five measured one-second iterations in each of two forks. The weights are N(0, 1/k), so the
 * log-odds are about N(0, 1) and the probabilities spread over (0, 1).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class PredictBenchmark {

    /** The number of features. */
    @Param({"32", "1024"})
    public int k;

    double intercept;
    double[] weights;
    LogisticModel model;
    LogisticRegression.Binomial smile;
    double[][] pool;
    private int mask;
    private int cursor;

    /** Builds the weights, the three scorers and the input pool. */
    @Setup
    public void setUp() {
        SplitMix64 random = new SplitMix64(Inputs.SEED + k);
        intercept = 0.1 * random.nextGaussian();
        weights = Inputs.gaussian(random, k, 1.0 / Math.sqrt(k));
        model = Inputs.logistic(Inputs.schema(k), intercept, weights);
        smile = Inputs.smile(intercept, weights);
        pool = Inputs.gaussianVectors(Inputs.poolSize(k), k, Inputs.SEED + 1000 + k);
        mask = pool.length - 1;
    }

    private double[] next() {
        int i = cursor;
        cursor = (i + 1) & mask;
        return pool[i];
    }

    /** @return the floor's probability of the next input */
    @Benchmark
    public double floor() {
        return Floor.probability(intercept, weights, next());
    }

    /** @return forecast4j's probability of the next input */
    @Benchmark
    public double forecast4j() {
        return model.probability(next());
    }

    /**
     * The control for {@code PortableExp}: forecast4j's log-odds (the same dot product as {@link #forecast4j})
     * through the same branch-free sigmoid ({@link Probabilities#sigmoid(double, double)}) with {@link Math#exp}
     * instead, so the difference from {@link #forecast4j} is what the inlined {@code exp} buys.
     *
     * @return that probability of the next input
     */
    @Benchmark
    public double forecast4jMathExp() {
        return mathExpSigmoid(model.logOdds(next()));
    }

    /**
     * @param z log-odds
     * @return {@code σ(z)} by forecast4j's branch-free sigmoid with {@code exp(−|z|)} from {@link Math#exp}
     */
    static double mathExpSigmoid(double z) {
        return Probabilities.sigmoid(z, Math.exp(-Math.abs(z)));
    }

    /** @return Smile's probability of the next input */
    @Benchmark
    public double smile() {
        return smile.score(next());
    }
}
