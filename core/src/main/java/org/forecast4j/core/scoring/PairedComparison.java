package org.forecast4j.core.scoring;

import org.forecast4j.core.prob.Probabilities;

/**
 * A paired comparison of two forecasters on the same outcomes: the mean of the per-question Brier difference
 * {@code d_i = (a_i − y_i)² − (b_i − y_i)²}, its standard error {@code sd(d)/√n}, and a seeded percentile
 * bootstrap interval that resamples questions (so both forecasters see the same resample). A negative mean
 * favours forecaster A.
 *
 * @param n the number of paired forecasts
 * @param brierA forecaster A's mean Brier score
 * @param brierB forecaster B's mean Brier score
 * @param meanDifference {@code brierA − brierB}
 * @param standardError the standard error of the mean difference (sample standard deviation, n − 1), 0 when
 *     {@code n = 1}
 * @param interval the bootstrap interval of the mean difference, or {@code null} with no replicates
 */
public record PairedComparison(long n, double brierA, double brierB, double meanDifference, double standardError,
        BootstrapInterval interval) {

    /**
     * Compares two forecasters' Brier scores on the same outcomes.
     *
     * @param a forecaster A's probabilities
     * @param b forecaster B's probabilities, same length
     * @param outcomes the outcomes, same length
     * @param options bootstrap replicates, interval level and seed (the bins are not used)
     * @return the comparison
     * @throws IllegalArgumentException if lengths differ, the arrays are empty, or a probability is invalid
     */
    public static PairedComparison brier(double[] a, double[] b, boolean[] outcomes, ScoringOptions options) {
        int n = outcomes.length;
        if (a.length != n || b.length != n) {
            throw new IllegalArgumentException("a, b and outcomes must have the same length, got " + a.length
                    + ", " + b.length + ", " + n);
        }
        if (n == 0) {
            throw new IllegalArgumentException("a paired comparison needs at least one forecast");
        }
        double[] d = new double[n];
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < n; i++) {
            Probabilities.requireProbability(a[i], "forecast A #" + (i + 1));
            Probabilities.requireProbability(b[i], "forecast B #" + (i + 1));
            double sa = Probabilities.brier(a[i], outcomes[i]);
            double sb = Probabilities.brier(b[i], outcomes[i]);
            sumA += sa;
            sumB += sb;
            d[i] = sa - sb;
        }
        double mean = (sumA - sumB) / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (d[i] - mean) * (d[i] - mean);
        }
        double standardError = n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0.0;
        BootstrapInterval interval = options.bootstrapReplicates() == 0 ? null
                : Bootstrap.meanInterval(d, null, n, mean, options.bootstrapReplicates(), options.intervalLevel(),
                        options.seed());
        return new PairedComparison(n, sumA / n, sumB / n, mean, standardError, interval);
    }
}
