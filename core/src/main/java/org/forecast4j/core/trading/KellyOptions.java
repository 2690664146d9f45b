package org.forecast4j.core.trading;

/**
 * How to size a bet: the fee per contract and the fractional-Kelly multiplier. Immutable; build it once and
 * reuse it on the hot path.
 *
 * @param fee the fee per contract, in the same units as the price (a contract pays 1), finite, in [0, 1)
 * @param multiplier the fractional-Kelly multiplier applied to the Kelly fraction, in (0, 1]; 1 is full
 *     Kelly, 0.5 half Kelly
 */
public record KellyOptions(double fee, double multiplier) {

    /** Validates the options. */
    public KellyOptions {
        if (!(fee >= 0 && fee < 1)) {
            throw new IllegalArgumentException("fee must be in [0, 1) per contract, got " + fee);
        }
        if (!(multiplier > 0 && multiplier <= 1)) {
            throw new IllegalArgumentException("Kelly multiplier must be in (0, 1], got " + multiplier);
        }
    }

    /** @return no fee, full Kelly */
    public static KellyOptions defaults() {
        return new KellyOptions(0, 1);
    }

    /**
     * @param newFee the fee per contract
     * @return a copy with that fee
     */
    public KellyOptions withFee(double newFee) {
        return new KellyOptions(newFee, multiplier);
    }

    /**
     * @param newMultiplier the fractional-Kelly multiplier
     * @return a copy with that multiplier
     */
    public KellyOptions withMultiplier(double newMultiplier) {
        return new KellyOptions(fee, newMultiplier);
    }
}
