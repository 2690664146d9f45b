package org.forecast4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * What it measures: the time to fit a logistic model to 100,000 rows × 32 features — forecast4j's Bayesian
 * logistic regression (Laplace posterior by Newton's method, each iteration's pass over the rows split into
 * blocks of 4,096 rows) on the common pool, i.e. all cores ({@link #forecast4j}), and on the calling thread alone
 * ({@link #forecast4jOneThread}; the same bits), against Smile's logistic regression (L-BFGS; its objective and
 * gradient run on parallel streams, so it uses all cores too), with the same penalised objective
 * ({@link TrainingComparison}, which also reports the log-likelihood and objective each fit reaches). Milliseconds
 * per fit, one fit per iteration.
 *
 * <p>Pitfalls avoided: each method returns its model (no dead code); the data are generated once per trial
 * from a seed, outside the measurement; single-shot iterations (a fit takes long enough to time one at a time)
 * after two warm-up fits, in each of two forks. The CI smoke run shrinks the data with {@code -p rows=2000}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(2)
@State(Scope.Benchmark)
public class TrainingBenchmark {
    static final int ROWS = 100_000;
    static final int FEATURES = 32;
    static final long DATA_SEED = Inputs.SEED + 7000;

    /** The number of training rows. */
    @Param({"100000"})
    public int rows;

    /** The number of features. */
    @Param({"32"})
    public int features;

    private TrainingData data;

    /** Generates the training data. */
    @Setup(Level.Trial)
    public void setUp() {
        data = TrainingData.generate(rows, features, DATA_SEED);
    }

    /** @return forecast4j's fit on the common pool (all cores) */
    @Benchmark
    public BayesianLogisticModel forecast4j() {
        return TrainingComparison.fitForecast4j(data);
    }

    /** @return forecast4j's fit on the calling thread alone */
    @Benchmark
    public BayesianLogisticModel forecast4jOneThread() {
        return TrainingComparison.fitForecast4jOneThread(data);
    }

    /** @return Smile's fit */
    @Benchmark
    public LogisticRegression.Binomial smile() {
        return TrainingComparison.fitSmile(data);
    }
}
