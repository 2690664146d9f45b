package org.forecast4j.backtest;

import java.util.Arrays;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.core.scoring.BootstrapInterval;

/**
 * A percentile bootstrap of a mean over rows that resamples whole questions (a cluster bootstrap): each replicate
 * draws as many questions as there are, with replacement, and takes the mean over all their rows,
 * {@code Σ sums / Σ counts}. Rows of one question are not independent, so this interval is the honest one when
 * questions have several rows. With one row per question it draws the same indices as
 * {@code PairedComparison} (SplitMix64 with the same seed, {@code nextInt(n)} per draw, type-7 quantiles) and
 * gives the same interval.
 */
final class QuestionBootstrap {
    private QuestionBootstrap() {
    }

    /**
     * @param sums the sum of the row values of each question
     * @param counts the number of rows of each question, {@code > 0}
     * @param estimate the statistic on the original sample
     * @param replicates the number of resamples, {@code > 0}
     * @param level the coverage
     * @param seed the seed
     * @return the interval
     */
    static BootstrapInterval meanInterval(double[] sums, int[] counts, double estimate, int replicates, double level,
            long seed) {
        int n = sums.length;
        SplitMix64 random = new SplitMix64(seed);
        double[] means = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            double sum = 0;
            long count = 0;
            for (int k = 0; k < n; k++) {
                int i = random.nextInt(n);
                sum += sums[i];
                count += counts[i];
            }
            means[r] = sum / count;
        }
        Arrays.sort(means);
        double tail = (1.0 - level) / 2.0;
        return new BootstrapInterval(estimate, quantile(means, tail), quantile(means, 1.0 - tail), level, replicates,
                seed);
    }

    /** Type-7 quantile of sorted values (Hyndman and Fan; the default of R and numpy). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
