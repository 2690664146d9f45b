package org.forecast4j.backtest;

/**
 * Receives the progress of a running backtest. Called on the thread that runs the backtest, every 256 forecasts
 * and once more when the last is made ({@code done == total}); the scores are computed after that. The library
 * prints nothing itself: the command-line tool draws a progress bar with this.
 */
@FunctionalInterface
public interface BacktestProgress {

    /** Ignores progress. */
    BacktestProgress NONE = (done, total) -> {
    };

    /**
     * @param done the number of forecasts made so far, in [0, total]
     * @param total the number of forecasts the run will make
     */
    void forecasts(int done, int total);
}
