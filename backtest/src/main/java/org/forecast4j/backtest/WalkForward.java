package org.forecast4j.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.live.LiveFeatureState;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * One walk-forward run. Every forecast time of every question is a "tick"; ticks are processed in time order
 * (ties by question order). Before the tick at {@code t}: every event published at or before {@code t} and every
 * price observed at or before {@code t} has been fed to the live feature state, and every question resolved at
 * or before {@code t} has been marked resolved (its rows join the training and calibration data, the base rate
 * counts it). Nothing later has been seen. The run makes two passes: the inputs of every tick (no model is
 * involved), then the forecasts one refit period at a time, each period's rows handed to a {@link PeriodScoring}.
 * Single use, not thread-safe.
 */
final class WalkForward {
    private static final int PROGRESS_EVERY = 256;

    private final BacktestConfig config;
    private final FeatureSpec spec;
    private final EventLog log;
    private final BacktestProgress progress;
    private final ModelFitter fitter;
    private final PeriodScoring scoring;

    // The questions forecast, in input order; index = live-state handle.
    private final List<Question> questions = new ArrayList<>();
    private long[] resolvedNanos;
    private boolean[] outcomes;
    private long[][] priceTimes;
    private double[][] priceValues;
    private long[][] priceCloses;
    private int skippedUnresolved;
    private int skippedNoTimes;

    // Ticks in processing order; row r is tick r.
    private long[] tickTime;
    private int[] tickQuestion;
    private long[][] questionTimes;
    private int[][] rowsOf;

    // Resolution order.
    private int[] byResolution;
    private long[] resolutionTimes;

    // Per-row results.
    private double[][] x;
    private double[] p;
    private double[] modelP;
    private double[] calibratedP;
    private double[] market;
    private double[] baseRate;
    private int[] trainedOn;
    private int[] calibratedOn;
    private int[] resolvedBy;
    private ForecastSource[] source;
    private final List<RefitSelection> selections = new ArrayList<>();


    WalkForward(BacktestConfig config, FeatureSpec spec, EventLog log, BacktestProgress progress,
            PeriodScoring scoring) {
        this.scoring = scoring;
        this.config = config;
        this.spec = spec;
        this.log = log;
        this.progress = progress;
        this.fitter = new ModelFitter(config, spec);
    }

