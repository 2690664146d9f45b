package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.forecast4j.core.trading.KellyOptions;
import org.junit.jupiter.api.Test;

class KellyAccountTest {
    private static BacktestRow row(String q, String at, double p, double market, boolean outcome, String resolved,
            ForecastSource source) {
        return new BacktestRow(q, Instant.parse(at + "T00:00:00Z"), p, market, outcome, 10, source, p, 0.5, 0,
                Instant.parse(resolved + "T00:00:00Z"));
    }

    /**
     * Fee 0.01 per contract, half Kelly. Hand computation (backtest/src/test/python/kelly_account.py prints it):
     * a: YES at 0.5 with p 0.7, cost 0.51, f = ½ · 0.19/0.49 of cash 1 → stake s1 = 0.19387755, 0.38015206
     * contracts; b: NO at 0.4 with p 0.2, cost 0.61, f = ½ · 0.19/0.39 of the cash left (1 − s1) → s2 = 0.19636316.
     * b resolves yes on Jan 5 (the NO bet loses) before c is bet on Jan 5: equity 1 − s2, the maximum drawdown.
     * c: YES at 0.5 with p 0.55, f = ½ · 0.04/0.49 of the cash (1 − s1 − s2) → s3 = 0.02488813; d has no edge
     * after the fee; e has no market price; f was forecast by the prior. a pays 0.38015206 on Jan 10; c loses.
     * Final wealth 1 − s1 − s2 − s3 + 0.38015206 = 0.96502321.
     */
    @Test
    void matchesTheHandComputedAccount() {
        List<BacktestRow> rows = List.of(
                row("a", "2025-01-01", 0.7, 0.5, true, "2025-01-10", ForecastSource.MODEL),
                row("b", "2025-01-02", 0.2, 0.4, true, "2025-01-05", ForecastSource.MODEL),
                row("d", "2025-01-06", 0.5, 0.5, false, "2025-01-30", ForecastSource.MODEL),
                row("c", "2025-01-05", 0.55, 0.5, false, "2025-01-20", ForecastSource.MODEL),
                row("e", "2025-01-07", 0.9, Double.NaN, true, "2025-01-30", ForecastSource.MODEL),
                row("f", "2025-01-07", 0.9, 0.2, true, "2025-01-30", ForecastSource.PRIOR));
        TradingResult r = KellyAccount.simulate(rows, new KellyOptions(0.01, 0.5));
        assertEquals(3, r.bets());
        assertEquals(4, r.eligibleForecasts(), "a, b, c, d: by the model with a price");
        assertEquals(1, r.wins());
        assertEquals(2, r.yesBets());
        assertEquals(1, r.noBets());
        double s1 = 0.5 * 0.19 / 0.49;
        double s2 = 0.5 * 0.19 / 0.39 * (1 - s1);
        double s3 = 0.5 * 0.04 / 0.49 * (1 - s1 - s2);
        double n1 = s1 / 0.51;
        assertEquals(0.1938775510204081, s1, 1e-16);
        assertEquals(0.19636316064887502, s2, 1e-16);
        assertEquals(0.024888134217580304, s3, 1e-16);
        assertEquals(1 - s1 - s2 - s3 + n1, r.finalWealth(), 1e-15);
        assertEquals(0.9650232149374662, r.finalWealth(), 1e-15);
        assertEquals(Math.log(0.9650232149374662), r.logGrowth(), 1e-15);
        assertEquals(s2, r.maxDrawdown(), 1e-15);
        assertEquals(s1 + s2 + s3, r.totalStaked(), 1e-15);
        assertEquals(0.007508591447319164, r.feesPaid(), 1e-15);
        assertEquals(1.0, r.startingWealth());
    }

    @Test
    void noEligibleForecastsLeaveWealthUntouched() {
        TradingResult r = KellyAccount.simulate(List.of(
                row("a", "2025-01-01", 0.7, Double.NaN, true, "2025-01-10", ForecastSource.MODEL),
                row("b", "2025-01-01", 0.7, 0.0, true, "2025-01-10", ForecastSource.MODEL)), new KellyOptions(0, 1));
        assertEquals(0, r.bets());
        assertEquals(0, r.eligibleForecasts(), "a price of 0 cannot be traded");
        assertEquals(1.0, r.finalWealth());
        assertEquals(0.0, r.maxDrawdown());
    }

    @Test
    void fullKellyOnACertainLoserLosesOnlyWhatWasStaked() {
        // p = 1 at price 0.5 without fee: full Kelly stakes everything; the question resolves no.
        TradingResult r = KellyAccount.simulate(List.of(
                row("a", "2025-01-01", 1.0, 0.5, false, "2025-01-10", ForecastSource.MODEL),
                row("b", "2025-01-02", 1.0, 0.5, true, "2025-01-10", ForecastSource.MODEL)), new KellyOptions(0, 1));
        assertEquals(1, r.bets(), "nothing left in cash to fund b");
        assertEquals(0.0, r.finalWealth());
        assertEquals(1.0, r.maxDrawdown());
        assertEquals(Double.NEGATIVE_INFINITY, r.logGrowth());
    }
}
