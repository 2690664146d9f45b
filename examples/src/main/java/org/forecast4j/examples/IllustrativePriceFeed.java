package org.forecast4j.examples;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;

/**
 * A synthetic, deterministic price path for a question that no market quotes: ILLUSTRATIVE ONLY, not market
 * data. The log-odds of the price follow a discrete Ornstein–Uhlenbeck walk, one step a day from {@code start}:
 * {@code x(d+1) = x(d) + κ (logit anchor − x(d)) + σ ε}, {@code ε ~ N(0, 1)} from {@link SplitMix64}, starting at
 * {@code logit anchor}. The same seed gives the same path. Immutable.
 *
 * @param seed the seed of the walk
 * @param start the first day (prices before it are the anchor)
 * @param anchor the price the walk reverts to, in (0, 1)
 * @param kappa the daily reversion, in [0, 1]
 * @param sigma the daily standard deviation of the log-odds, {@code >= 0}
 */
public record IllustrativePriceFeed(long seed, Instant start, double anchor, double kappa, double sigma) {

    /** Validates the parameters. */
    public IllustrativePriceFeed {
        Objects.requireNonNull(start, "start");
        if (!(anchor > 0 && anchor < 1) || !(kappa >= 0 && kappa <= 1) || !(sigma >= 0 && sigma < 10)) {
            throw new IllegalArgumentException("need anchor in (0, 1), kappa in [0, 1], sigma in [0, 10); got "
                    + anchor + ", " + kappa + ", " + sigma);
        }
    }

    /**
     * The price on the day of {@code t} (UTC), replaying the walk from its start.
     *
     * @param t a time
     * @return the YES price, strictly between 0 and 1
     */
    public double price(Instant t) {
        long days = Math.max(0, ChronoUnit.DAYS.between(start.truncatedTo(ChronoUnit.DAYS),
                t.truncatedTo(ChronoUnit.DAYS)));
        SplitMix64 random = new SplitMix64(seed);
        double mu = Probabilities.logit(anchor);
        double x = mu;
        for (long d = 0; d < days; d++) {
            x += kappa * (mu - x) + sigma * random.nextGaussian();
        }
        // Keep a tradable price: a contract quoted at 0 or 1 has no Kelly bet.
        return Math.min(0.99, Math.max(0.01, Probabilities.sigmoid(x)));
    }
}
