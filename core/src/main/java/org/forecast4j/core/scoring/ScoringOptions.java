package org.forecast4j.core.scoring;

/**
 * How a score report is computed. Validated on construction.
 *
 * @param bins the number of equal-width reliability bins, in 1..{@value #MAX_BINS}; bin k holds
 *     {@code k/B <= p < (k+1)/B} and {@code p = 1} goes in the last bin
 * @param bootstrapReplicates bootstrap resamples for the Brier interval, in 0..{@value #MAX_BOOTSTRAP_REPLICATES};
 *     0 skips the bootstrap. Its cost is {@code O(replicates × n)}
 * @param intervalLevel the coverage of every interval in the report (bootstrap and Jeffreys), in (0, 1)
 * @param seed the bootstrap's random seed; the same seed gives the same interval
 */
public record ScoringOptions(int bins, int bootstrapReplicates, double intervalLevel, long seed) {

    /** The most reliability bins: each is a row of the report (and its arrays are allocated up front). */
    public static final int MAX_BINS = 10_000;
    /** The most bootstrap resamples: each holds an index per forecast while it is drawn. */
    public static final int MAX_BOOTSTRAP_REPLICATES = 100_000;

    /** 10 bins, 1000 bootstrap replicates, 90% intervals, seed 42. */
    public static final ScoringOptions DEFAULTS = new ScoringOptions(10, 1000, 0.9, 42L);

    /**
     * Validates the options.
     *
     * @param bins the number of equal-width reliability bins, in 1..{@value #MAX_BINS}
     * @param bootstrapReplicates bootstrap resamples for the Brier interval, in 0..{@value #MAX_BOOTSTRAP_REPLICATES}
     * @param intervalLevel the coverage of every interval in the report (bootstrap and Jeffreys), in (0, 1)
     * @param seed the bootstrap's random seed; the same seed gives the same interval
     */
    public ScoringOptions {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException("bins must be in 1.." + MAX_BINS + ", got " + bins);
        }
        if (bootstrapReplicates < 0 || bootstrapReplicates > MAX_BOOTSTRAP_REPLICATES) {
            throw new IllegalArgumentException("bootstrapReplicates must be in 0.." + MAX_BOOTSTRAP_REPLICATES
                    + ", got " + bootstrapReplicates);
        }
        if (!(intervalLevel > 0 && intervalLevel < 1)) {
            throw new IllegalArgumentException("intervalLevel must be in (0, 1), got " + intervalLevel);
        }
    }

    /**
     * @param newBins the number of bins
     * @return a copy with that many bins
     */
    public ScoringOptions withBins(int newBins) {
        return new ScoringOptions(newBins, bootstrapReplicates, intervalLevel, seed);
    }

    /**
     * @param replicates the number of bootstrap resamples, 0 for none
     * @return a copy with that many replicates
     */
    public ScoringOptions withBootstrapReplicates(int replicates) {
        return new ScoringOptions(bins, replicates, intervalLevel, seed);
    }

    /**
     * @param newSeed the bootstrap seed
     * @return a copy with that seed
     */
    public ScoringOptions withSeed(long newSeed) {
        return new ScoringOptions(bins, bootstrapReplicates, intervalLevel, newSeed);
    }

    /**
     * @param level the interval coverage
     * @return a copy with that coverage
     */
    public ScoringOptions withIntervalLevel(double level) {
        return new ScoringOptions(bins, bootstrapReplicates, level, seed);
    }
}
