package org.forecast4j.core.logistic;

import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;

/** Datasets shared by the logistic tests. */
final class TestData {
    private TestData() {
    }

    /**
     * Spector &amp; Mazzeo (1980), "Probit analysis and economic education", J. Economic Education 11: 37–44;
     * 32 students, columns GPA, TUCE, PSI, GRADE. Reproduced in statsmodels (statsmodels/datasets/spector), in
     * Greene's Econometric Analysis (Table F14.1) and in Rdatasets (csv/AER/ProgramEffectiveness.csv, whose
     * rows are these, in this order).
     */
    static final double[][] SPECTOR = {
        {2.66, 20, 0, 0}, {2.89, 22, 0, 0}, {3.28, 24, 0, 0}, {2.92, 12, 0, 0}, {4.00, 21, 0, 1},
        {2.86, 17, 0, 0}, {2.76, 17, 0, 0}, {2.87, 21, 0, 0}, {3.03, 25, 0, 0}, {3.92, 29, 0, 1},
        {2.63, 20, 0, 0}, {3.32, 23, 0, 0}, {3.57, 23, 0, 0}, {3.26, 25, 0, 1}, {3.53, 26, 0, 0},
        {2.74, 19, 0, 0}, {2.75, 25, 0, 0}, {2.83, 19, 0, 0}, {3.12, 23, 1, 0}, {3.16, 25, 1, 1},
        {2.06, 22, 1, 0}, {3.62, 28, 1, 1}, {2.89, 14, 1, 0}, {3.51, 26, 1, 0}, {3.54, 24, 1, 1},
        {2.83, 27, 1, 1}, {3.39, 17, 1, 1}, {2.67, 24, 1, 0}, {3.65, 21, 1, 1}, {4.00, 23, 1, 1},
        {3.10, 21, 1, 0}, {2.39, 19, 1, 1},
    };

    static final FeatureSchema SPECTOR_SCHEMA = FeatureSchema.of("gpa", "tuce", "psi");

    /**
     * The Spector features. Stata stores variables in single precision, so the Stata results that statsmodels
     * tests against (statsmodels/discrete/tests/results/results_discrete.py, class Spector) are those of GPA
     * rounded to float; {@code asStataStoresThem} reproduces that rounding.
     */
    static double[][] spectorX(boolean asStataStoresThem) {
        double[][] x = new double[SPECTOR.length][3];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = asStataStoresThem ? (double) (float) SPECTOR[i][0] : SPECTOR[i][0];
            x[i][1] = SPECTOR[i][1];
            x[i][2] = SPECTOR[i][2];
        }
        return x;
    }

    static boolean[] spectorY() {
        boolean[] y = new boolean[SPECTOR.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = SPECTOR[i][3] == 1;
        }
        return y;
    }

    /** Synthetic rows and outcomes, as {@code synthetic(seed, n)} in core/src/test/python/logistic_reference.py. */
    record Synthetic(double[][] x, boolean[] y) {
        static final FeatureSchema SCHEMA = FeatureSchema.of("x0", "x1", "x2");

        /**
         * x0 ~ N(0,1), x1 = 3 + 2 N(0,1), x2 = [u &lt; 0.3]; log-odds −0.5 + x0 − 0.4 x1 + 0.8 x2; y = [u &lt; σ].
         */
        static Synthetic of(long seed, int n) {
            SplitMix64 random = new SplitMix64(seed);
            double[][] x = new double[n][3];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                x[i][0] = random.nextGaussian();
                x[i][1] = 3.0 + 2.0 * random.nextGaussian();
                x[i][2] = random.nextDouble() < 0.3 ? 1.0 : 0.0;
                double eta = -0.5 + 1.0 * x[i][0] - 0.4 * x[i][1] + 0.8 * x[i][2];
                y[i] = random.nextDouble() < Probabilities.sigmoid(eta);
            }
            return new Synthetic(x, y);
        }

        Synthetic head(int n) {
            return new Synthetic(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
        }
    }
}
