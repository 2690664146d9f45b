package org.forecast4j.core.model;

/**
 * A credible or confidence interval for a probability.
 *
 * @param lower the lower end, in [0, 1]
 * @param upper the upper end, in [lower, 1]
 * @param level the coverage, in (0, 1), e.g. 0.9
 */
public record ProbabilityInterval(double lower, double upper, double level) {
    /**
     * Validates the ends and the level.
     *
     * @param lower the lower end, in [0, 1]
     * @param upper the upper end, in [lower, 1]
     * @param level the coverage, in (0, 1), e.g. 0.9
     */
    public ProbabilityInterval {
        if (!(lower >= 0 && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("interval must satisfy 0 <= lower <= upper <= 1, got ["
                    + lower + ", " + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
    }
}
