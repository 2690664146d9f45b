package org.forecast4j.core.scoring;

import java.util.Arrays;
import org.forecast4j.core.random.SplitMix64;

/** Percentile bootstrap of a (weighted) mean, seeded and deterministic. */
final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * @param values per-item values (e.g. squared errors), first {@code n} used
     * @param weights per-item weights or {@code null}
     * @param n the number of items, {@code > 0}
     * @param estimate the statistic on the original sample
     * @param replicates resamples, {@code > 0}
     * @param level coverage
     * @param seed random seed
     */
    static BootstrapInterval meanInterval(double[] values, double[] weights, int n, double estimate,
            int replicates, double level, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        double[] means = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            double sum = 0;
            double weight = 0;
            if (weights == null) {
                for (int k = 0; k < n; k++) {
                    sum += values[random.nextInt(n)];
                }
                weight = n;
            } else {
                for (int k = 0; k < n; k++) {
                    int i = random.nextInt(n);
                    sum += weights[i] * values[i];
                    weight += weights[i];
                }
            }
            means[r] = sum / weight;
        }
        Arrays.sort(means);
        double tail = (1.0 - level) / 2.0;
        return new BootstrapInterval(estimate, quantile(means, tail), quantile(means, 1.0 - tail), level,
                replicates, seed);
    }

    /** Type-7 quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
