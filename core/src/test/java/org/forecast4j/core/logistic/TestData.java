package org.forecast4j.core.logistic;

import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;

/** Datasets shared by the logistic tests. */
final class TestData {
    private TestData() {
    }

    /**
     * The 23 space-shuttle launches before the Challenger accident: launch temperature (°F) and whether any O-ring
     * showed thermal distress (1) or not (0), sorted by temperature. Source: Report of the Presidential Commission
     * on the Space Shuttle Challenger Accident (1986), as tabulated by Dalal, Fowlkes &amp; Hoadley, "Risk analysis
     * of the space shuttle: pre-Challenger prediction of failure", JASA 84 (1989) 945–957, Table 1. A work of the
     * United States government, hence in the public domain; we may ship it. The same 23 rows (as counts of
     * damaged O-rings) are printed at people.hsc.edu/faculty-staff/blins/classes/spring17/math222/examples/
     * challenger.html.
     */
    static final double[][] CHALLENGER = {
        {53, 1}, {57, 1}, {58, 1}, {63, 1}, {66, 0}, {67, 0}, {67, 0}, {67, 0}, {68, 0}, {69, 0}, {70, 1}, {70, 0},
        {70, 1}, {70, 0}, {72, 0}, {73, 0}, {75, 0}, {75, 1}, {76, 0}, {76, 0}, {78, 0}, {79, 0}, {81, 0},
    };

    static final FeatureSchema CHALLENGER_SCHEMA = FeatureSchema.of("temp");

    /**
     * The 45 adults (aged 15 or more) of the Donner Party, stranded in the Sierra Nevada in the winter of 1846–47:
     * age (years), male (1 = male, 0 = female), survived (1 = yes). Historical facts about named people, compiled
     * by D. K. Grayson, "Donner Party deaths: a demographic assessment", J. Anthropological Research 46 (1990)
     * 223–242; facts are not copyrightable and a complete list of one group in its source order is no creative
     * selection, so we may ship them. These are the rows of Ramsey &amp; Schafer, The Statistical Sleuth, case
     * study 20.1 (R package Sleuth3, {@code case2001}), in that order; checked against two independent copies
     * (github.com/gjkerns/IPSUR data/donner.txt with columns age, male, survival, and
     * github.com/krgross/st512-course-notes data/donner.txt) and the counts of Penn State STAT 504, lesson 7.1
     * (15 women of whom 10 survived, 30 men of whom 10 survived).
     */
    static final double[][] DONNER = {
        {23, 1, 0}, {40, 0, 1}, {40, 1, 1}, {30, 1, 0}, {28, 1, 0}, {40, 1, 0}, {45, 0, 0}, {62, 1, 0}, {65, 1, 0},
        {45, 0, 0}, {25, 0, 0}, {28, 1, 1}, {28, 1, 0}, {23, 1, 0}, {22, 0, 1}, {23, 0, 1}, {28, 1, 1}, {15, 0, 1},
        {47, 0, 0}, {57, 1, 0}, {20, 0, 1}, {18, 1, 1}, {25, 1, 0}, {60, 1, 0}, {25, 1, 1}, {20, 1, 1}, {32, 1, 1},
        {32, 0, 1}, {24, 0, 1}, {30, 1, 1}, {15, 1, 0}, {50, 0, 0}, {21, 0, 1}, {25, 1, 0}, {46, 1, 1}, {32, 0, 1},
        {30, 1, 0}, {25, 1, 0}, {25, 1, 0}, {25, 1, 0}, {30, 1, 0}, {35, 1, 0}, {23, 1, 1}, {24, 1, 0}, {25, 0, 1},
    };

    static final FeatureSchema DONNER_SCHEMA = FeatureSchema.of("age", "male");

    /** The feature columns of a table whose last column is the 0/1 outcome. */
    static double[][] features(double[][] table) {
        double[][] x = new double[table.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = java.util.Arrays.copyOf(table[i], table[i].length - 1);
        }
        return x;
    }

    /** The outcomes (last column) of such a table. */
    static boolean[] outcomes(double[][] table) {
        boolean[] y = new boolean[table.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = table[i][table[i].length - 1] == 1;
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
