package org.forecast4j.backtest;

import org.forecast4j.core.text.TextTable;

/**
 * The outcome of a simulated trading account (see {@link KellyAccount} for the rules). Wealth is in units of
 * the starting bankroll.
 *
 * @param startingWealth the bankroll at the start, 1
 * @param finalWealth the cash once every bet has settled
 * @param logGrowth {@code ln(finalWealth)}, in nats; {@code −∞} if everything was lost
 * @param maxDrawdown the largest fall of equity from its running peak, as a fraction of the peak, in [0, 1]
 * @param bets the number of bets placed
 * @param wins how many of them paid out
 * @param yesBets bets on YES
 * @param noBets bets on NO
 * @param totalStaked the sum of stakes (fees included)
 * @param feesPaid the fees included in the stakes: contracts × fee
 * @param eligibleForecasts the forecasts that could have been bet on: made by the model, with a market price in
 *     (0, 1)
 * @param fee the fee per contract
 * @param kellyMultiplier the fractional-Kelly multiplier
 */
public record TradingResult(double startingWealth, double finalWealth, double logGrowth, double maxDrawdown,
        int bets, int wins, int yesBets, int noBets, double totalStaked, double feesPaid, int eligibleForecasts,
        double fee, double kellyMultiplier) {

    /** @return a readable table */
    @Override
    public String toString() {
        TextTable table = new TextTable("trading", "value");
        table.row("fee per contract", TextTable.number(fee));
        table.row("Kelly multiplier", TextTable.number(kellyMultiplier));
        table.row("eligible forecasts", eligibleForecasts);
        table.row("bets (yes/no)", bets + " (" + yesBets + "/" + noBets + ")");
        table.row("wins", wins);
        table.row("total staked", TextTable.number(totalStaked));
        table.row("fees paid", TextTable.number(feesPaid));
        table.row("final wealth", TextTable.number(finalWealth));
        table.row("log growth", TextTable.number(logGrowth));
        table.row("max drawdown", TextTable.number(maxDrawdown));
        return table.toString();
    }
}
