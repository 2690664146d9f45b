/**
 * Backtests on real market questions: reads tables in the layout of ForecastBench's resolved market questions
 * (Forecasting Research Institute; Karger et al. 2024; CC BY-SA 4.0) into questions with price histories
 * ({@link org.forecast4j.backtest.forecastbench.ForecastBenchReader}).
 */
package org.forecast4j.backtest.forecastbench;
