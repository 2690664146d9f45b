package org.forecast4j.core.calibration;

import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.model.CalibratorTrainer;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.newton.LogitProblem;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.newton.NewtonOptions;
import org.forecast4j.core.newton.PenalizedLogitNewton;

/**
 * Fits a {@link PlattCalibrator}: Platt scaling: a logistic regression of the outcome on the forecast's log-odds
 * (or raw score), with Platt's smoothed targets, by Newton's method. Holds what it calibrates (probabilities or raw
 * scores); immutable and thread-safe.
 */
public final class PlattTrainer implements CalibratorTrainer<PlattCalibrator> {
    private final CalibrationInput input;

    /** @param input whether the values to calibrate are probabilities in [0, 1] or raw scores */
    public PlattTrainer(CalibrationInput input) {
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
    public PlattCalibrator fit(double[] values, boolean[] outcomes) {
        CalibrationInput.requireTraining(values, outcomes, input == CalibrationInput.PROBABILITY);
        int n = values.length;
        int positives = 0;
        for (boolean y : outcomes) {
            positives += y ? 1 : 0;
        }
        int negatives = n - positives;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double[][] x = new double[n][1];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = PlattCalibrator.score(input, values[i]);
            target[i] = outcomes[i] ? hi : lo;
        }
        // Platt's starting point: b at the smoothed base rate's log-odds and a = 0 (intercept first).
        double[] start = {Math.log((positives + 1.0) / (negatives + 1.0)), 0};
        NewtonFit solution = PenalizedLogitNewton.fit(LogitProblem.of(x, true, null, target, null, null), start,
                NewtonOptions.step());
        if (!solution.converged()) {
            throw new IllegalArgumentException("Platt scaling did not converge in " + solution.iterations()
                    + " Newton iterations");
        }
        Provenance provenance = Provenance.of("platt-newton", Map.of("input", input.label(), "positives", positives,
                "negatives", negatives), n);
        return PlattCalibrator.create(solution.parameter(1), solution.intercept(), input, provenance);
    }
}
