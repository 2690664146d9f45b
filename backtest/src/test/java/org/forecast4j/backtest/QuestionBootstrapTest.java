package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.core.scoring.BootstrapInterval;
import org.forecast4j.core.scoring.PairedComparison;
import org.forecast4j.core.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;

class QuestionBootstrapTest {
    private static final ScoringOptions OPTIONS = ScoringOptions.DEFAULTS.withBootstrapReplicates(2000).withSeed(9);

    /** With one row per question the question bootstrap is the row bootstrap of PairedComparison, draw for draw. */
    @Test
    void singletonQuestionsGiveThePairedComparisonInterval() {
        SplitMix64 random = new SplitMix64(3);
        int n = 157;
        double[] a = new double[n];
        double[] b = new double[n];
        boolean[] y = new boolean[n];
        double[] sums = new double[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextDouble();
            b[i] = random.nextDouble();
            y[i] = random.nextDouble() < 0.4;
            double t = y[i] ? 1 : 0;
            sums[i] = (a[i] - t) * (a[i] - t) - (b[i] - t) * (b[i] - t);
            counts[i] = 1;
        }
        PairedComparison paired = PairedComparison.brier(a, b, y, OPTIONS);
        BootstrapInterval mine = QuestionBootstrap.meanInterval(sums, counts, paired.meanDifference(), 2000, 0.9, 9);
        assertEquals(paired.interval().lower(), mine.lower(), 1e-15);
        assertEquals(paired.interval().upper(), mine.upper(), 1e-15);
    }

    /** Questions whose rows are identical copies carry no more information than one row each. */
    @Test
    void duplicatedRowsDoNotNarrowTheInterval() {
        double[] values = {0.1, -0.2, 0.05, 0.3, -0.15, 0.0, 0.22, -0.07};
        double[] sums = new double[values.length];
        int[] ones = new int[values.length];
        int[] threes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            sums[i] = 3 * values[i];
            ones[i] = 1;
            threes[i] = 3;
        }
        BootstrapInterval single = QuestionBootstrap.meanInterval(values, ones, 0, 999, 0.9, 1);
        BootstrapInterval triple = QuestionBootstrap.meanInterval(sums, threes, 0, 999, 0.9, 1);
        assertEquals(single.lower(), triple.lower(), 1e-15);
        assertEquals(single.upper(), triple.upper(), 1e-15);
        assertTrue(single.lower() < single.upper());
    }

    /** numpy.quantile (method 'linear', type 7): quantile([1, 2, 4, 8], 0.3) = 1 + 0.9 · (2 − 1) = 1.9. */
    @Test
    void quantileIsType7() {
        assertEquals(1.9, QuestionBootstrap.quantile(new double[] {1, 2, 4, 8}, 0.3), 1e-15);
        assertEquals(8, QuestionBootstrap.quantile(new double[] {1, 2, 4, 8}, 1.0), 0);
    }
}
