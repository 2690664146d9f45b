package org.forecast4j.backtest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The calibrator a backtest fits on its own earlier out-of-sample forecasts (see {@link Backtest} for the
 * rule). The calibrators are those of {@code org.forecast4j.core.calibration}, fitted on probabilities.
 */
public enum CalibratorKind {
    /** No calibration. */
    NONE("none"),
    /** Platt scaling on the log-odds. */
    PLATT("platt"),
    /** Isotonic regression (pool-adjacent-violators). */
    ISOTONIC("isotonic"),
    /** Beta calibration (Kull et al. 2017). */
    BETA("beta");

    private final String label;

    CalibratorKind(String label) {
        this.label = label;
    }

    /** @return the name used on the command line and in reports */
    public String label() {
        return label;
    }

    /**
     * @param label a label, case-insensitive
     * @return the kind
     * @throws IllegalArgumentException naming the label and the known ones
     */
    public static CalibratorKind fromLabel(String label) {
        for (CalibratorKind k : values()) {
            if (k.label.equals(label.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown calibrator '" + label + "'; expected one of " + labels());
    }

    /** @return every label */
    public static List<String> labels() {
        return Arrays.stream(values()).map(CalibratorKind::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
