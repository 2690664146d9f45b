package org.forecast4j.core.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.forecast4j.core.model.FeatureSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trainers' {@code parallelism} option: the same model, bit for bit, on the calling thread and on pools of 1,
 * 2 and 4 threads; validated; not recorded in provenance.
 */
class ParallelismOptionTest {
    /** Enough rows for several blocks of 4,096. */
    private static final TestData.Synthetic DATA = TestData.Synthetic.of(21, 10_000);
    private static final List<ForkJoinPool> POOLS = new ArrayList<>();

    @BeforeAll
    static void pools() {
        POOLS.add(null);
        for (int threads : new int[] {1, 2, 4}) {
            POOLS.add(new ForkJoinPool(threads));
        }
    }

    @AfterAll
    static void shutDown() {
        POOLS.stream().skip(1).forEach(ForkJoinPool::shutdown);
    }

    @Test
    void logisticRegressionIsTheSameBitsOnAnyNumberOfThreads() {
        for (double l2 : new double[] {0, 1.5}) {
            LogisticModel first = null;
            for (ForkJoinPool pool : POOLS) {
                LogisticModel model = LogisticRegression.fit(DATA.x(), DATA.y(), TestData.Synthetic.SCHEMA,
                        LogisticRegression.Options.DEFAULTS.withL2(l2).withParallelism(pool));
                assertTrue(model.converged());
                if (first == null) {
                    first = model;
                    continue;
                }
                assertArrayEquals(first.coefficients(), model.coefficients());
                assertEquals(Double.doubleToLongBits(first.intercept()), Double.doubleToLongBits(model.intercept()));
                assertEquals(Double.doubleToLongBits(first.logLikelihood()),
                        Double.doubleToLongBits(model.logLikelihood()));
                assertEquals(Double.doubleToLongBits(first.interceptStandardError()),
                        Double.doubleToLongBits(model.interceptStandardError()));
                assertEquals(first.toString(), model.toString());
            }
        }
    }

    @Test
    void bayesianLogisticRegressionIsTheSameBitsOnAnyNumberOfThreads() {
        BayesianLogisticModel first = null;
        for (ForkJoinPool pool : POOLS) {
            BayesianLogisticModel model = BayesianLogisticRegression.fit(DATA.x(), DATA.y(),
                    TestData.Synthetic.SCHEMA, BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(1.5)
                            .withParallelism(pool));
            if (first == null) {
                first = model;
                continue;
            }
            assertArrayEquals(first.posteriorMean(), model.posteriorMean());
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(first.posteriorCovariance()[i], model.posteriorCovariance()[i]);
            }
            assertEquals(Double.doubleToLongBits(first.logEvidence()), Double.doubleToLongBits(model.logEvidence()));
        }
    }

    @Test
    void marketAnchoredRegressionIsTheSameBitsOnAnyNumberOfThreads() {
        double[][] x = new double[DATA.x().length][];
        for (int i = 0; i < x.length; i++) {
            double[] row = DATA.x()[i];
            x[i] = new double[] {0.05 + 0.9 * ((i * 0.6180339887498949) % 1.0), row[0], row[2]};
        }
        FeatureSchema schema = FeatureSchema.of("market", "x0", "x2");
        MarketAnchoredModel first = null;
        for (ForkJoinPool pool : POOLS) {
            MarketAnchoredModel model = MarketAnchoredRegression.fit(x, DATA.y(), schema,
                    MarketAnchoredRegression.Options.DEFAULTS.withParallelism(pool));
            if (first == null) {
                first = model;
                continue;
            }
            assertArrayEquals(first.posteriorMean(), model.posteriorMean());
            assertEquals(Double.doubleToLongBits(first.logEvidence()), Double.doubleToLongBits(model.logEvidence()));
            assertEquals(first.priorSd(), model.priorSd());
        }
    }

    @Test
    void theOptionDefaultsToTheCommonPoolIsValidatedAndIsNotProvenance() {
        assertSame(ForkJoinPool.commonPool(), LogisticRegression.Options.DEFAULTS.parallelism());
        assertSame(ForkJoinPool.commonPool(), new LogisticRegression.Options(0, 10, 1e-8).parallelism());
        assertSame(ForkJoinPool.commonPool(), BayesianLogisticRegression.Options.DEFAULTS.parallelism());
        assertSame(ForkJoinPool.commonPool(), MarketAnchoredRegression.Options.DEFAULTS.parallelism());
        assertNull(LogisticRegression.Options.DEFAULTS.withParallelism(null).parallelism());
        ForkJoinPool stopped = new ForkJoinPool(1);
        stopped.shutdown();
        String message = "parallelism must be a running ForkJoinPool or null, got a pool that is shut down";
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.Options.DEFAULTS.withParallelism(stopped)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> BayesianLogisticRegression.Options.DEFAULTS.withParallelism(stopped)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> MarketAnchoredRegression.Options.DEFAULTS.withParallelism(stopped)).getMessage());
        assertFalse(LogisticRegression.Options.DEFAULTS.asMap().containsKey("parallelism"));
        assertFalse(BayesianLogisticRegression.Options.DEFAULTS.asMap().containsKey("parallelism"));
        assertFalse(MarketAnchoredRegression.Options.DEFAULTS.asMap().containsKey("parallelism"));
        // The other withers keep the pool.
        ForkJoinPool pool = POOLS.get(1);
        assertSame(pool, LogisticRegression.Options.DEFAULTS.withParallelism(pool).withL2(2).withMaxIter(5)
                .withTolerance(1e-6).parallelism());
        assertSame(pool, BayesianLogisticRegression.Options.DEFAULTS.withParallelism(pool).withPriorSd(2)
                .withInterceptPriorSd(3).withMaxIter(5).withTolerance(1e-6).withForgetting(0.1).parallelism());
        assertSame(pool, MarketAnchoredRegression.Options.DEFAULTS.withParallelism(pool).withAnchor("p")
                .withPriorSd(1).withCentreOnBaseRate(false).parallelism());
    }
}
