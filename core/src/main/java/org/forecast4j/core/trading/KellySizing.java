package org.forecast4j.core.trading;

/**
 * A caller-owned, reusable result of {@link Kelly}'s sizing methods, so that a bot can size a bet on every
 * price tick without allocating. Mutable and not thread-safe: use one per thread. {@link #toBet()} copies it
 * into an immutable {@link KellyBet}.
 *
 * <p>All money amounts are in the bankroll's currency; a contract pays 1 unit of the price's currency, and
 * prices, costs and edges are per contract.
 */
public final class KellySizing {
    Side side = Side.NONE;
    double probability = Double.NaN;
    double price = Double.NaN;
    double fee = Double.NaN;
    double multiplier = Double.NaN;
    double winProbability = Double.NaN;
    double cost = Double.NaN;
    double edge = Double.NaN;
    double kellyFraction;
    double shrinkage = 1;
    double fraction;
    double bankroll;
    double stake;
    double contracts;
    double expectedLogGrowth;

    /** @return the side to buy, or {@link Side#NONE} when neither side has a positive edge */
    public Side side() {
        return side;
    }

    /** @return the forecast probability of YES that was given, in [0, 1] */
    public double probability() {
        return probability;
    }

    /** @return the market price of a YES contract, in (0, 1) */
    public double price() {
        return price;
    }

    /** @return the fee per contract */
    public double fee() {
        return fee;
    }

    /** @return the fractional-Kelly multiplier */
    public double multiplier() {
        return multiplier;
    }

    /**
     * @return the probability that the chosen side wins, as used for sizing: {@code p} for YES and
     *     {@code 1 − p} for NO, or the conservative end of the interval with
     *     {@link Kelly#sizeWithInterval}; for {@link Side#NONE}, that of the side with the larger edge
     */
    public double winProbability() {
        return winProbability;
    }

    /** @return the cost per contract of the chosen side ({@link Side#NONE}: of the side with the larger edge) */
    public double cost() {
        return cost;
    }

    /**
     * @return {@link #winProbability()} − {@link #cost()}: the expected profit per contract, {@code > 0} for a
     *     trade; for {@link Side#NONE} the larger of the two sides' edges, {@code <= 0}
     */
    public double edge() {
        return edge;
    }

    /** @return the full Kelly fraction {@code (q − c)/(1 − c)} before the multiplier and shrinkage; 0 for NONE */
    public double kellyFraction() {
        return kellyFraction;
    }

    /** @return the shrinkage factor in (0, 1] applied for forecast uncertainty; 1 when there is none */
    public double shrinkage() {
        return shrinkage;
    }

    /** @return the fraction of the bankroll to stake: multiplier × shrinkage × Kelly fraction, in [0, 1] */
    public double fraction() {
        return fraction;
    }

    /** @return the bankroll the stake is a fraction of */
    public double bankroll() {
        return bankroll;
    }

    /** @return the money to spend: fraction × bankroll */
    public double stake() {
        return stake;
    }

    /** @return the number of contracts the stake buys, stake / cost, not rounded */
    public double contracts() {
        return contracts;
    }

    /**
     * @return the expected log growth of wealth, in nats per bet, at {@link #fraction()} under
     *     {@link #winProbability()}: {@code q ln(1 − f + f/c) + (1 − q) ln(1 − f)}; 0 for NONE
     */
    public double expectedLogGrowth() {
        return expectedLogGrowth;
    }

    /** @return an immutable copy */
    public KellyBet toBet() {
        return new KellyBet(side, probability, price, fee, multiplier, winProbability, cost, edge, kellyFraction,
                shrinkage, fraction, bankroll, stake, contracts, expectedLogGrowth);
    }

    @Override
    public String toString() {
        return toBet().toString();
    }
}
