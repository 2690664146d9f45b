package org.forecast4j.backtest;

import java.time.Instant;

/**
 * Mean Brier scores of the forecasts made in one calendar period (UTC), for the Brier-over-time plot.
 *
 * @param period the period's label: {@code 2025-03} (month), {@code 2025-Q1} (quarter) or {@code 2025} (year)
 * @param start the period's first instant
 * @param n the forecasts made in it
 * @param model the model's mean Brier score over them
 * @param baseRate the running base rate's mean Brier score over them
 * @param marketN how many of them have a market price
 * @param market the market's mean Brier score over those, NaN if none
 */
public record PeriodScore(String period, Instant start, int n, double model, double baseRate, int marketN,
        double market) {
}
