package org.forecast4j.backtest;

import java.time.Instant;
import java.util.Objects;

/**
 * One forecast of a backtest: a line of {@code forecasts.csv}. Immutable.
 *
 * @param question the question id
 * @param at the forecast time: features are as of it, the model was fitted only on questions resolved by then
 * @param p the forecast probability of yes, in [0, 1]: the (calibrated) model's, or the fallback prior's
 * @param market the market price as of {@code at} (the latest observed at or before it), in [0, 1]; NaN if none
 * @param outcome how the question resolved
 * @param trainedOn how many resolved questions the model that made the forecast was fitted on; for the fallback
 *     prior, how many the base rate counts. Never more than the questions resolved by {@code at}
 * @param source what made the forecast
 * @param modelProbability the model's probability before calibration; NaN when the prior made the forecast
 * @param baseRate the running base rate {@code (k + 1)/(n + 2)} over the questions resolved by {@code at}
 * @param calibratedOn how many out-of-sample forecasts the calibrator was fitted on, 0 when none was applied
 * @param resolvedAt when the question resolved (after {@code at}); open bets settle then
 */
public record BacktestRow(String question, Instant at, double p, double market, boolean outcome, int trainedOn,
        ForecastSource source, double modelProbability, double baseRate, int calibratedOn, Instant resolvedAt) {

    /**
     * Checks the row.
     *
     * @param question the question id
     * @param at the forecast time: features are as of it, the model was fitted only on questions resolved by then
     * @param p the forecast probability of yes, in [0, 1]: the (calibrated) model's, or the fallback prior's
     * @param market the market price as of {@code at} (the latest observed at or before it), in [0, 1]; NaN if none
     * @param outcome how the question resolved
     * @param trainedOn how many resolved questions the model that made the forecast was fitted on; for the fallback prior, how many the base rate counts. Never more than the questions resolved by {@code at}
     * @param source what made the forecast
     * @param modelProbability the model's probability before calibration; NaN when the prior made the forecast
     * @param baseRate the running base rate {@code (k + 1)/(n + 2)} over the questions resolved by {@code at}
     * @param calibratedOn how many out-of-sample forecasts the calibrator was fitted on, 0 when none was applied
     * @param resolvedAt when the question resolved (after {@code at}); open bets settle then
     */
    public BacktestRow {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p + " for " + question + " at " + at);
        }
        if (!Double.isNaN(market) && !(market >= 0 && market <= 1)) {
            throw new IllegalArgumentException("market must be in [0, 1] or NaN, got " + market);
        }
        if (!at.isBefore(resolvedAt)) {
            throw new IllegalArgumentException("a forecast at " + at + " is not before its resolution at "
                    + resolvedAt + " (" + question + ")");
        }
    }

    /** @return whether the market price as of {@link #at()} is known */
    public boolean hasMarket() {
        return !Double.isNaN(market);
    }
}
