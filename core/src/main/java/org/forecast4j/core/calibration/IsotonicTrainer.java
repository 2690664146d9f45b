package org.forecast4j.core.calibration;

import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.isotonic.IsotonicFit;
import org.forecast4j.core.isotonic.PoolAdjacentViolators;
import org.forecast4j.core.model.CalibratorTrainer;
import org.forecast4j.core.model.Provenance;

/**
 * Fits a {@link IsotonicCalibrator}: isotonic regression by pool-adjacent-violators, end blocks bounded away from 0
 * and 1 by Laplace's rule. Holds what it calibrates (probabilities or raw scores); immutable and thread-safe.
 */
public final class IsotonicTrainer implements CalibratorTrainer<IsotonicCalibrator> {
    private final CalibrationInput input;

    /** @param input whether the values to calibrate are probabilities in [0, 1] or raw scores */
    public IsotonicTrainer(CalibrationInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** @return what it calibrates */
    public CalibrationInput input() {
        return input;
    }

    /**
     * Fits the calibrator.
     *
     * @param values the forecasts to calibrate, one per example (probabilities in [0, 1], or finite scores)
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException if the arrays differ in length or are empty, or a value is out of range
     */
    @Override
    public IsotonicCalibrator fit(double[] values, boolean[] outcomes) {
        CalibrationInput.requireTraining(values, outcomes, input == CalibrationInput.PROBABILITY);
        double[] target = new double[outcomes.length];
        for (int i = 0; i < target.length; i++) {
            target[i] = outcomes[i] ? 1 : 0;
        }
        IsotonicFit fit = PoolAdjacentViolators.fit(values, target, null);
        double[] xs = fit.x();
        double[] fitted = boundEnds(fit.fitted(), fit.weight());
        int m = xs.length;
        boolean[] keep = new boolean[m];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            keep[i] = i == 0 || i == m - 1 || fitted[i] != fitted[i - 1] || fitted[i] != fitted[i + 1];
            kept += keep[i] ? 1 : 0;
        }
        double[] kx = new double[kept];
        double[] ky = new double[kept];
        for (int i = 0, j = 0; i < m; i++) {
            if (keep[i]) {
                kx[j] = xs[i];
                ky[j] = fitted[i];
                j++;
            }
        }
        Provenance provenance = Provenance.of("isotonic-pav", Map.of("input", input.label()), values.length);
        return new IsotonicCalibrator(kx, ky, input, provenance);
        }

    /**
     * Keeps a fit off 0 and 1: a lowest block whose n outcomes are all 0 takes {@code 1/(n + 2)} (Laplace's rule
     * of succession), or the next block's value if that is smaller; a highest block whose n outcomes are all 1
     * takes {@code (n + 1)/(n + 2)}, or the previous block's value if that is larger. Interior blocks keep their
     * values, and the values stay non-decreasing.
     */
    private static double[] boundEnds(double[] fitted, double[] weight) {
        int m = fitted.length;
        double[] bounded = fitted.clone();
        int lowEnd = 0;
        double lowCount = 0;
        while (lowEnd < m && fitted[lowEnd] == fitted[0]) {
            lowCount += weight[lowEnd++];
        }
        int highStart = m - 1;
        double highCount = 0;
        while (highStart >= 0 && fitted[highStart] == fitted[m - 1]) {
            highCount += weight[highStart--];
        }
        if (fitted[0] == 0) {
            double low = 1 / (lowCount + 2);
            double value = lowEnd < m ? Math.min(low, fitted[lowEnd]) : low;
            java.util.Arrays.fill(bounded, 0, lowEnd, value);
        }
        if (fitted[m - 1] == 1) {
            double high = (highCount + 1) / (highCount + 2);
            double value = highStart >= 0 ? Math.max(high, fitted[highStart]) : high;
            java.util.Arrays.fill(bounded, highStart + 1, m, value);
        }
        return bounded;
    }
}
