package org.forecast4j.backtest.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.ForecastSource;
import org.forecast4j.core.scoring.BootstrapInterval;
import org.forecast4j.core.scoring.PairedComparison;
import org.forecast4j.core.scoring.ScoreReport;

/**
 * One configuration's line of {@code sweep.csv}: what ran and how it scored. Immutable and serialisable (the
 * Spark engine ships rows between JVMs).
 *
 * @param name the configuration's name
 * @param model the model kind and the settings that differ from its defaults
 * @param calibrator the calibrator kind
 * @param spec the spec as the grid names it
 * @param schedule the forecast schedule, e.g. {@code at prices}
 * @param refit the refit schedule, e.g. {@code every 30d}
 * @param selection the selection rule
 * @param rows the forecasts made
 * @param rowsFromModel the forecasts the fitted model made (the rest passed the market or base rate through)
 * @param brier the mean Brier score of the forecasts, all rows
 * @param logLoss their mean log loss, in nats
 * @param corpMcb the CORP miscalibration
 * @param corpDsc the CORP discrimination
 * @param corpUnc the CORP uncertainty
 * @param marketRows the rows with a market price
 * @param modelBrierOnMarketRows the forecasts' mean Brier on those rows; NaN without any
 * @param marketBrier the market price's mean Brier on the same rows; NaN without any
 * @param difference {@code modelBrierOnMarketRows − marketBrier}; negative favours the forecasts
 * @param differenceLower the lower end of its bootstrap interval (whole questions resampled); NaN without one
 * @param differenceUpper the upper end
 * @param level the interval's coverage
 * @param finalWealth the simulated trading account's final wealth (it starts at 1)
 * @serial exclude (its form is the record's components, for the Spark engine only)
 */
public record SweepRow(String name, String model, String calibrator, String spec, String schedule, String refit,
        String selection, int rows, int rowsFromModel, double brier, double logLoss, double corpMcb, double corpDsc,
        double corpUnc, int marketRows, double modelBrierOnMarketRows, double marketBrier, double difference,
        double differenceLower, double differenceUpper, double level, double finalWealth) implements Serializable {

    /** The header of {@code sweep.csv}, in column order. */
    public static final List<String> HEADER = List.of("configuration", "model", "calibrator", "spec", "schedule",
            "refit", "selection", "rows", "rowsFromModel", "brier", "logLoss", "corpMcb", "corpDsc", "corpUnc",
            "marketRows", "modelBrierOnMarketRows", "marketBrier", "difference", "differenceLower",
            "differenceUpper", "level", "finalWealth");

    /**
     * @param configuration what ran
     * @param result its result
     * @return the row
     */
    public static SweepRow of(SweepConfiguration configuration, BacktestResult result) {
        ScoreReport model = result.scores().model();
        BacktestResult.Comparison vsMarket = result.scores().modelVsMarket();
        PairedComparison paired = vsMarket == null ? null : vsMarket.paired();
        BootstrapInterval interval = vsMarket == null ? null : vsMarket.questionInterval();
        var config = configuration.config();
        return new SweepRow(configuration.name(), config.model().toString(), config.calibrator().name(),
                configuration.spec(), config.schedule().toString(),
                config.refit().isIncremental() ? "incremental" : "every "
                        + org.forecast4j.backtest.Durations.format(config.refit().interval()),
                config.selection().label(), result.rows().size(), result.rowsFrom(ForecastSource.MODEL),
                model.brier(), model.logLoss(), model.corp().miscalibration(), model.corp().discrimination(),
                model.corp().uncertainty(), result.rowsWithMarket(),
                paired == null ? Double.NaN : paired.brierA(), paired == null ? Double.NaN : paired.brierB(),
                paired == null ? Double.NaN : paired.meanDifference(),
                interval == null ? Double.NaN : interval.lower(), interval == null ? Double.NaN : interval.upper(),
                config.scoring().intervalLevel(), result.trading().finalWealth());
    }

    /** @return the row's cells, in {@link #HEADER} order; numbers in Java's shortest round-trip form */
    public List<String> cells() {
        return List.of(name, model, calibrator, spec, schedule, refit, selection, Integer.toString(rows),
                Integer.toString(rowsFromModel), number(brier), number(logLoss), number(corpMcb), number(corpDsc),
                number(corpUnc), Integer.toString(marketRows), number(modelBrierOnMarketRows), number(marketBrier),
                number(difference), number(differenceLower), number(differenceUpper), number(level),
                number(finalWealth));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: Brier %.4f, market %.4f, difference %+.4f [%.4f, %.4f]", name, brier,
                marketBrier, difference, differenceLower, differenceUpper);
    }
}
