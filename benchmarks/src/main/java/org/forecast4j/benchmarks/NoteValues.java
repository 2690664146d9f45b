package org.forecast4j.benchmarks;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The values the notes template may name, each computed from the run being rendered. A name is a key of this
 * registry; a value the run lacks the results for, and a name the registry does not know, render as
 * {@value #NOT_IN_RUN}.
 *
 * <p>Every measured result has four values, named {@code <group>.<method>.<metric>}:
 * <ul>
 *   <li>{@code score}: the score, its 99.9% half-width and its unit ({@code 305.3 ± 92.12 ns});
 *   <li>{@code ns}: a time per operation in nanoseconds ({@code 305 ns});
 *   <li>{@code xFloor}: a time as a multiple of the scalar floor at k = 32 ({@code 10.7×});
 *   <li>{@code bytes}: bytes allocated per operation ({@code 0.0018 B/op}).
 * </ul>
 * The groups: {@code predict.<scalar|vector>.k<32|1024>} (methods {@code floor}, {@code forecast4j},
 * {@code smile}, {@code forecast4jMathExp}), {@code bayes.<scalar|vector>.k<32|1024>} ({@code moments},
 * {@code probability}), {@code live} ({@code LiveBenchmark}'s methods), {@code anchored}
 * ({@code MarketAnchoredBenchmark}'s), {@code scoring} ({@code add}), {@code training} ({@code forecast4j},
 * {@code smile}) and {@code backtest} ({@code backtest}). The comparisons and counts:
 * <ul>
 *   <li>{@code predict.<scalar|vector>.k<32|1024>.forecast4jOverFloor} and {@code .smileOverForecast4j}: time
 *       ratios ({@code 1.86×}); {@code .smileOverlap}: whether Smile's and forecast4j's confidence intervals
 *       overlap, as a phrase; {@code .expSaving}: forecast4j against its {@code Math.exp} control, as a phrase;
 *   <li>{@code live.transcendentalsOnly.nsPerCall}, {@code live.transcendentalsOnly.vsTarget} (a phrase),
 *       {@code live.cacheMisses} ({@code featuresOnly} less {@code featuresSameQuestion}, or a phrase saying this
 *       run measured none) and {@code live.target.ns} (the live target in nanoseconds);
 *   <li>{@code training.smileOverForecast4j}; {@code backtest.questions}, {@code .forecasts}, {@code .prices},
 *       {@code .events};
 *   <li>the targets themselves: {@code targets.floorRatio}, {@code targets.smileSpeedupLarge},
 *       {@code targets.liveFloorRatio}.
 * </ul>
 * A new benchmark's values are registered in {@link #register()} with {@link #measured}.
 */
final class NoteValues {
    /** What a placeholder renders when the run lacks its results or the name is unknown. */
    static final String NOT_IN_RUN = "n/a (not in this run)";

    private static final String[] LIVE_METHODS = {"eventThenProbability", "eventOnly", "probabilityOnly",
        "featuresOnly", "featuresSameQuestion", "transcendentalsOnly", "probabilityWithinResolution"};
    private static final Map<String, Function<RunResults, String>> VALUES = register();

    private NoteValues() {
    }

    /** @return every name a placeholder may use, sorted */
    static Set<String> names() {
        return Collections.unmodifiableSet(VALUES.keySet());
    }

    /**
     * @param name a placeholder's name
     * @param r the run
     * @return its value in this run; {@value #NOT_IN_RUN} when the run lacks a result it needs or the name is
     *     unknown
     */
    static String value(String name, RunResults r) {
        Function<RunResults, String> f = VALUES.get(name);
        String value = f == null ? null : f.apply(r);
        return value == null ? NOT_IN_RUN : value;
    }

    private static Map<String, Function<RunResults, String>> register() {
        Map<String, Function<RunResults, String>> v = new TreeMap<>();
        for (Configuration c : Configuration.values()) {
            for (String k : new String[] {"32", "1024"}) {
                prediction(v, c, k);
            }
        }
        live(v);
        for (String method : new String[] {"probability", "priceThenProbability"}) {
            measured(v, "anchored." + method, r -> r.get("MarketAnchoredBenchmark." + method, ""));
        }
        measured(v, "scoring.add", r -> r.get("ScoringBenchmark.add", ""));
        for (String method : new String[] {"forecast4j", "forecast4jOneThread", "smile"}) {
            measured(v, "training." + method, r -> training(r, method));
        }
        v.put("training.smileOverForecast4j", r -> times(Formats.quotient(training(r, "smile"),
                training(r, "forecast4j")), 2));
        v.put("training.oneThreadOverAllCores", r -> times(Formats.quotient(training(r, "forecast4jOneThread"),
                training(r, "forecast4j")), 2));
        measured(v, "backtest.backtest", r -> r.first("BacktestBenchmark.backtest"));
        v.put("backtest.questions", r -> count(r, 1));
        v.put("backtest.forecasts", r -> count(r, BacktestScenario.FORECASTS_PER_QUESTION));
        v.put("backtest.prices", r -> count(r, BacktestScenario.FORECASTS_PER_QUESTION));
        v.put("backtest.events", r -> count(r, BacktestScenario.EVENTS_PER_QUESTION));
        v.put("targets.floorRatio", r -> Targets.times(Targets.FLOOR_RATIO));
        v.put("targets.smileSpeedupLarge", r -> Targets.times(Targets.SMILE_SPEEDUP_LARGE));
        v.put("targets.liveFloorRatio", r -> Targets.times(Targets.LIVE_FLOOR_RATIO));
        return v;
    }

    /** Registers the prediction and Bayesian predictive values of one configuration and k. */
    private static void prediction(Map<String, Function<RunResults, String>> v, Configuration c, String k) {
        String group = "predict." + c.key + ".k" + k;
        String p = "k=" + k;
        for (String method : new String[] {"floor", "forecast4j", "smile", "forecast4jMathExp"}) {
            measured(v, group + "." + method, r -> r.get(c.predict + "." + method, p));
        }
        for (String method : new String[] {"moments", "probability"}) {
            measured(v, "bayes." + c.key + ".k" + k + "." + method, r -> r.get(c.bayes + "." + method, p));
        }
        Function<RunResults, ResultRow> floor = r -> r.get(c.predict + ".floor", p);
        Function<RunResults, ResultRow> ours = r -> r.get(c.predict + ".forecast4j", p);
        Function<RunResults, ResultRow> smile = r -> r.get(c.predict + ".smile", p);
        v.put(group + ".forecast4jOverFloor", r -> times(Formats.quotient(ours.apply(r), floor.apply(r)), 2));
        v.put(group + ".smileOverForecast4j", r -> times(Formats.quotient(smile.apply(r), ours.apply(r)), 2));
        v.put(group + ".smileOverlap", r -> overlap(smile.apply(r), ours.apply(r)));
        v.put(group + ".expSaving", r -> expSaving(r.get(c.predict + ".forecast4jMathExp", p), ours.apply(r)));
    }

    /** Registers the live path's values ({@code LiveBenchmark}) and its comparisons with the live target. */
    private static void live(Map<String, Function<RunResults, String>> v) {
        for (String method : LIVE_METHODS) {
            measured(v, "live." + method, r -> r.get("LiveBenchmark." + method, ""));
        }
        Function<RunResults, ResultRow> transcendentals = r -> r.get("LiveBenchmark.transcendentalsOnly", "");
        v.put("live.transcendentalsOnly.nsPerCall",
                r -> nanos(nanos(transcendentals.apply(r)) / Targets.LIVE_TRANSCENDENTALS));
        v.put("live.transcendentalsOnly.vsTarget", r -> {
            double x = Formats.quotient(transcendentals.apply(r), Targets.scalarFloor(r));
            return Double.isNaN(x) ? null : x >= Targets.LIVE_FLOOR_RATIO ? "more than the whole target allows"
                    : "less than the target allows";
        });
        v.put("live.cacheMisses", NoteValues::cacheMisses);
        measured(v, "bayesLive.eventThenProbability", r -> r.get("BayesianLiveBenchmark.eventThenProbability", ""));
        measured(v, "bayesLive.probabilityWithinResolution",
                r -> r.get("BayesianLiveBenchmark.probabilityWithinResolution", ""));
        v.put("liveReaders.scaling", r -> times(Formats.quotient(r.get("LiveReadersBenchmark.twoReaders", ""),
                r.get("LiveReadersBenchmark.oneReader", "")), 2));
        v.put("targets.publishedReadRatio", r -> Targets.times(Targets.PUBLISHED_READ_RATIO));
        v.put("targets.readerScaling", r -> Targets.times(Targets.READER_SCALING));
        v.put("live.target.ns", r -> nanos(Targets.LIVE_FLOOR_RATIO * nanos(Targets.scalarFloor(r))));
    }

    /** @return a training result with the parameters of forecast4j's, as the training table pairs them */
    private static ResultRow training(RunResults r, String method) {
        return r.get("TrainingBenchmark." + method, r.paramsOf("TrainingBenchmark.forecast4j"));
    }

    /** Registers the four values of one measured result. */
    private static void measured(Map<String, Function<RunResults, String>> v, String name,
            Function<RunResults, ResultRow> row) {
        v.put(name + ".score", r -> present(row.apply(r), Formats::scoreWithUnit));
        v.put(name + ".ns", r -> nanos(nanos(row.apply(r))));
        v.put(name + ".xFloor", r -> times(nanos(row.apply(r)) / nanos(Targets.scalarFloor(r)), 1));
        v.put(name + ".bytes", r -> present(row.apply(r), x -> Double.isNaN(x.bytesPerOp()) ? null
                : Formats.bytes(x) + " B/op"));
    }

    private static String present(ResultRow row, Function<ResultRow, String> text) {
        return row == null ? null : text.apply(row);
    }

    private static double nanos(ResultRow row) {
        return row == null ? Double.NaN : row.nanos();
    }

    /** @return a time in nanoseconds, whole from 10 ns, e.g. {@code 305 ns} or {@code 8.4 ns} */
    private static String nanos(double ns) {
        if (Double.isNaN(ns)) {
            return null;
        }
        return String.format(Locale.ROOT, Math.abs(ns) >= 10 ? "%,.0f ns" : "%.1f ns", ns);
    }

    private static String times(double x, int decimals) {
        return Double.isNaN(x) ? null : Formats.fixed(x, decimals) + "×";
    }

    /** @return whether the two results' 99.9% confidence intervals overlap, as a phrase */
    private static String overlap(ResultRow a, ResultRow b) {
        if (a == null || b == null) {
            return null;
        }
        if (Double.isNaN(a.error()) || Double.isNaN(b.error())) {
            return "the confidence intervals are unknown";
        }
        return a.overlaps(b) ? "the confidence intervals overlap" : "the confidence intervals are apart";
    }

    /** @return what forecast4j saved against its {@code Math.exp} control, as a phrase */
    private static String expSaving(ResultRow control, ResultRow ours) {
        if (control == null || ours == null) {
            return null;
        }
        double saved = control.score() - ours.score();
        String text = String.format(Locale.ROOT, "%.1f ns %s than the `Math.exp` control", Math.abs(saved),
                saved > 0 ? "less" : "more");
        return ours.overlaps(control) ? text + ", within the confidence intervals" : text;
    }

    /** @return the cost of cache misses on a random question's state, or that this run measured none */
    private static String cacheMisses(RunResults r) {
        double features = nanos(r.get("LiveBenchmark.featuresOnly", ""));
        double hot = nanos(r.get("LiveBenchmark.featuresSameQuestion", ""));
        if (Double.isNaN(features) || Double.isNaN(hot)) {
            return null;
        }
        return features > hot ? nanos(features - hot) : "nothing measurable in this run (`featuresOnly` was no "
                + "slower than `featuresSameQuestion`)";
    }

    /** @return the backtest's questions times the given count per question, {@code null} without a backtest */
    private static String count(RunResults r, int perQuestion) {
        int questions = ReportTables.backtestQuestions(r);
        return questions == 0 ? null : String.format(Locale.ROOT, "%,d", questions * perQuestion);
    }
}
