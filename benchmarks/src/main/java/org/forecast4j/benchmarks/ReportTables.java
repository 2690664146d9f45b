package org.forecast4j.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Renders the report's tables, one section per benchmark family, from one run's results: each section a heading,
 * a sentence on what is measured, and a Markdown table in which a result the run lacks is {@code n/a}.
 */
final class ReportTables {
    private static final String OPERATIONS_HEADER =
            "| operation | ns/op | × the k = 32 floor | B/op |\n| --- | ---: | ---: | ---: |\n";

    private ReportTables() {
    }

    /** Appends the prediction table: floor, forecast4j and Smile at each k in each configuration. */
    static void prediction(StringBuilder md, RunResults r) {
        md.append("## Prediction: σ(b + w·x) of one feature vector (`PredictBenchmark`, "
                + "`PredictVectorBenchmark`)\n\n");
        md.append("Same weights, same pool of inputs. Time ratios: below ").append(Targets.FLOOR_RATIO)
                .append(" against the floor is the target; \"Smile / forecast4j\" above 1 means we are faster.\n\n");
        md.append("| configuration | k | floor (ns/op) | forecast4j (ns/op) | Smile (ns/op) | forecast4j / floor | "
                + "Smile / forecast4j | forecast4j B/op |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Configuration c : Configuration.values()) {
            for (String k : new String[] {"32", "1024"}) {
                String p = "k=" + k;
                ResultRow floor = r.get(c.predict + ".floor", p);
                ResultRow ours = r.get(c.predict + ".forecast4j", p);
                ResultRow smile = r.get(c.predict + ".smile", p);
                cells(md, c.label, k, Formats.score(floor), Formats.score(ours), Formats.score(smile),
                        Formats.ratio(ours, floor), Formats.ratio(smile, ours), Formats.bytes(ours));
            }
        }
        md.append("\n");
    }

    /** Appends the table of forecast4j against its {@code Math.exp} control. */
    static void expControl(StringBuilder md, RunResults r) {
        md.append("What the sigmoid's `exp` costs: forecast4j against the control `forecast4jMathExp`, the same dot "
                + "product followed by the same branch-free sigmoid with HotSpot's `Math.exp` (a call into a runtime "
                + "stub) in place of `PortableExp.exp` (plain Java that C2 inlines).\n\n");
        md.append("| configuration | k | forecast4j (ns/op) | with `Math.exp` (ns/op) | difference (ns) |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        byConfigurationAndK(md, r, c -> c.predict, "forecast4j", "forecast4jMathExp",
                (ours, control) -> ours == null || control == null ? Formats.NA
                        : String.format(Locale.ROOT, "%+.1f", control.score() - ours.score()));
    }

