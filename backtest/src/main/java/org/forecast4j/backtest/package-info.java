/**
 * Walk-forward backtests that cannot see the future: {@link org.forecast4j.backtest.Backtest#run} forecasts
 * each resolved question on a schedule with a model fitted only on questions resolved earlier, scores it with
 * the market price, the running base rate and 0.5 on the same rows, and returns an immutable
 * {@link org.forecast4j.backtest.BacktestResult}. Configure with {@link org.forecast4j.backtest.BacktestConfig}.
 */
package org.forecast4j.backtest;
