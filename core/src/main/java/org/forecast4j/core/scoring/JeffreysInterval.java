package org.forecast4j.core.scoring;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.forecast4j.core.model.ProbabilityInterval;

/**
 * The Jeffreys interval for a binomial proportion (Brown, Cai &amp; DasGupta, "Interval Estimation for a
 * Binomial Proportion", Statistical Science 16(2), 2001, section 4.1.3): the equal-tailed quantiles of
 * {@code Beta(x + 1/2, n − x + 1/2)}, with the lower end set to 0 when {@code x = 0} and the upper end to 1 when
 * {@code x = n}. Counts may be fractional (effective counts of weighted data).
 */
public final class JeffreysInterval {
    private JeffreysInterval() {
    }

    /**
     * @param successes the number of successes, in [0, trials]
     * @param trials the number of trials, {@code > 0}
     * @param level the coverage, in (0, 1), e.g. 0.9
     * @return the interval
     * @throws IllegalArgumentException if the counts or the level are out of range
     */
    public static ProbabilityInterval of(double successes, double trials, double level) {
        if (!(trials > 0) || !(successes >= 0 && successes <= trials) || !Double.isFinite(trials)) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0, got " + successes
                    + " of " + trials);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        double alpha = 1.0 - level;
        BetaDistribution beta = new BetaDistribution(null, successes + 0.5, trials - successes + 0.5, 1e-12);
        double lower = successes <= 0 ? 0.0 : beta.inverseCumulativeProbability(alpha / 2);
        double upper = successes >= trials ? 1.0 : beta.inverseCumulativeProbability(1 - alpha / 2);
        return new ProbabilityInterval(lower, Math.max(lower, upper), level);
    }
}
