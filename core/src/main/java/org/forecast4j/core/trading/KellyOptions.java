package org.forecast4j.core.trading;

/**
 * How to size a bet: the fee per contract and the fractional-Kelly multiplier. Immutable; build it once and
 * reuse it on the hot path.
 *
 * <p>Two positional doubles are easy to swap, so name them: {@code KellyOptions.fraction(0.5).withFee(0.01)},
 * or {@code KellyOptions.builder().fee(0.01).fraction(0.5).build()}. {@link #fullKelly()} stakes the whole
 * Kelly fraction; most bettors stake a fraction of it, since a probability that overstates the edge twofold
 * makes full Kelly's expected log growth about zero, while half Kelly then stakes what full Kelly on the true
 * edge would.
 *
 * @param fee the fee per contract, in the same units as the price (a contract pays 1), finite, in [0, 1)
 * @param multiplier the fractional-Kelly multiplier applied to the Kelly fraction, in (0, 1]; 1 is full
 *     Kelly, 0.5 half Kelly
 */
public record KellyOptions(double fee, double multiplier) {

    /**
     * Validates the options.
     *
     * @param fee the fee per contract, in the same units as the price (a contract pays 1), finite, in [0, 1)
     * @param multiplier the fractional-Kelly multiplier applied to the Kelly fraction, in (0, 1]; 1 is full Kelly, 0.5 half Kelly
     */
    public KellyOptions {
        if (!(fee >= 0 && fee < 1)) {
            throw new IllegalArgumentException("fee must be in [0, 1) per contract, got " + fee);
        }
        if (!(multiplier > 0 && multiplier <= 1)) {
            throw new IllegalArgumentException("Kelly multiplier must be in (0, 1], got " + multiplier);
        }
    }

    /**
     * @return no fee, full Kelly
     * @see #fullKelly()
     */
    public static KellyOptions defaults() {
        return fullKelly();
    }

    /** @return no fee, full Kelly: the stake that maximises expected log wealth if the probability is right */
    public static KellyOptions fullKelly() {
        return new KellyOptions(0, 1);
    }

    /**
     * @param multiplier the fractional-Kelly multiplier, in (0, 1]: 0.5 is half Kelly
     * @return no fee, that fraction of the Kelly stake
     */
    public static KellyOptions fraction(double multiplier) {
        return new KellyOptions(0, multiplier);
    }

    /** @return a builder starting from no fee and full Kelly */
    public static Builder builder() {
        return new Builder();
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

    /**
     * @param newMultiplier the fractional-Kelly multiplier
     * @return a copy with that multiplier (the same as {@link #withMultiplier})
     */
    public KellyOptions withFraction(double newMultiplier) {
        return withMultiplier(newMultiplier);
    }

    /** Builds {@link KellyOptions} by name; not thread-safe, the options it builds are. */
    public static final class Builder {
        private double fee;
        private double multiplier = 1;

        private Builder() {
        }

        /**
         * @param perContract the fee per contract, in price units, in [0, 1)
         * @return this builder
         */
        public Builder fee(double perContract) {
            this.fee = perContract;
            return this;
        }

        /**
         * @param kellyMultiplier the fractional-Kelly multiplier, in (0, 1]: 0.5 is half Kelly
         * @return this builder
         */
        public Builder fraction(double kellyMultiplier) {
            this.multiplier = kellyMultiplier;
            return this;
        }

        /**
         * @return the validated options
         * @throws IllegalArgumentException if the fee or the multiplier is out of range
         */
        public KellyOptions build() {
            return new KellyOptions(fee, multiplier);
        }
    }
}
