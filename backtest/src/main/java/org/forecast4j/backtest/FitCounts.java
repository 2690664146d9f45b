package org.forecast4j.backtest;

/**
 * How the model and calibrator fits of a backtest went. A failed fit (e.g. separated outcomes for maximum
 * likelihood) leaves the previous model in use; a failed calibrator fit leaves forecasts uncalibrated until
 * the next refit.
 *
 * @param modelFits the batch model fits attempted (0 with incremental updates)
 * @param modelFailures how many of them had no answer
 * @param firstModelFailure the first failure's message, or {@code null}
 * @param calibratorFits the calibrator fits attempted
 * @param calibratorFailures how many of them had no answer
 * @param firstCalibratorFailure the first failure's message, or {@code null}
 */
public record FitCounts(int modelFits, int modelFailures, String firstModelFailure, int calibratorFits,
        int calibratorFailures, String firstCalibratorFailure) {
}