    BacktestResult run(List<Question> input) {
        select(input);
        if (tickTime.length == 0) {
            throw new InvalidInputException(null, 0, null, null, "no resolved question has a forecast time before"
                    + " its resolution, so there is nothing to backtest (" + input.size() + " questions given, "
                    + skippedUnresolved + " unresolved, " + skippedNoTimes + " without a forecast time)");
        }
        buildTicks();
        int rows = tickTime.length;
        x = new double[rows][];
        p = new double[rows];
        modelP = new double[rows];
        calibratedP = new double[rows];
        market = new double[rows];
        baseRate = new double[rows];
        trainedOn = new int[rows];
        calibratedOn = new int[rows];
        resolvedBy = new int[rows];
        source = new ForecastSource[rows];
        walk();
        List<BacktestRow> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            int q = tickQuestion[r];
            out.add(new BacktestRow(questions.get(q).id(), Times.instant(tickTime[r]), p[r], market[r], outcomes[q],
                    trainedOn[r], source[r], modelP[r], baseRate[r],
                    calibratedOn[r], Times.instant(resolvedNanos[q])));
        }
        BacktestResult.Inputs inputs = new BacktestResult.Inputs(input.size(), questions.size(), skippedUnresolved,
                skippedNoTimes, log.size(), spec.schema().names());
        return BacktestResult.of(config, inputs, out, fitter.counts(), selections);
    }

    /** Keeps the resolved questions that have at least one forecast time. */
    private void select(List<Question> input) {
        Set<String> ids = new HashSet<>();
        List<long[]> times = new ArrayList<>();
        for (Question q : input) {
            if (!ids.add(q.id())) {
                throw new InvalidInputException(null, 0, "id", q.id(), "appears on two questions");
            }
            if (q.outcome() == null) {
                skippedUnresolved++;
                continue;
            }
            if (q.resolvedAt() == null) {
                throw new InvalidInputException(null, 0, "resolvedAt", null, "is missing on question '" + q.id()
                        + "', which has an outcome: a backtest needs to know when each outcome became known");
            }
            long[] t = config.schedule().times(q);
            if (t.length == 0) {
                skippedNoTimes++;
                continue;
            }
            questions.add(q);
            times.add(t);
        }
        int n = questions.size();
        resolvedNanos = new long[n];
        outcomes = new boolean[n];
        priceTimes = new long[n][];
        priceValues = new double[n][];
        priceCloses = new long[n][];
        rowsOf = new int[n][];
        questionTimes = new long[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            Question q = questions.get(i);
            resolvedNanos[i] = Times.nanos(q.resolvedAt());
            outcomes[i] = q.outcome();
            List<PricePoint> prices = q.prices();
            priceTimes[i] = new long[prices.size()];
            priceValues[i] = new double[prices.size()];
            priceCloses[i] = new long[prices.size()];
            for (int j = 0; j < prices.size(); j++) {
                PricePoint point = prices.get(j);
                priceTimes[i][j] = Times.nanos(point.time());
                priceValues[i][j] = point.price();
                priceCloses[i][j] = point.close() == null ? Long.MIN_VALUE : Times.nanos(point.close());
            }
            questionTimes[i] = times.get(i);
            total += times.get(i).length;
        }
        tickTime = new long[total];
        tickQuestion = new int[total];
    }

    private void buildTicks() {
        int n = questions.size();
        int r = 0;
        for (int i = 0; i < n; i++) {
            for (long t : questionTimes[i]) {
                tickTime[r] = t;
                tickQuestion[r] = i;
                r++;
            }
        }
        // Order by time, then question; each question's times are already ascending.
        int[] order = IntStream.range(0, r).boxed()
                .sorted((a, b) -> a.intValue() == b.intValue() ? 0
                        : tickTime[a] != tickTime[b] ? Long.compare(tickTime[a], tickTime[b])
                        : Integer.compare(tickQuestion[a], tickQuestion[b]))
                .mapToInt(Integer::intValue).toArray();
        long[] time = new long[r];
        int[] question = new int[r];
        int[] count = new int[n];
        for (int k = 0; k < r; k++) {
            time[k] = tickTime[order[k]];
            question[k] = tickQuestion[order[k]];
            count[question[k]]++;
        }
        tickTime = time;
        tickQuestion = question;
        for (int i = 0; i < n; i++) {
            rowsOf[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int k = 0; k < r; k++) {
            int q = question[k];
            rowsOf[q][count[q]++] = k;
        }
        byResolution = IntStream.range(0, n).boxed()
                .sorted((a, b) -> resolvedNanos[a] != resolvedNanos[b]
                        ? Long.compare(resolvedNanos[a], resolvedNanos[b]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        resolutionTimes = new long[n];
        for (int k = 0; k < n; k++) {
            resolutionTimes[k] = resolvedNanos[byResolution[k]];
        }
    }

    /**
     * The run, in two passes over the ticks in time order. First the inputs: at each tick, feed the events and
     * prices up to its time and record its features, market price and base rate, none of which depends on a
     * model. Then the forecasts, one refit period (grid cell) at a time: learn the forecasts of the questions
     * resolved by the period's first tick (all made in earlier periods), bring the model, calibrator and
     * selection up to date at each tick of the period (an online posterior learns each question as it resolves),
     * and hand the period's rows to the scoring. Nothing a period's forecasts feed (calibration data, selection
     * scores) is read before the next grid point, so the order of the original single pass is kept.
     */
    private void walk() {
        features();
        int rows = tickTime.length;
        ForecastSelector selector = new ForecastSelector(config.selection(), config.minCalibration(),
                questions.size());
        RefitScheduler refits = new RefitScheduler(config, fitter, selector, resolutionTimes, rows, tickTime[0],
                this::fitOn, selections);
        int resolved = 0;
        int learnt = 0;
        int r = 0;
        while (r < rows) {
            int from = r;
            resolved = learnRows(resolved, resolvedBy[r], refits);
            learnt = learnForecasts(learnt, resolved, refits, selector);
            long grid = refits.gridOf(tickTime[r]);
            List<ProbabilityModel> models = new ArrayList<>();
            int[] counts = new int[1];
            List<RefitPeriod.Input> inputs = new ArrayList<>();
            do {
                resolved = learnRows(resolved, resolvedBy[r], refits);
                refits.atTick(tickTime[r], resolved);
                int last = models.size() - 1;
                if (last < 0 || refits.model() != models.get(last) || refits.modelCount() != counts[last]) {
                    counts = models.size() < counts.length ? counts : Arrays.copyOf(counts, 2 * counts.length);
                    counts[models.size()] = refits.modelCount();
                    models.add(refits.model());
                }
                inputs.add(new RefitPeriod.Input(models.size() - 1, x[r], market[r], baseRate[r], resolvedBy[r]));
                r++;
            } while (r < rows && refits.gridOf(tickTime[r]) == grid);
            RefitPeriod period = new RefitPeriod(models, Arrays.copyOf(counts, models.size()), refits.calibrator(),
                    refits.calibratorCount(), refits.selects(true), refits.selects(false), refits.usesCalibrator());
            store(from, inputs.size(), scoring.forecast(period, inputs));
            for (int done = from + 1; done <= r; done++) {
                if (done % PROGRESS_EVERY == 0 || done == rows) {
                    progress.forecasts(done, rows);
                }
            }
        }
    }

    /** The first pass: each tick's features, market price, base rate and resolved count. */
    private void features() {
        LiveFeatureState live = new LiveFeatureState(spec);
        for (Question q : questions) {
            live.register(q);
        }
        StreamMerge inputs = new StreamMerge(live, log, priceTimes, priceValues, priceCloses);
        int resolved = 0;
        int yes = 0;
        for (int r = 0; r < tickTime.length; r++) {
            long t = tickTime[r];
            inputs.advanceTo(t);
            while (resolved < resolutionTimes.length && resolutionTimes[resolved] <= t) {
                yes += outcomes[byResolution[resolved]] ? 1 : 0;
                resolved++;
            }
            resolvedBy[r] = resolved;
            x[r] = featuresAt(r, live);
            baseRate[r] = (yes + 1.0) / (resolved + 2.0);
            market[r] = priceAt(tickQuestion[r], t);
        }
    }

    /** Feeds the rows of the questions resolved in {@code [from, to)} (resolution order) to the posterior. */
    private int learnRows(int from, int to, RefitScheduler refits) {
        for (int j = from; j < to; j++) {
            int q = byResolution[j];
            for (int row : rowsOf[q]) {
                refits.learnRow(x[row], outcomes[q]);
            }
        }
        return to;
    }

    /**
     * Feeds the forecasts of the questions resolved in {@code [from, to)} (resolution order), all made before,
     * to the calibration data and the selection's scores.
     */
    private int learnForecasts(int from, int to, RefitScheduler refits, ForecastSelector selector) {
        for (int j = from; j < to; j++) {
            int q = byResolution[j];
            boolean y = outcomes[q];
            selector.startQuestion();
            for (int row : rowsOf[q]) {
                refits.learnForecast(y, modelP[row]);
                selector.add(modelP[row], calibratedP[row], market[row], baseRate[row], y);
            }
            refits.questionResolved(j + 1);
        }
        return to;
    }

    /** Row {@code r}'s features as of its time, checked finite. */
    private double[] featuresAt(int r, LiveFeatureState live) {
        long t = tickTime[r];
        int q = tickQuestion[r];
        int features = spec.size();
        double[] row = new double[features];
        live.features(q, t, row);
        for (int f = 0; f < features; f++) {
            if (!Double.isFinite(row[f])) {
                throw new InvalidInputException(null, 0, spec.feature(f).name(), Double.toString(row[f]),
                        "is not a finite feature value for question '" + questions.get(q).id() + "' at "
                                + Times.instant(t) + "; check the spec's transform for this feature");
            }
        }
        return row;
    }

    /** Keeps the forecasts of rows {@code from, from + 1, …}. */
    private void store(int from, int count, List<RefitPeriod.Forecast> forecasts) {
        if (forecasts.size() != count) {
            throw new IllegalStateException("the period scoring returned " + forecasts.size() + " forecasts for "
                    + count + " rows");
        }
        for (int i = 0; i < count; i++) {
            RefitPeriod.Forecast f = forecasts.get(i);
            int r = from + i;
            modelP[r] = f.modelP();
            calibratedP[r] = f.calibratedP();
            p[r] = f.p();
            trainedOn[r] = f.trainedOn();
            calibratedOn[r] = f.calibratedOn();
            source[r] = f.source();
        }
    }

    /** Fits the model on every row of the first {@code m} questions to resolve. */
    private ProbabilityModel fitOn(int m, String at) {
        int size = 0;
        int yes = 0;
        for (int j = 0; j < m; j++) {
            size += rowsOf[byResolution[j]].length;
            yes += outcomes[byResolution[j]] ? 1 : 0;
        }
        double[][] xs = new double[size][];
        boolean[] ys = new boolean[size];
        int k = 0;
        for (int j = 0; j < m; j++) {
            int q = byResolution[j];
            for (int row : rowsOf[q]) {
                xs[k] = x[row];
                ys[k] = outcomes[q];
                k++;
            }
        }
        return fitter.fit(xs, ys, m, yes, at);
    }

    /** The latest price of question {@code q} observed at or before {@code t}, or NaN; of ties, the last given. */
    private double priceAt(int q, long t) {
        long[] times = priceTimes[q];
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == 0 ? Double.NaN : priceValues[q][lo - 1];
    }
}
