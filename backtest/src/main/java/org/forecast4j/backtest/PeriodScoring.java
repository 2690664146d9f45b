package org.forecast4j.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the forecasts of one refit period of a walk-forward run. The run decides each period on the calling
 * thread, in time order, from the questions resolved by its refit time (fits, calibration, selection); this step
 * applies the period's {@link RefitPeriod} to its rows. {@link #local()} does so on the calling thread; the
 * {@code forecast4j-spark} module broadcasts the period and forecasts its rows in partitions. Any implementation
 * must return {@code period.forecast(input)} for each input, in input order, so every one gives the same result.
 */
@FunctionalInterface
public interface PeriodScoring {

    /**
     * Forecasts the rows of one period.
     *
     * @param period the period's models, calibrator and selection
     * @param inputs its rows, in time order (ties by question order)
     * @return {@code period.forecast(inputs.get(i))} at position {@code i}
     */
    List<RefitPeriod.Forecast> forecast(RefitPeriod period, List<RefitPeriod.Input> inputs);

    /** @return the scoring that forecasts each row in turn on the calling thread */
    static PeriodScoring local() {
        return (period, inputs) -> {
            List<RefitPeriod.Forecast> out = new ArrayList<>(inputs.size());
            for (RefitPeriod.Input input : inputs) {
                out.add(period.forecast(input));
            }
            return out;
        };
    }
}
