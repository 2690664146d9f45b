package org.forecast4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three scorers of {@link PredictBenchmark} compute the same probability, and its {@code Math.exp} control the
 * same within two ulps, so the benchmark compares like with like.
 */
class PredictAgreementTest {

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
                what + ": expected " + expected + ", got " + actual + " (relative difference "
                        + Math.abs(actual - expected) / Math.abs(expected) + ")");
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 1024})
    void floorForecast4jAndSmileAgreeToOneInATrillionOnEveryPooledInput(int k) {
        PredictBenchmark bench = new PredictBenchmark();
        bench.k = k;
        bench.setUp();
        assertEquals(Inputs.poolSize(k), bench.pool.length);
        int below = 0;
        int above = 0;
        double[] posteriori = new double[2];
        for (double[] x : bench.pool) {
            // An independent reference: a naive sum in index order and the textbook sigmoid.
            double z = bench.intercept;
            for (int j = 0; j < k; j++) {
                z += bench.weights[j] * x[j];
            }
            double reference = 1 / (1 + Math.exp(-z));
            double floor = Floor.probability(bench.intercept, bench.weights, x);
            double ours = bench.model.probability(x);
            double smile = bench.smile.score(x);
            int label = bench.smile.predict(x, posteriori);
            assertRelative(reference, floor, 1e-12, "floor");
            assertRelative(reference, ours, 1e-12, "forecast4j");
            // The Math.exp control differs from forecast4j only in its exp: within an ulp of the same result
            // (each exp within an ulp of exact; the division rounds the same way or the neighbour).
            double control = PredictBenchmark.mathExpSigmoid(bench.model.logOdds(x));
            assertEquals(ours, control, 2 * Math.ulp(ours), "Math.exp control");
            assertRelative(reference, smile, 1e-12, "smile score");
            assertRelative(reference, posteriori[1], 1e-12, "smile posteriori");
            assertEquals(smile >= 0.5 ? 1 : 0, label);
            assertTrue(Probabilities.isProbability(ours));
            below += ours < 0.25 ? 1 : 0;
            above += ours > 0.75 ? 1 : 0;
        }
        // The pool spreads the probabilities, so both branches of the stable sigmoid are exercised.
        assertTrue(below >= bench.pool.length / 20, "probabilities below 0.25: " + below);
        assertTrue(above >= bench.pool.length / 20, "probabilities above 0.75: " + above);
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 1024})
    void benchmarkMethodsScoreThePoolInOrderAndWrapAround(int k) {
        PredictBenchmark bench = new PredictBenchmark();
        bench.k = k;
        bench.setUp();
        int n = bench.pool.length;
        for (int i = 0; i < n + 3; i++) {
            double[] x = bench.pool[i % n];
            assertEquals(Floor.probability(bench.intercept, bench.weights, x), bench.floor(), 0.0, "floor " + i);
        }
        PredictBenchmark ours = new PredictBenchmark();
        ours.k = k;
        ours.setUp();
        PredictBenchmark smile = new PredictBenchmark();
        smile.k = k;
        smile.setUp();
        PredictBenchmark control = new PredictBenchmark();
        control.k = k;
        control.setUp();
        for (int i = 0; i < n + 3; i++) {
            assertEquals(ours.model.probability(ours.pool[i % n]), ours.forecast4j(), 0.0, "forecast4j " + i);
            assertEquals(smile.smile.score(smile.pool[i % n]), smile.smile(), 0.0, "smile " + i);
            assertEquals(PredictBenchmark.mathExpSigmoid(control.model.logOdds(control.pool[i % n])),
                    control.forecast4jMathExp(), 0.0, "Math.exp control " + i);
        }
    }
}
