/**
 * Backtest reports you can look at: {@code forecasts.csv}, {@code report.json}, a reliability diagram
 * ({@code reliability.png}, XChart, headless) and a self-contained {@code report.html}
 * ({@link org.forecast4j.backtest.report.BacktestReport}).
 */
package org.forecast4j.backtest.report;
