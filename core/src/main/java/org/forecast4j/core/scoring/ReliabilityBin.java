package org.forecast4j.core.scoring;

/**
 * One non-empty bin of a reliability diagram.
 *
 * @param lower the bin's lower edge {@code k/B} (inclusive)
 * @param upper the bin's upper edge {@code (k+1)/B} (exclusive, but inclusive for the last bin)
 * @param count the number of forecasts in the bin
 * @param weight their total weight (equal to {@code count} when unweighted)
 * @param meanForecast the (weighted) mean forecast in the bin
 * @param observedRate the (weighted) fraction of outcomes that happened
 * @param observedLower the lower end of the Jeffreys interval for the observed rate
 * @param observedUpper the upper end of the Jeffreys interval for the observed rate
 */
public record ReliabilityBin(double lower, double upper, long count, double weight, double meanForecast,
        double observedRate, double observedLower, double observedUpper) {
}
