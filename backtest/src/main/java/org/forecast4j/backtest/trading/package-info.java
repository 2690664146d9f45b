/**
 * A simulated trading account for backtests: fractional Kelly bets against the market price, with a fee,
 * funded from cash and settled when each question resolves ({@link org.forecast4j.backtest.trading.KellyAccount}).
 */
package org.forecast4j.backtest.trading;
