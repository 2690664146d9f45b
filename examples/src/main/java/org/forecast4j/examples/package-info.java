/**
 * Runnable examples: a trading bot on the seed scenario, fed live events and a replayed (illustrative) price
 * feed, sizing Kelly stakes from the Forecaster's live probabilities; and a walk-forward backtest of the
 * committed synthetic example, printing its scores and writing its report files.
 */
package org.forecast4j.examples;
