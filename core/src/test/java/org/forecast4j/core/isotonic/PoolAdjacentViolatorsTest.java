package org.forecast4j.core.isotonic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

class PoolAdjacentViolatorsTest {

    @Test
    void matchesScikitLearnTestIsotonicRegression() {
        // scikit-learn sklearn/isotonic tests, test_isotonic_regression:
        // y = [3, 7, 5, 9, 8, 7, 10] -> [3, 6, 6, 8, 8, 8, 10]
        double[] fitted = PoolAdjacentViolators.fitOrdered(new double[] {3, 7, 5, 9, 8, 7, 10}, null);
        assertArrayEquals(new double[] {3, 6, 6, 8, 8, 8, 10}, fitted, 1e-15);
    }

    @Test
    void poolsEqualInputsFirstAsScikitLearnDoes() {
        // scikit-learn IsotonicRegression on x = [0,1,1,2,3,4], y = [0,0,1,0,0,1] predicts
        // [0, .25, .25, .25, .25, 1] (the ties at x = 1 are pooled to 0.5 before PAV).
        IsotonicFit fit = PoolAdjacentViolators.fit(new double[] {0, 1, 1, 2, 3, 4},
                new double[] {0, 0, 1, 0, 0, 1}, null);
        assertArrayEquals(new double[] {0, 0.25, 0.25, 0.25, 0.25, 1}, fit.fittedAtInputs(), 1e-15);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, fit.x(), 0);
        assertArrayEquals(new double[] {0, 0.25, 0.25, 0.25, 1}, fit.fitted(), 1e-15);
        assertArrayEquals(new double[] {1, 2, 1, 1, 1}, fit.weight(), 0);
    }

    @Test
    void unsortedInputsGiveTheSameFitInTheirOwnOrder() {
        IsotonicFit fit = PoolAdjacentViolators.fit(new double[] {4, 1, 3, 0, 1, 2},
                new double[] {1, 1, 0, 0, 0, 0}, null);
        assertArrayEquals(new double[] {1, 0.25, 0.25, 0, 0.25, 0.25}, fit.fittedAtInputs(), 1e-15);
    }

    @Test
    void weightsActAsRepetitions() {
        // A point of weight 3 is the same as three copies of it.
        double[] weighted = PoolAdjacentViolators.fitOrdered(new double[] {5, 1, 4}, new double[] {3, 1, 2});
        double[] repeated = PoolAdjacentViolators.fitOrdered(new double[] {5, 5, 5, 1, 4, 4}, null);
        assertEquals(repeated[0], weighted[0], 1e-15);
        assertEquals(repeated[3], weighted[1], 1e-15);
        assertEquals(repeated[4], weighted[2], 1e-15);
        // Closed form: everything pools to (15 + 1 + 8) / 6 = 4.
        assertArrayEquals(new double[] {4, 4, 4}, weighted, 1e-15);
    }

    @Test
    void invariantsOnRandomData() {
        SplitMix64 random = new SplitMix64(2024);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(15);
                y[i] = random.nextDouble() < 0.5 ? 0 : 1;
                w[i] = 0.5 + random.nextDouble();
            }
            IsotonicFit fit = PoolAdjacentViolators.fit(x, y, w);
            double[] f = fit.fitted();
            double weightedY = 0;
            double weightedF = 0;
            for (int k = 1; k < f.length; k++) {
                assertTrue(f[k - 1] <= f[k], "monotone");
            }
            for (int i = 0; i < n; i++) {
                assertTrue(fit.fittedAtInput(i) >= 0 && fit.fittedAtInput(i) <= 1, "within the data range");
                weightedY += w[i] * y[i];
                weightedF += w[i] * fit.fittedAtInput(i);
            }
            // Isotonic least squares preserves the weighted mean (Barlow et al. 1972, Thm 1.6).
            assertEquals(weightedY, weightedF, 1e-9);
        }
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> PoolAdjacentViolators.fit(new double[] {0, Double.NaN}, new double[] {0, 1}, null));
        assertThrows(IllegalArgumentException.class,
                () -> PoolAdjacentViolators.fit(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> PoolAdjacentViolators.fit(new double[] {0}, new double[] {0, 1}, null));
        assertThrows(IllegalArgumentException.class,
                () -> PoolAdjacentViolators.fit(new double[0], new double[0], null));
    }
}
