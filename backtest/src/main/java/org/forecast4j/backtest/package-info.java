/**
 * Walk-forward backtests that cannot see the future: {@link org.forecast4j.backtest.Backtest#run} forecasts
 * each resolved question on a schedule with a model fitted only on questions resolved earlier, scores it with
 * the market price, the running base rate and 0.5 on the same rows, and returns an immutable
 * {@link org.forecast4j.backtest.BacktestResult}. Configure with {@link org.forecast4j.backtest.BacktestConfig}.
 * The simulated trading account ({@link org.forecast4j.backtest.KellyAccount}) bets fractional Kelly against the
 * market price, with a fee, funded from cash and settled as each question resolves.
 */
package org.forecast4j.backtest;
