package org.forecast4j.backtest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a backtest uses its model and calibrator only where they have earned it. Under
 * {@link #WALK_FORWARD}, at each refit time the fitted model is used only if, on the out-of-sample forecasts of
 * the questions resolved by then (each made before its question resolved), its Brier score was lower than
 * that of passing the forecast through (the market price, or the running base rate where no price was known),
 * over at least {@link BacktestConfig#minCalibration()} forecasts; likewise the calibrator against the model's
 * uncalibrated forecasts, over the forecasts it calibrated out of sample. Otherwise the forecast passes
 * through unchanged. Nothing later than the refit time is used to choose.
 */
public enum Selection {
    /** Use the model and calibrator only where they beat passing through on earlier out-of-sample forecasts. */
    WALK_FORWARD("walk-forward"),
    /** Use the model (and calibrator) as soon as they are fitted. */
    NONE("none");

    private final String label;

    Selection(String label) {
        this.label = label;
    }

    /** @return the name used on the command line and in reports */
    public String label() {
        return label;
    }

    /**
     * @param label a label, case-insensitive
     * @return the rule
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static Selection fromLabel(String label) {
        for (Selection s : values()) {
            if (s.label.equals(label.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown selection '" + label + "'; expected one of "
                + Arrays.stream(values()).map(Selection::label).toList());
    }

    /** @return every label */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Selection::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
