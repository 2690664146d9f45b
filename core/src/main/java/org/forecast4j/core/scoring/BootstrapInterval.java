package org.forecast4j.core.scoring;

/**
 * A percentile bootstrap interval for a mean (Efron &amp; Tibshirani 1993, ch. 13), with quantiles of the
 * replicates by linear interpolation (Hyndman &amp; Fan type 7, the default of R and numpy).
 *
 * @param estimate the statistic on the original sample
 * @param lower the lower end
 * @param upper the upper end
 * @param level the coverage, e.g. 0.9
 * @param replicates the number of resamples
 * @param seed the random seed that makes the interval reproducible
 */
public record BootstrapInterval(double estimate, double lower, double upper, double level, int replicates,
        long seed) {
}
