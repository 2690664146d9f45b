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
 * Fits a {@link BetaCalibrator}: beta calibration (Kull, Silva Filho &amp; Flach 2017): a logistic regression on ln p
 * and −ln(1 − p). Holds what it calibrates (probabilities or raw scores); immutable and thread-safe.
 */
public final class BetaTrainer implements CalibratorTrainer<BetaCalibrator> {
    private final CalibrationInput input;

    /** @param input whether the values to calibrate are probabilities in [0, 1] or raw scores */
    public BetaTrainer(CalibrationInput input) {
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
    public BetaCalibrator fit(double[] values, boolean[] outcomes) {
        CalibrationInput.requireTraining(values, outcomes, true);
        int n = values.length;
        double[] lnS = new double[n];
        double[] lnOneMinusS = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            double s = CalibrationInput.clip(values[i]);
            lnS[i] = Math.log(s);
            lnOneMinusS[i] = -Math.log1p(-s);
            target[i] = outcomes[i] ? 1 : 0;
        }
        double[][] full = new double[n][];
        for (int i = 0; i < n; i++) {
            full[i] = new double[] {lnS[i], lnOneMinusS[i]};
        }
        NewtonFit solution = solve(full, target);
        double a = solution.parameter(1);
        double b = solution.parameter(2);
        double c = solution.intercept();
        String refit = "none";
        if (a < 0) {
            NewtonFit only = solve(column(lnOneMinusS), target);
            a = 0;
            b = only.parameter(1);
            c = only.intercept();
            refit = "a fixed at 0";
        } else if (b < 0) {
            NewtonFit only = solve(column(lnS), target);
            a = only.parameter(1);
            b = 0;
            c = only.intercept();
            refit = "b fixed at 0";
        }
        if (a < 0 || b < 0) {
            // The one-coefficient refit is decreasing too (forecasts anti-correlated with the outcomes): the
            // maximum-likelihood fit with a, b >= 0 is then the constant at the base rate, logit(mean outcome).
            double mean = 0;
            for (double t : target) {
                mean += t;
            }
            mean /= n;
            a = 0;
            b = 0;
            c = Math.log(mean / (1 - mean));
            refit = "a and b fixed at 0";
        }
        Provenance provenance = Provenance.of("beta-newton", Map.of("input", input.label(), "refit", refit), n);
        return BetaCalibrator.create(a, b, c, input, provenance);
    }

    private static double[][] column(double[] column) {
        double[][] x = new double[column.length][];
        for (int i = 0; i < column.length; i++) {
            x[i] = new double[] {column[i]};
        }
        return x;
    }

    /** The maximum-likelihood fit with an intercept (parameter 0) and one coefficient per column, from zeros. */
    private static NewtonFit solve(double[][] x, double[] target) {
        NewtonFit solution = PenalizedLogitNewton.fit(LogitProblem.of(x, true, null, target, null, null), null,
                NewtonOptions.step());
        if (!solution.converged()) {
            throw new IllegalArgumentException("beta calibration has no maximum-likelihood fit: the outcomes are"
                    + " perfectly separated by the score (or all the same); use Platt scaling, whose smoothed"
                    + " targets keep the fit finite, or more data");
        }
        return solution;
    }
}
