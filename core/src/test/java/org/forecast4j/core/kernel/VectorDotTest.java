package org.forecast4j.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.forecast4j.core.kernel.DotKernel;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.kernel.VectorDot;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Vector API path against the scalar loop. Runs only in core's {@code vector-api} surefire execution, a
 * test JVM started with {@code --add-modules jdk.incubator.vector} (the default run excludes it: without the
 * module this class cannot load {@link VectorDot}).
 */
class VectorDotTest {

    @BeforeAll
    static void onlyInTheVectorJvm() {
        assumeTrue(Boolean.getBoolean("forecast4j.vectorTests"), "run by the vector-api surefire execution");
    }

    /** The rounding-error bound of a sum of n products in any order, (n − 1)·ε·Σ|a_i b_i|, doubled: two sums. */
    private static double bound(double[] a, int ao, double[] b, int bo, int n) {
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            magnitude += Math.abs(a[ao + i] * b[bo + i]);
        }
        return 2 * Math.max(1, n) * 0x1p-53 * magnitude;
    }

    @Test
    void theModuleIsInTheBootLayerAndTheKernelUsesIt() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        assertEquals(VectorDot.lanes() >= 4, DotKernel.vectorized(), "vector path whenever a vector holds 4+ doubles");
        if (DotKernel.vectorized()) {
            assertEquals("Vector API, " + VectorDot.lanes() + " doubles per vector", DotKernel.description());
        }
    }

    @Test
    void agreesWithTheScalarLoopForEveryLengthAndOffset() {
        SplitMix64 random = new SplitMix64(23);
        double[] a = new double[4200];
        double[] b = new double[4200];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextGaussian();
            b[i] = random.nextGaussian() * 10;
        }
        int[] lengths = new int[90];
        for (int i = 0; i < 80; i++) {
            lengths[i] = i;
        }
        int[] large = {127, 128, 129, 1023, 1024, 1025, 1031, 4096, 4100, 4150};
        System.arraycopy(large, 0, lengths, 80, large.length);
        for (int length : lengths) {
            for (int ao = 0; ao < 4; ao++) {
                for (int bo = 0; bo < 50; bo += 7) {
                    double scalar = LinearScorer.dot(a, ao, b, bo, length);
                    double vector = VectorDot.dot(a, ao, b, bo, length);
                    assertEquals(scalar, vector, bound(a, ao, b, bo, length),
                            "length " + length + ", offsets " + ao + ", " + bo);
                }
            }
        }
    }

    @Test
    void isExactWhereEveryProductAndPartialSumIs() {
        // Small integers: every product and every partial sum is an exact double, so any order gives the same bits.
        SplitMix64 random = new SplitMix64(29);
        double[] a = new double[1100];
        double[] b = new double[1100];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(201) - 100;
            b[i] = random.nextInt(201) - 100;
        }
        for (int length = 0; length <= 1100; length += 13) {
            assertEquals(LinearScorer.dot(a, 0, b, 0, length), VectorDot.dot(a, 0, b, 0, length), 0.0);
        }
        assertEquals(0.0, VectorDot.dot(a, 0, b, 0, 0), 0.0);
        double[] nan = a.clone();
        nan[700] = Double.NaN;
        assertTrue(Double.isNaN(VectorDot.dot(nan, 0, b, 0, 1024)));
        assertThrows(IndexOutOfBoundsException.class, () -> VectorDot.dot(a, 1095, b, 0, 8));
        assertThrows(IndexOutOfBoundsException.class, () -> VectorDot.dot(a, 1000, b, 0, 200));
    }

    @Test
    void scorerAndBayesianPredictiveAgreeWithTheScalarPath() {
        for (int k : new int[] {5, 32, 1024}) {
            SplitMix64 random = new SplitMix64(31 + k);
            double[] w = new double[k];
            for (int j = 0; j < k; j++) {
                w[j] = random.nextGaussian() / Math.sqrt(k);
            }
            LinearScorer scorer = LinearScorer.of(0.2, w);
            BayesianLogisticModel posterior = new BayesianLogisticRegression().prior(FeatureSchema.of(names(k)));
            for (int i = 0; i < 20; i++) {
                double[] x = gaussian(random, k);
                posterior = posterior.update(x, random.nextDouble() < 0.5);
            }
            double[][] covariance = posterior.posteriorCovariance();
            for (int i = 0; i < 50; i++) {
                double[] x = gaussian(random, k);
                double z = 0.2 + LinearScorer.dot(w, x, 0);
                assertEquals(z, scorer.logOdds(x), bound(w, 0, x, 0, k), "k " + k);
                assertEquals(Probabilities.sigmoid(z), scorer.probability(x), 1e-14);
                // x̃ᵀΣx̃ by the dense matrix, one running sum: a reference outside the packed code.
                double s2 = 0;
                double magnitude = 0;
                for (int r = 0; r <= k; r++) {
                    for (int c = 0; c <= k; c++) {
                        double term = (r == 0 ? 1 : x[r - 1]) * covariance[r][c] * (c == 0 ? 1 : x[c - 1]);
                        s2 += term;
                        magnitude += Math.abs(term);
                    }
                }
                assertEquals(s2, posterior.logOddsVariance(x), 4 * (k + 1) * (k + 1) * 0x1p-53 * magnitude);
            }
        }
    }

    private static String[] names(int k) {
        String[] names = new String[k];
        for (int j = 0; j < k; j++) {
            names[j] = "x" + j;
        }
        return names;
    }

    private static double[] gaussian(SplitMix64 random, int k) {
        double[] x = new double[k];
        for (int j = 0; j < k; j++) {
            x[j] = random.nextGaussian();
        }
        return x;
    }
}
