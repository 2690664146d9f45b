package org.forecast4j.backtest;

import java.util.List;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.features.event.Times;

/**
 * When a walk-forward run refits, and what it holds between refits: the model (refitted on the refit grid, or an
 * online posterior updated with every resolved row), the calibrator (refitted on the grid on the model's earlier
 * out-of-sample forecasts of resolved questions) and the walk-forward selection made at each grid point. The grid
 * is {@code anchor + k·interval}, anchored at the first forecast time; at the first tick in a new grid cell, the
 * model is refitted on the questions resolved by the grid point (once there are {@code minTrain} and their number
 * changed), the calibrator on the forecasts of those questions (once that number changed), and the selection is
 * decided. Single use, not thread-safe.
 */
final class RefitScheduler {

    /** Fits the model on the first {@code m} questions to resolve; {@code null} if the fit had no answer. */
    @FunctionalInterface
    interface Refit {
        ProbabilityModel fit(int m, String at);
    }

    private final BacktestConfig config;
    private final ModelFitter fitter;
    private final ForecastSelector selector;
    private final long[] resolutionTimes;
    private final Refit refit;
    private final List<RefitSelection> selections;
    private final boolean incremental;
    private final long step;
    private final long anchor;
    private long grid = Long.MIN_VALUE;

    // Calibration data: the model's out-of-sample forecasts of resolved questions, in resolution order.
    private final double[] calP;
    private final boolean[] calY;
    private int calSize;
    private final int[] calPrefix;

    private ProbabilityModel posterior;
    private ProbabilityModel model;
    private int modelCount;
    private Calibrator calibrator;
    private int calibratorCount;
    private RefitSelection chosen;

    /**
     * @param config the run's configuration
     * @param fitter fits models and calibrators
     * @param selector the walk-forward selection's out-of-sample scores
     * @param resolutionTimes the questions' resolution times, ascending
     * @param rows the number of forecasts (the calibration data's capacity)
     * @param firstTick the first forecast time, the grid's anchor
     * @param refit fits the model on the first {@code m} questions to resolve
     * @param selections receives each grid point's selection
     */
    RefitScheduler(BacktestConfig config, ModelFitter fitter, ForecastSelector selector, long[] resolutionTimes,
            int rows, long firstTick, Refit refit, List<RefitSelection> selections) {
        this.config = config;
        this.fitter = fitter;
        this.selector = selector;
        this.resolutionTimes = resolutionTimes;
        this.refit = refit;
        this.selections = selections;
        this.incremental = config.refit().isIncremental();
        this.step = config.refit().interval().toNanos();
        this.anchor = firstTick;
        this.calP = new double[Math.max(16, rows)];
        this.calY = new boolean[calP.length];
        this.calPrefix = new int[resolutionTimes.length + 1];
        this.posterior = incremental ? fitter.prior() : null;
    }

    /**
     * One row of a question that has just resolved, for the online posterior (a no-op unless incremental).
     *
     * @param x its features
     * @param y the outcome
     */
    void learnRow(double[] x, boolean y) {
        if (incremental) {
            posterior = ModelFitter.update(posterior, x, y);
        }
    }

    /**
     * The forecast of one row of a resolved question, for the calibrator. Rows are given in resolution order,
     * at any time before the next grid point that counts their question.
     *
     * @param y the outcome
     * @param modelP the model's forecast of it, or NaN if there was no model
     */
    void learnForecast(boolean y, double modelP) {
        if (!Double.isNaN(modelP)) {
            calP[calSize] = modelP;
            calY[calSize] = y;
            calSize++;
        }
    }

    /** @param resolved the number of questions resolved so far, the one just learnt included */
    void questionResolved(int resolved) {
        calPrefix[resolved] = calSize;
    }

    /**
     * Brings the model, calibrator and selection up to date for a forecast at {@code t}.
     *
     * @param t the forecast time, epoch nanoseconds, not before the previous call's
     * @param resolved the number of questions resolved at or before {@code t}
     */
    void atTick(long t, int resolved) {
        if (incremental && resolved >= config.minTrain()) {
            model = posterior;
            modelCount = resolved;
        }
        long g = gridOf(t);
        if (g == grid) {
            return;
        }
        grid = g;
        int m = countResolvedBy(g, resolved);
        String at = Times.instant(g).toString();
        if (!incremental && m != modelCount && m >= config.minTrain()) {
            ProbabilityModel fitted = refit.fit(m, at);
            if (fitted != null) {
                model = fitted;
                modelCount = m;
            }
        }
        int c = calPrefix[m];
        if (c != calibratorCount) {
            calibrator = fitter.fitCalibrator(calP, calY, c, at);
            calibratorCount = c;
        }
        if (model != null) {
            chosen = selector.decide(Times.instant(g), m, calibrator != null);
            selections.add(chosen);
        }
    }

    /**
     * @param t a forecast time, epoch nanoseconds
     * @return the grid point of its refit period: the latest {@code anchor + k·interval <= t}
     */
    long gridOf(long t) {
        return anchor + Math.floorDiv(t - anchor, step) * step;
    }

    /** The number of questions resolved at or before {@code g}, among the first {@code upTo} to resolve. */
    private int countResolvedBy(long g, int upTo) {
        int lo = 0;
        int hi = upTo;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (resolutionTimes[mid] > g) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** @return the model in use, or {@code null} before the first fit */
    ProbabilityModel model() {
        return model;
    }

    /** @return the number of resolved questions the model was fitted on */
    int modelCount() {
        return modelCount;
    }

    /** @return the calibrator, or {@code null} */
    Calibrator calibrator() {
        return calibrator;
    }

    /** @return the number of forecasts the calibrator was fitted on */
    int calibratorCount() {
        return calibratorCount;
    }

    /**
     * @param priced whether the forecast's market price is known
     * @return whether the model, where there is one, makes the forecast: the latest selection says so (without
     *     one yet, an online model between grid points, only selection "none" uses it)
     */
    boolean selects(boolean priced) {
        return chosen == null ? config.selection() == Selection.NONE : chosen.usesModel(priced);
    }

    /** @return whether the model's forecast is calibrated, given that the model makes it */
    boolean usesCalibrator() {
        return calibrator != null && (chosen == null ? config.selection() == Selection.NONE
                : chosen.calibrator() != null && chosen.calibrator().used());
    }
}
