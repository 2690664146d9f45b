package org.forecast4j.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.forecast4j.core.trading.Kelly;
import org.forecast4j.core.trading.KellyOptions;
import org.forecast4j.core.trading.KellySizing;
import org.forecast4j.core.trading.Side;

/**
 * A simulated account that bets fractional Kelly against the market price on a backtest's forecasts.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The account starts with wealth 1, all in cash.
 *   <li>Eligible forecasts: made by the model (not the fallback prior), with a market price in (0, 1) as of the
 *       forecast time. Each eligible forecast is one betting opportunity, so a question forecast several times
 *       can hold several positions.
 *   <li>Sizing: {@link Kelly#size} with the forecast {@code p}, the market price and the fee — YES costs
 *       {@code price + fee} per contract paying 1, NO costs {@code 1 − price + fee}; the side with a positive
 *       edge is bought with {@code multiplier × f*} of the <em>cash</em>, {@code f* = (q − c)/(1 − c)}.
 *   <li>Funding: simultaneous open bets are funded from cash only — the money in open positions is not lent
 *       against — so the account can never stake more than it holds and never goes below zero.
 *   <li>Settlement: a position settles at its question's resolution time, paying 1 per contract if its side
 *       won and 0 otherwise, into cash. Events are processed in time order; at equal times settlements come
 *       before bets, and bets keep the order of the forecasts (time, then question).
 *   <li>Equity is cash plus the open positions at cost. The maximum drawdown is the largest
 *       {@code (peak − equity)/peak} over the equity after every settlement (a bet moves cash into a position
 *       at cost and leaves equity unchanged).
 * </ul>
 */
public final class KellyAccount {
    private KellyAccount() {
    }

    /** An open position. */
    private record Position(long sequence, java.time.Instant settles, boolean wins, double contracts,
            double stake) {
    }

    /**
     * Runs the account over the forecasts.
     *
     * @param rows the backtest's forecasts, in any order
     * @param options the fee per contract and the fractional-Kelly multiplier
     * @return the result
     */
    public static TradingResult simulate(List<BacktestRow> rows, KellyOptions options) {
        List<BacktestRow> bets = new ArrayList<>();
        for (BacktestRow row : rows) {
            if (row.source() == ForecastSource.MODEL && row.market() > 0 && row.market() < 1) {
                bets.add(row);
            }
        }
        bets.sort(Comparator.comparing(BacktestRow::at));   // stable: ties keep the forecasts' order
        PriorityQueue<Position> open = new PriorityQueue<>(Comparator.comparing(Position::settles)
                .thenComparingLong(Position::sequence));
        KellySizing sizing = new KellySizing();
        double cash = 1.0;
        double atCost = 0.0;
        double peak = 1.0;
        double maxDrawdown = 0.0;
        int placed = 0;
        int wins = 0;
        int yes = 0;
        int no = 0;
        double staked = 0;
        double fees = 0;
        long sequence = 0;
        for (BacktestRow row : bets) {
            while (!open.isEmpty() && !open.peek().settles().isAfter(row.at())) {
                Position settled = open.poll();
                cash += settled.wins() ? settled.contracts() : 0.0;
                atCost -= settled.stake();
                wins += settled.wins() ? 1 : 0;
                double equity = cash + atCost;
                peak = Math.max(peak, equity);
                maxDrawdown = Math.max(maxDrawdown, (peak - equity) / peak);
            }
            Kelly.size(row.p(), row.market(), options, cash, sizing);
            if (sizing.side() == Side.NONE || !(sizing.stake() > 0)) {
                continue;
            }
            boolean onYes = sizing.side() == Side.YES;
            cash -= sizing.stake();
            atCost += sizing.stake();
            staked += sizing.stake();
            fees += sizing.contracts() * options.fee();
            placed++;
            yes += onYes ? 1 : 0;
            no += onYes ? 0 : 1;
            open.add(new Position(sequence++, row.resolvedAt(), onYes == row.outcome(), sizing.contracts(),
                    sizing.stake()));
        }
        while (!open.isEmpty()) {
            Position settled = open.poll();
            cash += settled.wins() ? settled.contracts() : 0.0;
            atCost -= settled.stake();
            wins += settled.wins() ? 1 : 0;
            double equity = cash + atCost;
            peak = Math.max(peak, equity);
            maxDrawdown = Math.max(maxDrawdown, (peak - equity) / peak);
        }
        return new TradingResult(1.0, cash, Math.log(cash), maxDrawdown, placed, wins, yes, no, staked, fees,
                bets.size(), options.fee(), options.multiplier());
    }
}
