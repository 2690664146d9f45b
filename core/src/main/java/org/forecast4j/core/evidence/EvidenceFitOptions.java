package org.forecast4j.core.evidence;

/**
 * How {@link EvidenceTrainer#fit} fits log likelihood ratios. Validated on construction.
 *
 * @param logLikelihoodRatioPriorSd the standard deviation of the independent {@code N(0, σ²)} prior on each log
 *     likelihood ratio, finite, {@code > 0}; 1.0 says a single unit of evidence rarely multiplies the odds by more
 *     than {@code e² ≈ 7.4}
 * @param level the coverage of the model's default credible interval, in (0, 1)
 */
public record EvidenceFitOptions(double logLikelihoodRatioPriorSd, double level) {

    /** A prior standard deviation of 1.0 and 90% intervals. */
    public static final EvidenceFitOptions DEFAULTS = new EvidenceFitOptions(1.0, 0.9);

    /**
     * Validates the options.
     *
     * @param logLikelihoodRatioPriorSd the standard deviation of the independent {@code N(0, σ²)} prior on each log likelihood ratio, finite, {@code > 0}; 1.0 says a single unit of evidence rarely multiplies the odds by more than {@code e² ≈ 7.4}
     * @param level the coverage of the model's default credible interval, in (0, 1)
     */
    public EvidenceFitOptions {
        if (!(logLikelihoodRatioPriorSd > 0 && logLikelihoodRatioPriorSd < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("logLikelihoodRatioPriorSd must be finite and > 0, got "
                    + logLikelihoodRatioPriorSd);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
    }

    /**
     * @param sd the prior standard deviation of each log likelihood ratio
     * @return a copy with that prior
     */
    public EvidenceFitOptions withLogLikelihoodRatioPriorSd(double sd) {
        return new EvidenceFitOptions(sd, level);
    }

    /**
     * @param newLevel the interval coverage
     * @return a copy with that coverage
     */
    public EvidenceFitOptions withLevel(double newLevel) {
        return new EvidenceFitOptions(logLikelihoodRatioPriorSd, newLevel);
    }
}
