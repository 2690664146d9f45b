package org.forecast4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What it measures: the Bayesian predictive of one feature vector under a Laplace posterior with a dense
 * covariance, at k = 32 and k = 1024 features — {@code moments}: the mean {@code μ = x̃ᵀm} and variance
 * {@code s² = x̃ᵀΣx̃} of the log-odds written into a caller-owned array
 * ({@link BayesianLogisticModel#logOddsMoments}, about {@code d²/2} multiply-adds for {@code d = k + 1});
 * {@code probability}: the moderated probability {@code σ(μ/√(1 + πs²/8))}. Nanoseconds per operation.
 *
 * <p>The posterior is the prior (sd 2.5, intercept sd 10) after 64 online updates on seeded random examples,
 * which makes the covariance dense: the quadratic form costs the same as for a batch fit's posterior, without
 * fitting a 1025-parameter model in the set-up.
 *
 * <p>Pitfalls avoided: both outputs of {@code moments} go to a {@link Blackhole} and {@code probability}
 * returns its result (no dead code); model and inputs are {@code @State} built from seeded generators (no
 * constant folding); inputs cycle through a pool of pre-generated vectors (256 KiB; note that at k = 1024 the
 * packed covariance itself is 4 MiB and streams from L3 or memory, which is the real cost of the predictive at
 * that size); five warm-up and five measured iterations in each of two forks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class BayesianPredictiveBenchmark {

    /** The number of features. */
    @Param({"32", "1024"})
    public int k;

    BayesianLogisticModel posterior;
    double[][] pool;
    private final double[] moments = new double[2];
    private int mask;
    private int cursor;

    /** Builds the posterior and the input pool. */
    @Setup
    public void setUp() {
        posterior = posterior(k, Inputs.SEED + 2000 + k);
        pool = Inputs.gaussianVectors(Inputs.poolSize(k), k, Inputs.SEED + 3000 + k);
        mask = pool.length - 1;
    }

    /**
     * The prior after 64 online updates on examples drawn from a logistic model with N(0, 1/k) weights.
     *
     * @param k the number of features
     * @param seed the seed
     * @return a posterior with a dense covariance
     */
    static BayesianLogisticModel posterior(int k, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        double[] truth = Inputs.gaussian(random, k, 1.0 / Math.sqrt(k));
        BayesianLogisticModel model = new BayesianLogisticRegression().prior(Inputs.schema(k));
        for (int i = 0; i < 64; i++) {
            double[] x = Inputs.gaussian(random, k, 1.0);
            double z = 0;
            for (int j = 0; j < k; j++) {
                z += truth[j] * x[j];
            }
            model = model.update(x, random.nextDouble() < Probabilities.sigmoid(z));
        }
        return model;
    }

    private double[] next() {
        int i = cursor;
        cursor = (i + 1) & mask;
        return pool[i];
    }

    /**
     * @param sink receives μ and s²
     */
    @Benchmark
    public void moments(Blackhole sink) {
        posterior.logOddsMoments(next(), moments);
        sink.consume(moments[0]);
        sink.consume(moments[1]);
    }

    /** @return the moderated predictive probability of the next input */
    @Benchmark
    public double probability() {
        return posterior.probability(next());
    }
}
