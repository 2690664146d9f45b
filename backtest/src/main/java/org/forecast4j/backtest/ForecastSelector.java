package org.forecast4j.backtest;

import java.time.Instant;
import java.util.Locale;

/**
 * The bookkeeping of walk-forward selection: the squared errors of each resolved question's out-of-sample
 * forecasts, as prefix sums in resolution order, so that a refit at time g compares, on exactly the questions
 * resolved by g, the model with the market price (rows with a price), the model with the base rate (rows
 * without one) and the calibrator with the uncalibrated model. Not thread-safe.
 */
final class ForecastSelector {
    private final Selection rule;
    private final int minRows;
    private final Sums priced;
    private final Sums unpriced;
    private final Sums calibrated;
    private int resolved;

    /** Prefix sums of one comparison: entry m covers the first m questions to resolve. */
    private static final class Sums {
        final int[] rows;
        final double[] squares;
        final double[] passSquares;

        Sums(int questions) {
            rows = new int[questions + 1];
            squares = new double[questions + 1];
            passSquares = new double[questions + 1];
        }

        void carry(int m) {
            rows[m + 1] = rows[m];
            squares[m + 1] = squares[m];
            passSquares[m + 1] = passSquares[m];
        }

        void add(int m, double p, double pass, double o) {
            rows[m]++;
            squares[m] += (p - o) * (p - o);
            passSquares[m] += (pass - o) * (pass - o);
        }
    }

    ForecastSelector(Selection rule, int minRows, int questions) {
        this.rule = rule;
        this.minRows = minRows;
        priced = new Sums(questions);
        unpriced = new Sums(questions);
        calibrated = new Sums(questions);
    }

    /** Opens the next question to resolve: its rows are added with {@link #add}. */
    void startQuestion() {
        priced.carry(resolved);
        unpriced.carry(resolved);
        calibrated.carry(resolved);
        resolved++;
    }

    /**
     * Adds one out-of-sample row of the question opened last.
     *
     * @param model the model's uncalibrated probability, NaN if there was no model yet
     * @param calibratedP the calibrator's output on it, NaN if there was no calibrator
     * @param market the market price, NaN if none was known
     * @param baseRate the running base rate
     * @param y the outcome
     */
    void add(double model, double calibratedP, double market, double baseRate, boolean y) {
        if (Double.isNaN(model)) {
            return;
        }
        double o = y ? 1 : 0;
        if (Double.isNaN(market)) {
            unpriced.add(resolved, model, baseRate, o);
        } else {
            priced.add(resolved, model, market, o);
        }
        if (!Double.isNaN(calibratedP)) {
            calibrated.add(resolved, calibratedP, model, o);
        }
    }

    /**
     * Decides at a refit.
     *
     * @param at the refit time
     * @param m the number of questions resolved by then (at most the number opened)
     * @param hasCalibrator whether a calibrator is fitted
     * @return the choices
     */
    RefitSelection decide(Instant at, int m, boolean hasCalibrator) {
        return new RefitSelection(at, m, choose(priced, m, "the market price"),
                choose(unpriced, m, "the base rate"),
                hasCalibrator ? choose(calibrated, m, "the uncalibrated model") : null);
    }

    private RefitSelection.Choice choose(Sums sums, int m, String passThrough) {
        int rows = sums.rows[m];
        double brier = rows == 0 ? Double.NaN : sums.squares[m] / rows;
        double pass = rows == 0 ? Double.NaN : sums.passSquares[m] / rows;
        if (rule == Selection.NONE) {
            return new RefitSelection.Choice(true, rows, brier, pass, "selection is off: used once fitted");
        }
        if (rows < minRows) {
            return new RefitSelection.Choice(false, rows, brier, pass, rows + " out-of-sample forecasts, fewer"
                    + " than the " + minRows + " needed to judge it: " + passThrough + " passes through");
        }
        boolean better = sums.squares[m] < sums.passSquares[m];
        return new RefitSelection.Choice(better, rows, brier, pass, String.format(Locale.ROOT,
                "Brier %.5f against %.5f for %s on %d out-of-sample forecasts: %s", brier, pass, passThrough, rows,
                better ? "used" : passThrough + " passes through"));
    }
}
