/**
 * Sweeps: many backtest configurations (specs, models and their options, calibrators, refit schedules) over the
 * same questions and events, run in parallel on one machine ({@link org.forecast4j.backtest.sweep.Sweep}) or
 * as Spark tasks (the {@code forecast4j-spark} module), each configuration one row of {@code sweep.csv}
 * ({@link org.forecast4j.backtest.sweep.SweepRow}). Configurations come from a JSON file
 * ({@link org.forecast4j.backtest.sweep.SweepGrid}); the rows depend only on the inputs, never on the number of
 * threads or the engine.
 */
package org.forecast4j.backtest.sweep;
