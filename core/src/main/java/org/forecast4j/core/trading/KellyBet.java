package org.forecast4j.core.trading;

import org.forecast4j.core.text.TextTable;

/**
 * A sized bet on a binary contract, for reading: which side, the edge, the fraction of the bankroll, the stake,
 * the contracts it buys and the expected log growth. See {@link KellySizing} for the meaning of each field and
 * {@link Kelly} for the rules. Immutable.
 *
 * @param side YES, NO or NONE
 * @param probability the forecast probability of YES given
 * @param price the YES price
 * @param fee the fee per contract
 * @param multiplier the fractional-Kelly multiplier
 * @param winProbability the probability the chosen side wins, as used for sizing
 * @param cost the cost per contract of the chosen side
 * @param edge winProbability − cost
 * @param kellyFraction the full Kelly fraction
 * @param shrinkage the uncertainty shrinkage factor, 1 for none
 * @param fraction the fraction of the bankroll staked
 * @param bankroll the bankroll
 * @param stake the money staked
 * @param contracts the contracts bought
 * @param expectedLogGrowth the expected log growth of wealth, nats per bet
 */
public record KellyBet(Side side, double probability, double price, double fee, double multiplier,
        double winProbability, double cost, double edge, double kellyFraction, double shrinkage, double fraction,
        double bankroll, double stake, double contracts, double expectedLogGrowth) {

    /**
     * Sizes a bet (see {@link Kelly#size}).
     *
     * @param p the forecast probability of YES, in [0, 1]
     * @param price the YES price, in (0, 1)
     * @param options fee and multiplier
     * @param bankroll the bankroll, finite and {@code >= 0}
     * @return the bet
     * @throws IllegalArgumentException if an argument is out of range or NaN
     */
    public static KellyBet of(double p, double price, KellyOptions options, double bankroll) {
        KellySizing sizing = new KellySizing();
        Kelly.size(p, price, options, bankroll, sizing);
        return sizing.toBet();
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("quantity", "value");
        table.row("side", side);
        table.row("probability (YES)", TextTable.number(probability));
        table.row("price (YES)", TextTable.number(price));
        table.row("fee per contract", TextTable.number(fee));
        table.row("cost per contract", TextTable.number(cost));
        table.row("win probability", TextTable.number(winProbability));
        table.row("edge", TextTable.number(edge));
        table.row("Kelly fraction", TextTable.number(kellyFraction));
        table.row("multiplier", TextTable.number(multiplier));
        table.row("shrinkage", TextTable.number(shrinkage));
        table.row("fraction", TextTable.number(fraction));
        table.row("bankroll", TextTable.number(bankroll));
        table.row("stake", TextTable.number(stake));
        table.row("contracts", TextTable.number(contracts));
        table.row("expected log growth", TextTable.number(expectedLogGrowth, 6));
        return table.toString();
    }
}
