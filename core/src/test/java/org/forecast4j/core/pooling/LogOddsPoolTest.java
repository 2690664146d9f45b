package org.forecast4j.core.pooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogOddsPoolTest {

    @TempDir
    Path dir;

    @Test
    void oneInputWithoutExtremizingReturnsTheInput() {
        for (double p : new double[] {0.001, 0.2, 0.5, 0.73, 0.999}) {
            assertEquals(p, LogOddsPool.pool(new double[] {p}, null, 1.0), 1e-15);
            assertEquals(p, LogOddsPool.pool(new double[] {p}, new double[] {3.0}, 1.0), 1e-15);
        }
        // Equal inputs pool to themselves, whatever the weights.
        assertEquals(0.3, LogOddsPool.pool(new double[] {0.3, 0.3, 0.3}, new double[] {1, 5, 2}, 1.0), 1e-15);
    }

    @Test
    void closedForms() {
        // pooling_reference.py: expit(mean(logit([0.6, 0.7, 0.9]))) = 0.75951015868005312
        assertEquals(0.75951015868005312, LogOddsPool.pool(new double[] {0.6, 0.7, 0.9}, null, 1), 1e-15);
        // Equal weights are the geometric mean of the odds: (1.5 · 7/3 · 9)^(1/3) = 31.5^(1/3).
        double odds = Math.cbrt(1.5 * 7.0 / 3.0 * 9.0);
        assertEquals(odds / (1 + odds), LogOddsPool.pool(new double[] {0.6, 0.7, 0.9}, null, 1), 1e-15);
        // Weights 1, 2, 1 and d = 2.5: 0.9361837181976661
        assertEquals(0.9361837181976661,
                LogOddsPool.pool(new double[] {0.6, 0.7, 0.9}, new double[] {1, 2, 1}, 2.5), 1e-15);
        // Extremizing a single forecast: σ(d · logit p); d = 0 gives 1/2.
        assertEquals(Probabilities.sigmoid(2 * Probabilities.logit(0.7)),
                LogOddsPool.pool(new double[] {0.7}, null, 2), 1e-15);
        assertEquals(0.5, LogOddsPool.pool(new double[] {0.7, 0.9}, null, 0));
        // A zero weight ignores its input, even a 0.
        assertEquals(0.7, LogOddsPool.pool(new double[] {0.7, 0.0}, new double[] {1, 0}, 1), 1e-15);
    }

    @Test
    void blendWithTheMarket() {
        // pooling_reference.py: expit(0.3·logit(0.7) + 0.7·logit(0.55)) = 0.597403716492381
        assertEquals(0.597403716492381, LogOddsPool.blend(0.7, 0.55, 0.3, 1), 1e-15);
        assertEquals(0.55, LogOddsPool.blend(0.7, 0.55, 0, 1), 1e-15);
        assertEquals(0.7, LogOddsPool.blend(0.7, 0.55, 1, 1), 1e-15);
        LogOddsPool pool = LogOddsPool.of(FeatureSchema.of("model", "market"), new double[] {0.3, 0.7}, 1);
        assertEquals(LogOddsPool.blend(0.7, 0.55, 0.3, 1), pool.probability(new double[] {0.7, 0.55}), 1e-15);
    }

    @Test
    void invariants() {
        SplitMix64 random = new SplitMix64(3);
        double[] p = new double[4];
        double[] w = new double[4];
        for (int trial = 0; trial < 2000; trial++) {
            double min = 1;
            double max = 0;
            for (int i = 0; i < 4; i++) {
                p[i] = random.nextDouble();
                w[i] = random.nextDouble();
                min = Math.min(min, p[i]);
                max = Math.max(max, p[i]);
            }
            double pooled = LogOddsPool.pool(p, w, 1);
            // Without extremizing the pool lies between the smallest and the largest input.
            assertTrue(pooled >= min - 1e-12 && pooled <= max + 1e-12, pooled + " not in [" + min + ", " + max + "]");
            // Extremizing moves it away from 1/2, and never out of [0, 1].
            double extreme = LogOddsPool.pool(p, w, 2.5);
            assertTrue(Math.abs(extreme - 0.5) >= Math.abs(pooled - 0.5) - 1e-15);
            assertTrue(extreme >= 0 && extreme <= 1);
        }
        // Certain inputs are clipped, not infinite; NaN propagates; out-of-range is refused.
        assertTrue(LogOddsPool.pool(new double[] {0.0, 1.0}, null, 1) > 0.49);
        assertTrue(Double.isNaN(LogOddsPool.pool(new double[] {Double.NaN, 0.4}, null, 1)));
        assertThrows(IllegalArgumentException.class, () -> LogOddsPool.pool(new double[] {1.3}, null, 1));
        assertThrows(IllegalArgumentException.class, () -> LogOddsPool.pool(new double[] {0.3}, new double[] {-1}, 1));
        assertThrows(IllegalArgumentException.class, () -> LogOddsPool.pool(new double[] {0.3}, new double[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> LogOddsPool.pool(new double[] {0.3}, null, -1));
        assertThrows(IllegalArgumentException.class, () -> LogOddsPool.pool(new double[0], null, 1));
    }

    @Test
    void extremizingFitMatchesScipyOnDataDrawnWithAKnownD() {
        // pooling_reference.py regenerates these data with a Python SplitMix64: N = 400, weights 1,2,1, true
        // d = 1.8, seed 20140401 -> positives = 176, sum of z = -27.50234494827977,
        // P[0] = 0.3754120878451222 0.38759922813438691 0.68315648219838465;
        // scipy minimize_scalar: fitted d = 1.642425445729907, standard error 0.18456337907462453.
        int n = 400;
        double[] w = {1, 2, 1};
        double[][] p = new double[n][3];
        boolean[] y = new boolean[n];
        SplitMix64 random = new SplitMix64(20140401L);
        int positives = 0;
        double sumZ = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                p[i][j] = 0.02 + 0.96 * random.nextDouble();
            }
            double z = LogOddsPool.meanLogOdds(p[i], w);
            sumZ += z;
            y[i] = random.nextDouble() < Probabilities.sigmoid(1.8 * z);
            positives += y[i] ? 1 : 0;
        }
        assertEquals(0.3754120878451222, p[0][0], 1e-16);
        assertEquals(0.68315648219838465, p[0][2], 1e-16);
        assertEquals(176, positives);
        assertEquals(-27.50234494827977, sumZ, 1e-11);
        LogOddsPool pool = LogOddsPool.fitExtremizing(FeatureSchema.of("a", "b", "c"), w, p, y);
        assertEquals(1.642425445729907, pool.extremizing(), 1e-7);
        // The true d = 1.8 is within one standard error (0.185) of the estimate.
        assertTrue(Math.abs(pool.extremizing() - 1.8) < 0.18456337907462453);
        assertEquals(n, pool.provenance().trainingRows());
    }

    @Test
    void separatedOrBackwardsOutcomesAreRefused() {
        double[][] p = {{0.2}, {0.3}, {0.7}, {0.9}};
        IllegalArgumentException separated = assertThrows(IllegalArgumentException.class,
                () -> LogOddsPool.fitExtremizing(FeatureSchema.of("a"), p, new boolean[] {false, false, true, true}));
        assertTrue(separated.getMessage().contains("separate"), separated.getMessage());
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
                () -> LogOddsPool.fitExtremizing(FeatureSchema.of("a"), new double[][] {{0.2}, {0.3}, {0.7}, {0.9},
                    {0.6}, {0.4}}, new boolean[] {true, true, false, false, true, false}));
        assertTrue(backwards.getMessage().contains("negative"), backwards.getMessage());
    }

    @Test
    void modelFileRoundTripThroughModelReaders() throws IOException {
        LogOddsPool pool = LogOddsPool.of(FeatureSchema.of("model", "market"), new double[] {0.3, 0.7}, 1.4);
        Path file = dir.resolve("pool.json");
        ModelFiles.write(file, pool.toDocument());
        ProbabilityModel read = ModelReaders.readModel(file, FeatureSchema.of("model", "market"));
        assertEquals(pool, read);
        assertEquals(pool.probability(new double[] {0.6, 0.5}), read.probability(new double[] {0.6, 0.5}));
        String text = pool.toString();
        assertTrue(text.contains("d = 1.4000"), text);
        assertTrue(text.contains("market  0.7000  0.7000"), text);
    }
}