    /** Appends the Bayesian predictive table. */
    static void bayes(StringBuilder md, RunResults r) {
        md.append("## Bayesian predictive (`BayesianPredictiveBenchmark`, `BayesianPredictiveVectorBenchmark`)\n\n");
        md.append("Mean and variance of the log-odds (`logOddsMoments`, about d²/2 multiply-adds) and the moderated "
                + "probability σ(μ/√(1 + πs²/8)), under a posterior with a dense covariance.\n\n");
        md.append("| configuration | k | moments (ns/op) | probability (ns/op) | B/op |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        byConfigurationAndK(md, r, c -> c.bayes, "moments", "probability", (moments, p) -> Formats.bytes(moments));
    }

    /** Appends the live path table ({@code LiveBenchmark}). */
    static void live(StringBuilder md, RunResults r) {
        md.append("## Live path: 1,000 questions, 32 features (`LiveBenchmark`)\n\n");
        md.append("An endless event stream in publication order (see `LiveScenario`); the feature spec mixes every "
                + "live kind: 13 decayed sums (3 half-lives), 7 counts, 6 days-since (log1p), log-magnitude, days "
                + "to deadline (log1p), elapsed fraction, market price (logit), its move, a tag. Scalar "
                + "configuration.\n\n");
        md.append("At the default one-second clock resolution an event recomputes and publishes the probability of the "
                + "question it changed, and a read within the resolution returns the published value.\n\n");
        operations(md, r, "LiveBenchmark", List.of(
                new String[] {"eventThenProbability", "one event (which publishes), then the Forecaster's live "
                        + "probability of its question"},
                new String[] {"probabilityWithinResolution", "the live probability of a random question at a fixed "
                        + "time: the published value"},
                new String[] {"eventOnly", "one event (`LiveFeatureState.onEvent`, which publishes), without the read"},
                new String[] {"probabilityOnly", "the live probability at a random time within a day: nearly every "
                        + "read opens a new window, so it computes the features and the model and publishes them"},
                new String[] {"featuresOnly", "the features alone (`LiveFeatureState.features`)"},
                new String[] {"featuresSameQuestion", "the features of one question over and over (its state stays "
                        + "in L1)"},
                new String[] {"transcendentalsOnly", "only the 3 `exp` and 7 `log1p` (and their divisions) a read of "
                        + "this spec evaluates, at the same times: no state, no lock, no cache miss"}));
    }

    /** Appends the market-anchored live path table ({@code MarketAnchoredBenchmark}). */
    static void liveReaders(StringBuilder md, RunResults r) {
        md.append("## Live reads under a writer (`LiveReadersBenchmark`, `BayesianLiveBenchmark`)\n\n");
        md.append("Reads of random questions at a fixed time by one and by two reader threads while a writer feeds "
                + "an event every 100 µs (JMH groups; a group's throughput is its readers' reads plus the writer's "
                + "few events, per microsecond).\n\n");
        md.append("| group | operations per µs | B/op |\n| --- | ---: | ---: |\n");
        for (String group : List.of("oneReader", "twoReaders")) {
            ResultRow row = r.get("LiveReadersBenchmark." + group, "");
            cells(md, "`" + group + "`", Formats.score(row), Formats.bytes(row));
        }
        md.append("\nThe Bayesian live path (the same scenario with a Bayesian posterior of dense covariance: its "
                + "O(k²) predictive variance is paid by the write, not the read):\n\n");
        operations(md, r, "BayesianLiveBenchmark", List.of(
                new String[] {"eventThenProbability", "one event (which publishes the predictive), then the live "
                        + "probability of its question"},
                new String[] {"probabilityWithinResolution", "the live probability of a random question at a fixed "
                        + "time: the published value"}));
    }

    static void marketAnchored(StringBuilder md, RunResults r) {
        md.append("## Market-anchored live path: 1,000 questions, 7 features (`MarketAnchoredBenchmark`)\n\n");
        md.append("The ForecastBench default spec (price, its move since the previous price, log1p of the days to "
                + "close, four platform tags) and a fitted `market-anchored` model: σ(logit(q) + δ(x)). Scalar "
                + "configuration.\n\n");
        operations(md, r, "MarketAnchoredBenchmark", List.of(
                new String[] {"probability", "the Forecaster's live probability of a random question"},
                new String[] {"priceThenProbability", "a new price (`onPrice`), then the live probability of its "
                        + "question"}));
    }

    /** Appends the scoring throughput table. */
    static void scoring(StringBuilder md, RunResults r) {
        md.append("## Scoring throughput (`ScoringBenchmark`)\n\n");
        ResultRow add = r.get("ScoringBenchmark.add", "");
        md.append("| operation | forecasts per second | B/op |\n| --- | ---: | ---: |\n");
        md.append("| `ScoreAccumulator.add(p, outcome)`, cleared every 65,536 forecasts | ").append(Formats.score(add))
                .append(" | ").append(Formats.bytes(add)).append(" |\n\n");
    }

    /**
     * Appends the training table: time per fit from the run, and the log-likelihood and objective each fit
     * reaches.
     *
     * @param training the training comparison on the benchmark's data, or {@code null} to write {@code n/a}
     */
    static void training(StringBuilder md, RunResults r, TrainingComparison.Comparison training) {
        md.append("## Training: 100,000 rows × 32 features (`TrainingBenchmark`)\n\n");
        md.append("Same data, same penalised objective −ℓ + ½λ‖w‖² with λ = 0.16 (a N(0, 2.5²) prior on each "
                + "coefficient). forecast4j: Newton's method, each iteration's pass over the rows in blocks of 4,096 "
                + "rows on the common pool, i.e. the machine's cores (`forecast4j`), and on the calling thread alone "
                + "(`forecast4jOneThread`: the same bits, so the same log-likelihood). Smile: L-BFGS (tolerance "
                + "1e-5), with its objective and gradient on parallel streams over the machine's cores. Time per fit; "
                + "one fit per iteration.\n\n");
        ResultRow ourFit = r.first("TrainingBenchmark.forecast4j");
        ResultRow oneThread = r.get("TrainingBenchmark.forecast4jOneThread", r.paramsOf("TrainingBenchmark.forecast4j"));
        ResultRow smileFit = r.get("TrainingBenchmark.smile", r.paramsOf("TrainingBenchmark.forecast4j"));
        md.append("| library | time per fit | log-likelihood | objective | allocated per fit |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        fit(md, "forecast4j", ourFit, training == null ? null : training.forecast4j());
        fit(md, "forecast4j, one thread", oneThread, training == null ? null : training.forecast4j());
        fit(md, "Smile", smileFit, training == null ? null : training.smile());
        md.append("\n");
        if (training != null) {
            md.append(String.format(Locale.ROOT, "Smile / forecast4j time: %s; forecast4j on one thread / on all "
                    + "cores: %s. Both fits evaluated by the same code (`TrainingComparison.evaluate`); the largest "
                    + "difference between their parameters is %.2e.%n%n", Formats.ratio(smileFit, ourFit),
                    Formats.ratio(oneThread, ourFit), training.maxParameterDifference()));
        }
    }

    /** Appends the backtest table, its counts computed from the run's {@code questions} parameter. */
    static void backtest(StringBuilder md, RunResults r) {
        md.append("## Backtest (`BacktestBenchmark`)\n\n");
        md.append("A walk-forward backtest (`Backtest.run`) of generated data (`BacktestScenario`): each question "
                + "open 180 days and forecast every 7 days (26 times), 100 events per question, weekly market prices, "
                + "the live benchmark's 32 features, Bayesian logistic regression refitted every 30 days on every "
                + "row of the questions resolved by then; the bootstrap is off, so the time is the engine's. One "
                + "backtest per iteration.\n\n");
        md.append("| questions | forecasts | events | time per backtest | allocated per backtest |\n"
                + "| ---: | ---: | ---: | ---: | ---: |\n");
        ResultRow backtest = r.first("BacktestBenchmark.backtest");
        int questions = backtestQuestions(r);
        if (backtest != null && questions > 0) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %s | %s |%n%n", questions,
                    questions * BacktestScenario.FORECASTS_PER_QUESTION,
                    questions * BacktestScenario.EVENTS_PER_QUESTION, Formats.scoreWithUnit(backtest),
                    Formats.megabytes(backtest)));
        } else {
            md.append("| n/a | n/a | n/a | n/a | n/a |\n\n");
        }
    }

    /** @return the backtest's {@code questions} parameter, 0 when the run has no backtest */
    static int backtestQuestions(RunResults r) {
        String params = r.paramsOf("BacktestBenchmark.backtest");
        return params.startsWith("questions=") ? Integer.parseInt(params.substring("questions=".length())) : 0;
    }

    /** Appends every result of the run, in file order. */
    static void everyResult(StringBuilder md, RunResults r) {
        md.append("## Every result\n\n");
        md.append("| benchmark | params | mode | score | ± (99.9%) | unit | B/op |\n"
                + "| --- | --- | --- | ---: | ---: | --- | ---: |\n");
        for (ResultRow row : r.rows()) {
            cells(md, row.benchmark(), row.params(), row.mode(), Formats.number(row.score()),
                    Formats.number(row.error()), row.unit(), Formats.bytes(row.bytesPerOp()));
        }
    }

    private static void fit(StringBuilder md, String library, ResultRow time, TrainingComparison.Fit fit) {
        cells(md, library, Formats.scoreWithUnit(time),
                fit == null ? Formats.NA : Formats.fixed(fit.logLikelihood(), 4),
                fit == null ? Formats.NA : Formats.fixed(fit.objective(), 4), Formats.megabytes(time));
    }

    /**
     * Appends a table of operations of one benchmark class without parameters: each operation's time, its
     * multiple of the scalar floor at k = 32 and its allocation.
     *
     * @param operations pairs of method name and description
     */
    private static void operations(StringBuilder md, RunResults r, String benchmarkClass,
            List<String[]> operations) {
        ResultRow floor32 = Targets.scalarFloor(r);
        md.append(OPERATIONS_HEADER);
        for (String[] op : operations) {
            ResultRow row = r.get(benchmarkClass + "." + op[0], "");
            cells(md, "`" + op[0] + "`: " + op[1], Formats.score(row), Formats.ratio(row, floor32),
                    Formats.bytes(row));
        }
        md.append("\n");
    }

    /**
     * Appends one table row per configuration and k: the scores of two methods of the configuration's benchmark
     * class, then a last column computed from their rows (either may be null when a run did not measure it).
     */
    private static void byConfigurationAndK(StringBuilder md, RunResults r,
            Function<Configuration, String> benchmarkClass, String first, String second,
            BiFunction<ResultRow, ResultRow, String> lastColumn) {
        for (Configuration c : Configuration.values()) {
            for (String k : new String[] {"32", "1024"}) {
                ResultRow a = r.get(benchmarkClass.apply(c) + "." + first, "k=" + k);
                ResultRow b = r.get(benchmarkClass.apply(c) + "." + second, "k=" + k);
                cells(md, c.label, k, Formats.score(a), Formats.score(b), lastColumn.apply(a, b));
            }
        }
        md.append("\n");
    }

    private static void cells(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
