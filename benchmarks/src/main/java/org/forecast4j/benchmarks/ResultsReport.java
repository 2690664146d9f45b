package org.forecast4j.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.forecast4j.core.io.AtomicFiles;
import org.forecast4j.core.model.DotKernel;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Renders {@code benchmarks/RESULTS.md} from a JMH JSON result file, the machine's {@code lscpu} output and
 * {@code java -version}: the targets and whether each was met, one table per benchmark family with the ratios
 * to the floor and to Smile, the training comparison (log-likelihood each fit reaches, recomputed here by
 * {@link TrainingComparison} on the benchmark's data) and every result JMH reported. Run by
 * {@code benchmarks/run-full.sh}.
 */
public final class ResultsReport {
    private static final String PACKAGE = ResultsReport.class.getPackageName() + ".";

    /** Ratio targets (measured, never asserted in tests). */
    static final double FLOOR_RATIO_TARGET = 1.3;
    static final double SMILE_SPEEDUP_TARGET_LARGE = 2.0;
    static final double LIVE_FLOOR_RATIO_TARGET = 3.0;

    private ResultsReport() {
    }

    /**
     * One benchmark result.
     *
     * @param benchmark class and method, e.g. {@code PredictBenchmark.floor}
     * @param params the parameters in name order, e.g. {@code k=32}
     * @param mode JMH's mode ({@code avgt}, {@code thrpt}, {@code ss})
     * @param score the mean
     * @param error the 99.9% half-width JMH reports (NaN with fewer than two measurements)
     * @param unit the unit
     * @param bytesPerOp {@code gc.alloc.rate.norm}, 0 if JMH measured no allocation, NaN if not profiled
     * @param forks forks
     * @param warmup warm-up iterations and time
     * @param measurement measurement iterations and time
     * @param opsPerIteration the operations of one measurement iteration, estimated from the score and the
     *     iteration time (1 for single-shot runs)
     */
    record Row(String benchmark, String params, String mode, double score, double error, String unit,
            double bytesPerOp, int forks, String warmup, String measurement, double opsPerIteration) {

        /** @return this result as the allocation gate sees it */
        AllocationGate.Measured measured() {
            return new AllocationGate.Measured(benchmark, params, score, unit, bytesPerOp, opsPerIteration);
        }
    }

    /**
     * @param mode JMH's mode
     * @param score the score
     * @param unit its unit, e.g. {@code ns/op} or {@code ops/s}
     * @param seconds the length of a measurement iteration in seconds
     * @return the operations in one iteration
     */
    static double opsPerIteration(String mode, double score, String unit, double seconds) {
        double perSecond = switch (unit) {
            case "ns/op" -> 1e9 / score;
            case "us/op" -> 1e6 / score;
            case "ms/op" -> 1e3 / score;
            case "s/op" -> 1 / score;
            case "ops/s" -> score;
            case "ops/ms" -> score * 1e3;
            case "ops/us" -> score * 1e6;
            case "ops/ns" -> score * 1e9;
            default -> Double.NaN;
        };
        return "ss".equals(mode) ? 1 : perSecond * seconds;
    }

    /**
     * @param time JMH's iteration time, e.g. {@code "1 s"} or {@code "500 ms"}
     * @return seconds, NaN if not understood
     */
    static double seconds(String time) {
        String[] parts = time.trim().split("\\s+");
        if (parts.length != 2) {
            return Double.NaN;
        }
        double value = Double.parseDouble(parts[0]);
        return switch (parts[1]) {
            case "s" -> value;
            case "ms" -> value / 1e3;
            case "us" -> value / 1e6;
            case "min" -> value * 60;
            default -> Double.NaN;
        };
    }

    /**
     * @param json JMH's JSON results
     * @return one row per result, in file order
     */
    static List<Row> parse(JsonNode json) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode run : json.values()) {
            String name = run.path("benchmark").asString();
            String benchmark = name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
            Map<String, String> params = new TreeMap<>();
            for (Map.Entry<String, JsonNode> p : run.path("params").properties()) {
                params.put(p.getKey(), p.getValue().asString());
            }
            StringBuilder paramText = new StringBuilder();
            params.forEach((k, v) -> paramText.append(paramText.length() == 0 ? "" : ",").append(k).append('=')
                    .append(v));
            JsonNode primary = run.path("primaryMetric");
            JsonNode secondary = run.path("secondaryMetrics");
            double bytes;
            if (secondary.has("gc.alloc.rate.norm")) {
                bytes = number(secondary.path("gc.alloc.rate.norm").path("score"));
            } else if (secondary.has("gc.alloc.rate")) {
                bytes = 0;
            } else {
                bytes = Double.NaN;
            }
            String mode = run.path("mode").asString();
            double score = number(primary.path("score"));
            String unit = primary.path("scoreUnit").asString();
            String measurementTime = run.path("measurementTime").asString("");
            rows.add(new Row(benchmark, paramText.toString(), mode, score, number(primary.path("scoreError")), unit,
                    bytes, run.path("forks").asInt(),
                    run.path("warmupIterations").asInt() + " × " + run.path("warmupTime").asString(""),
                    run.path("measurementIterations").asInt() + " × " + measurementTime,
                    opsPerIteration(mode, score, unit, seconds(measurementTime))));
        }
        return rows;
    }

    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.parseDouble(node.asString());
        } catch (RuntimeException e) {
            return Double.NaN; // JMH writes "NaN" for an undefined error
        }
    }

    /** The rows, looked up by benchmark and parameters. */
    static final class Results {
        private final Map<String, Row> byKey = new LinkedHashMap<>();

        Results(List<Row> rows) {
            rows.forEach(r -> byKey.put(r.benchmark() + "|" + r.params(), r));
        }

        Row get(String benchmark, String params) {
            return byKey.get(benchmark + "|" + params);
        }

        double score(String benchmark, String params) {
            Row r = get(benchmark, params);
            return r == null ? Double.NaN : r.score();
        }

        List<Row> all() {
            return new ArrayList<>(byKey.values());
        }
    }

    /** The JVM configurations the prediction benchmarks run in. */
    enum Configuration {
        /** A JVM started without the Vector API: the scalar dot product of sixteen fused multiply-add sums. */
        SCALAR("scalar (default JVM)", "PredictBenchmark", "BayesianPredictiveBenchmark"),
        /** A JVM started with {@code --add-modules jdk.incubator.vector}: the SIMD dot product. */
        VECTOR("Vector API (`--add-modules jdk.incubator.vector`)", "PredictVectorBenchmark",
                "BayesianPredictiveVectorBenchmark");

        final String label;
        final String predict;
        final String bayes;

        Configuration(String label, String predict, String bayes) {
            this.label = label;
            this.predict = predict;
            this.bayes = bayes;
        }
    }

    /**
     * A target and whether it was met.
     *
     * @param target what was aimed at
     * @param configuration the JVM configuration measured, or a note such as "both"
     * @param measured the measured value, as text
     * @param met whether it was met; {@code null} when it could not be evaluated
     */
    record Verdict(String target, String configuration, String measured, Boolean met) {
        String metText() {
            return met == null ? "not measured" : met ? "met" : "**missed**";
        }
    }

    /**
     * @param r the results
     * @return the targets of issue 8, evaluated in each configuration that was measured
     */
    static List<Verdict> verdicts(Results r) {
        List<Verdict> v = new ArrayList<>();
        for (Configuration c : Configuration.values()) {
            Row floor = r.get(c.predict + ".floor", "k=32");
            Row ours = r.get(c.predict + ".forecast4j", "k=32");
            v.add(verdict("forecast4j within 1.3× of the floor at k = 32", c, quotient(ours, floor),
                    "%.2f× the floor's time", x -> x <= FLOOR_RATIO_TARGET, ""));
        }
        for (Configuration c : Configuration.values()) {
            Row ours = r.get(c.predict + ".forecast4j", "k=32");
            Row smile = r.get(c.predict + ".smile", "k=32");
            v.add(verdict("forecast4j faster than Smile at k = 32", c, quotient(smile, ours),
                    "Smile takes %.2f× our time", x -> x > 1, overlapNote(ours, smile)));
        }
        for (Configuration c : Configuration.values()) {
            Row ours = r.get(c.predict + ".forecast4j", "k=1024");
            Row smile = r.get(c.predict + ".smile", "k=1024");
            v.add(verdict("forecast4j at least 2× faster than Smile at k = 1024", c, quotient(smile, ours),
                    "Smile takes %.2f× our time", x -> x >= SMILE_SPEEDUP_TARGET_LARGE, overlapNote(ours, smile)));
        }
        List<String> allocating = new ArrayList<>();
        double worst = Double.NaN;
        String worstName = "";
        for (Row row : r.all()) {
            AllocationGate.Measured m = row.measured();
            if (!m.gated()) {
                continue;
            }
            if (!m.passes() || Double.isNaN(m.bytesPerOp())) {
                allocating.add(row.benchmark() + " " + row.params());
            }
            if (!(m.bytesPerOp() <= worst)) {
                worst = m.bytesPerOp();
                worstName = row.benchmark() + (row.params().isEmpty() ? "" : " " + row.params());
            }
        }
        String allocation = Double.isNaN(worst) ? "not profiled"
                : allocating.isEmpty() ? String.format(Locale.ROOT, "at most %.4f B/op (%s), within JMH's own "
                        + "bookkeeping per iteration (see `AllocationGate`)", worst, worstName)
                : "allocates: " + String.join(", ", allocating);
        v.add(new Verdict("0 B/op on the hot paths (`-prof gc`)", "both", allocation,
                Double.isNaN(worst) ? null : allocating.isEmpty()));
        double transcendentals = quotient(r.get("LiveBenchmark.transcendentalsOnly", ""),
                r.get("PredictBenchmark.floor", "k=32"));
        v.add(verdict("live event + probability under 3× the k = 32 floor", Configuration.SCALAR,
                quotient(r.get("LiveBenchmark.eventThenProbability", ""), r.get("PredictBenchmark.floor", "k=32")),
                "%.1f× the floor's time", x -> x < LIVE_FLOOR_RATIO_TARGET,
                Double.isNaN(transcendentals) ? "" : String.format(Locale.ROOT, "; the 3 `exp` and 7 `log1p` of "
                        + "one read alone take %.1f×", transcendentals)));
        return v;
    }

    private static Verdict verdict(String target, Configuration configuration, double value, String format,
            java.util.function.DoublePredicate met, String note) {
        if (Double.isNaN(value)) {
            return new Verdict(target, configuration.label, "n/a", null);
        }
        return new Verdict(target, configuration.label, String.format(Locale.ROOT, format, value) + note,
                met.test(value));
    }

    /** @return a note when the two 99.9% confidence intervals overlap, else empty */
    static String overlapNote(Row a, Row b) {
        if (a == null || b == null || Double.isNaN(a.error()) || Double.isNaN(b.error())) {
            return "";
        }
        boolean overlap = Math.abs(a.score() - b.score()) <= a.error() + b.error();
        return overlap ? " (the confidence intervals overlap)" : "";
    }

    private static double quotient(Row numerator, Row denominator) {
        return numerator == null || denominator == null ? Double.NaN : numerator.score() / denominator.score();
    }

    /**
     * The machine and JVM the results came from. {@code scalarKernel} is {@link DotKernel#description()} in the
     * JVM that renders the report: run-full.sh starts it on the benchmark machine with the same {@code java} and
     * without {@code --add-modules}, like the scalar benchmark forks.
     */
    record Environment(String date, String cpu, String cores, String caches, List<String> javaVersion,
            String scalarKernel) {

        static Environment read(String date, Path lscpu, Path javaVersion) throws IOException {
            Map<String, String> cpu = new LinkedHashMap<>();
            for (String line : Files.readAllLines(lscpu)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    cpu.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
            String cores = cpu.getOrDefault("CPU(s)", "?") + " logical CPUs (" + cpu.getOrDefault("Core(s) per socket",
                    "?") + " cores per socket, " + cpu.getOrDefault("Thread(s) per core", "?") + " thread per core)";
            String caches = "L1d " + cpu.getOrDefault("L1d cache", "?") + ", L2 " + cpu.getOrDefault("L2 cache", "?")
                    + ", L3 " + cpu.getOrDefault("L3 cache", "?");
            List<String> java = new ArrayList<>();
            for (String line : Files.readAllLines(javaVersion)) {
                if (!line.isBlank()) {
                    java.add(line.trim());
                }
            }
            return new Environment(date, cpu.getOrDefault("Model name", "?"), cores, caches, java,
                    DotKernel.description());
        }
    }

    /**
     * @param rows the JMH results
     * @param env the machine and JVM
     * @param training the training comparison on the benchmark's data, or {@code null} to leave it out
     * @return the Markdown document
     */
    static String render(List<Row> rows, Environment env, TrainingComparison.Comparison training) {
        Results r = new Results(rows);
        StringBuilder md = new StringBuilder();
        md.append("# forecast4j benchmark results\n\n");
        md.append("Generated by `benchmarks/run-full.sh` on ").append(env.date())
                .append(" from one JMH run (`-prof gc`, JSON in `benchmarks/target/jmh-full.json`). "
                        + "Regenerate with one command, from the repository root:\n\n");
        md.append("```\nbenchmarks/run-full.sh\n```\n\n");
        md.append("## Machine\n\n");
        md.append("- CPU: ").append(env.cpu()).append(", ").append(env.cores()).append("; ").append(env.caches())
                .append(".\n");
        md.append("- JVM: ").append(String.join(" / ", env.javaVersion())).append(".\n");
        Row any = rows.isEmpty() ? null : rows.get(0);
        if (any != null) {
            md.append("- JMH 1.37; hot paths: ").append(settings(r, "PredictBenchmark.floor", "k=32"))
                    .append("; training: ").append(settings(r, "TrainingBenchmark.forecast4j",
                            paramsOf(r, "TrainingBenchmark.forecast4j")))
                    .append("; backtest: ").append(settings(r, "BacktestBenchmark.backtest",
                            paramsOf(r, "BacktestBenchmark.backtest"))).append(".\n");
        }
        md.append("- Two JVM configurations: **scalar**, a JVM started as a bot starts it by default, and **Vector "
                + "API**, a JVM started with `--add-modules jdk.incubator.vector`, where forecast4j's scoring dot "
                + "product and the Bayesian predictive's quadratic form use SIMD (`DotKernel`; classes "
                + "`PredictVectorBenchmark` and `BayesianPredictiveVectorBenchmark`). In the scalar "
                + "configuration forecast4j's dot product is `" + env.scalarKernel() + "` (`DotKernel.description()` "
                + "in a default JVM on this machine; the fused sums need HotSpot's `UseFMA`, on where the CPU has "
                + "FMA3). The floor (hand-written scalar dot product of sixteen fused multiply-add "
                + "sums and branch-free stable sigmoid) and Smile are scalar code in both configurations and are "
                + "measured again in each, so every ratio compares runs of one configuration.\n");
        md.append("- The machine is a virtual machine with 2 cores, shared: other work (builds and tests of other "
                + "branches) may have run on it during the measurement, and its host may run other tenants. The ± "
                + "columns are JMH's 99.9% confidence half-widths; differences smaller than them are noise.\n\n");

        md.append("## Targets\n\n");
        md.append("| target | configuration | measured | verdict |\n| --- | --- | --- | --- |\n");
        for (Verdict v : verdicts(r)) {
            md.append("| ").append(v.target()).append(" | ").append(v.configuration()).append(" | ")
                    .append(v.measured()).append(" | ").append(v.metText()).append(" |\n");
        }
        md.append("\n");

        md.append("## Prediction: σ(b + w·x) of one feature vector (`PredictBenchmark`, "
                + "`PredictVectorBenchmark`)\n\n");
        md.append("Same weights, same pool of inputs. Time ratios: below 1.3 against the floor is the target; "
                + "\"Smile / forecast4j\" above 1 means we are faster.\n\n");
        md.append("| configuration | k | floor (ns/op) | forecast4j (ns/op) | Smile (ns/op) | forecast4j / floor | "
                + "Smile / forecast4j | forecast4j B/op |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Configuration c : Configuration.values()) {
            for (String k : new String[] {"32", "1024"}) {
                String p = "k=" + k;
                Row floor = r.get(c.predict + ".floor", p);
                Row ours = r.get(c.predict + ".forecast4j", p);
                Row smile = r.get(c.predict + ".smile", p);
                md.append("| ").append(c.label).append(" | ").append(k).append(" | ").append(scoreText(floor))
                        .append(" | ").append(scoreText(ours)).append(" | ").append(scoreText(smile)).append(" | ")
                        .append(ratio(ours, floor)).append(" | ").append(ratio(smile, ours)).append(" | ")
                        .append(bytesText(ours)).append(" |\n");
            }
        }
        md.append("\n");

        md.append("What the sigmoid's `exp` costs: forecast4j against the control `forecast4jMathExp`, the same dot "
                + "product followed by the same branch-free sigmoid with HotSpot's `Math.exp` (a call into a runtime "
                + "stub) in place of `PortableExp.exp` (plain Java that C2 inlines).\n\n");
        md.append("| configuration | k | forecast4j (ns/op) | with `Math.exp` (ns/op) | difference (ns) |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        rowsByConfigurationAndK(md, r, c -> c.predict, "forecast4j", "forecast4jMathExp",
                (ours, control) -> ours == null || control == null ? "n/a"
                        : String.format(Locale.ROOT, "%+.1f", control.score() - ours.score()));

        md.append("## Bayesian predictive (`BayesianPredictiveBenchmark`, `BayesianPredictiveVectorBenchmark`)\n\n");
        md.append("Mean and variance of the log-odds (`logOddsMoments`, about d²/2 multiply-adds) and the moderated "
                + "probability σ(μ/√(1 + πs²/8)), under a posterior with a dense covariance.\n\n");
        md.append("| configuration | k | moments (ns/op) | probability (ns/op) | B/op |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        rowsByConfigurationAndK(md, r, c -> c.bayes, "moments", "probability",
                (moments, probability) -> bytesText(moments));

        md.append("## Live path: 1,000 questions, 32 features (`LiveBenchmark`)\n\n");
        md.append("An endless event stream in publication order (see `LiveScenario`); the feature spec mixes every "
                + "live kind: 13 decayed sums (3 half-lives), 7 counts, 6 days-since (log1p), log-magnitude, days to "
                + "deadline (log1p), elapsed fraction, market price (logit), its move, a tag. Scalar configuration.\n\n");
        md.append("| operation | ns/op | × the k = 32 floor | B/op |\n| --- | ---: | ---: | ---: |\n");
        Row floor32 = r.get("PredictBenchmark.floor", "k=32");
        String[][] live = {
            {"eventThenProbability", "one event, then the Forecaster's live probability of its question"},
            {"eventOnly", "one event (`LiveFeatureState.onEvent`)"},
            {"probabilityOnly", "the Forecaster's live probability (features + model)"},
            {"featuresOnly", "the features alone (`LiveFeatureState.features`)"},
            {"featuresSameQuestion", "the features of one question over and over (its state stays in L1)"},
            {"transcendentalsOnly", "only the 3 `exp` and 7 `log1p` (and their divisions) a read of this spec "
                    + "evaluates, at the same times: no state, no lock, no cache miss"}};
        for (String[] op : live) {
            Row row = r.get("LiveBenchmark." + op[0], "");
            md.append("| `").append(op[0]).append("`: ").append(op[1]).append(" | ").append(scoreText(row))
                    .append(" | ").append(ratio(row, floor32)).append(" | ").append(bytesText(row)).append(" |\n");
        }
        md.append("\n");

        md.append("## Market-anchored live path: 1,000 questions, 7 features (`MarketAnchoredBenchmark`)\n\n");
        md.append("The ForecastBench default spec (price, its move since the previous price, log1p of the days to "
                + "close, four platform tags) and a fitted `market-anchored` model: σ(logit(q) + δ(x)). Scalar "
                + "configuration.\n\n");
        md.append("| operation | ns/op | × the k = 32 floor | B/op |\n| --- | ---: | ---: | ---: |\n");
        String[][] anchored = {
            {"probability", "the Forecaster's live probability of a random question"},
            {"priceThenProbability", "a new price (`onPrice`), then the live probability of its question"}};
        for (String[] op : anchored) {
            Row row = r.get("MarketAnchoredBenchmark." + op[0], "");
            md.append("| `").append(op[0]).append("`: ").append(op[1]).append(" | ").append(scoreText(row))
                    .append(" | ").append(ratio(row, floor32)).append(" | ").append(bytesText(row)).append(" |\n");
        }
        md.append("\n");

        md.append("## Scoring throughput (`ScoringBenchmark`)\n\n");
        Row add = r.get("ScoringBenchmark.add", "");
        md.append("| operation | forecasts per second | B/op |\n| --- | ---: | ---: |\n");
        md.append("| `ScoreAccumulator.add(p, outcome)`, cleared every 65,536 forecasts | ").append(scoreText(add))
                .append(" | ").append(bytesText(add)).append(" |\n\n");

        md.append("## Training: 100,000 rows × 32 features (`TrainingBenchmark`)\n\n");
        md.append("Same data, same penalised objective −ℓ + ½λ‖w‖² with λ = 0.16 (a N(0, 2.5²) prior on each "
                + "coefficient). forecast4j: Newton's method, one thread. Smile: L-BFGS (tolerance 1e-5), with its "
                + "objective and gradient on parallel streams over both cores. Time per fit; one fit per "
                + "iteration.\n\n");
        String trainingParams = paramsOf(r, "TrainingBenchmark.forecast4j");
        Row ourFit = r.get("TrainingBenchmark.forecast4j", trainingParams);
        Row smileFit = r.get("TrainingBenchmark.smile", trainingParams);
        md.append("| library | time per fit | log-likelihood | objective | allocated per fit |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        md.append("| forecast4j | ").append(scoreWithUnit(ourFit)).append(" | ")
                .append(training == null ? "n/a" : fixed(training.forecast4j().logLikelihood())).append(" | ")
                .append(training == null ? "n/a" : fixed(training.forecast4j().objective())).append(" | ")
                .append(megabytes(ourFit)).append(" |\n");
        md.append("| Smile | ").append(scoreWithUnit(smileFit)).append(" | ")
                .append(training == null ? "n/a" : fixed(training.smile().logLikelihood())).append(" | ")
                .append(training == null ? "n/a" : fixed(training.smile().objective())).append(" | ")
                .append(megabytes(smileFit)).append(" |\n\n");
        if (training != null) {
            md.append(String.format(Locale.ROOT, "Smile / forecast4j time: %s. Both fits evaluated by the same code "
                    + "(`TrainingComparison.evaluate`); the largest difference between their parameters is %.2e.%n%n",
                    ratio(smileFit, ourFit), training.maxParameterDifference()));
        }

        md.append("## Backtest (`BacktestBenchmark`)\n\n");
        String backtestParams = paramsOf(r, "BacktestBenchmark.backtest");
        Row backtest = r.get("BacktestBenchmark.backtest", backtestParams);
        md.append("A walk-forward backtest (`Backtest.run`) of generated data (`BacktestScenario`): each question "
                + "open 180 days and forecast every 7 days (26 times), 100 events per question, weekly market prices, "
                + "the live benchmark's 32 features, Bayesian logistic regression refitted every 30 days on every "
                + "row of the questions resolved by then; the bootstrap is off, so the time is the engine's. One "
                + "backtest per iteration.\n\n");
        md.append("| questions | forecasts | events | time per backtest | allocated per backtest |\n"
                + "| ---: | ---: | ---: | ---: | ---: |\n");
        if (backtest != null) {
            int questions = Integer.parseInt(backtestParams.replace("questions=", ""));
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %s | %s |%n%n", questions,
                    questions * BacktestScenario.FORECASTS_PER_QUESTION,
                    questions * BacktestScenario.EVENTS_PER_QUESTION, scoreWithUnit(backtest), megabytes(backtest)));
        } else {
            md.append("| n/a | n/a | n/a | n/a | n/a |\n\n");
        }

        md.append("## Notes on the results\n\n");
        notes(md, r);

        md.append("## Every result\n\n");
        md.append("| benchmark | params | mode | score | ± (99.9%) | unit | B/op |\n"
                + "| --- | --- | --- | ---: | ---: | --- | ---: |\n");
        for (Row row : rows) {
            md.append("| ").append(row.benchmark()).append(" | ").append(row.params()).append(" | ").append(row.mode())
                    .append(" | ").append(number(row.score())).append(" | ").append(number(row.error())).append(" | ")
                    .append(row.unit()).append(" | ").append(bytes(row.bytesPerOp())).append(" |\n");
        }
        return md.toString();
    }

    /** The sentence on the cost of cache misses, when this run measured any (timings vary run to run). */
    private static String cacheMisses(double features, double hot) {
        return features > hot ? String.format(Locale.ROOT, "The other %.0f ns of `featuresOnly` are cache misses "
                + "on a random question's state among 1,000. ", features - hot)
                : "In this run `featuresOnly` was no slower than `featuresSameQuestion`: the cost of cache misses on "
                + "a random question's state was lost in the run-to-run variation. ";
    }

    /** The notes: why the numbers are what they are, with the figures taken from this run where it has them. */
    private static void notes(StringBuilder md, Results r) {
        double floor32 = r.score("PredictBenchmark.floor", "k=32");
        double features = r.score("LiveBenchmark.featuresOnly", "");
        double hot = r.score("LiveBenchmark.featuresSameQuestion", "");
        double event = r.score("LiveBenchmark.eventOnly", "");
        double transcendentals = r.score("LiveBenchmark.transcendentalsOnly", "");
        md.append(String.format(Locale.ROOT, "- **k = 32 against Smile, scalar.** A back-to-back benchmark "
                + "measures throughput: the CPU overlaps consecutive independent scorings, which hides the latency of "
                + "Smile's single running sum, so at 32 features the floor, forecast4j and Smile all load the same "
                + "64 doubles and call `exp` once, and cost about the same (Smile takes %s× forecast4j's time "
                + "here); no scalar loop loads fewer. Smile's sigmoid `1/(1 + exp(−z))` has no branch; the stable "
                + "sigmoid of forecast4j and of the floor has two cases by the sign of z, and is now branch-free too "
                + "(`Probabilities.sigmoid` selects the numerator 1 or `exp(−|z|)` by masking bits with the sign, "
                + "the same bits as the two-branch form), which took 2 to 5 ns off the branching version's time "
                + "in our side-by-side runs: over inputs of random sign that branch was mispredicted half the time. "
                + "A conditional expression instead of the masks compiles to the same branch. Both take that `exp` "
                + "from `PortableExp`, a table-driven exp in plain Java that C2 inlines (within one ulp, the same "
                + "bits on every JVM), where `Math.exp` is a call into a HotSpot stub: forecast4j took %s (the "
                + "table above; in a four-fork run of the two alone, 29.6 against 30.7 ns), within the noise of this "
                + "machine.%n",
                ratio(r.get("PredictBenchmark.smile", "k=32"), r.get("PredictBenchmark.forecast4j", "k=32")),
                expSaving(r.get("PredictBenchmark.forecast4jMathExp", "k=32"),
                        r.get("PredictBenchmark.forecast4j", "k=32"))));
        md.append(String.format(Locale.ROOT, "- **k = 1024 against Smile, scalar.** Smile sums in one chain, bound "
                + "by the floating-point add latency. forecast4j and the floor keep sixteen independent sums of "
                + "fused multiply-adds (`Math.fma`, one instruction where HotSpot reports `UseFMA`): per element "
                + "one load and one load-multiply-add, where separate multiplies and adds take a load, a "
                + "load-multiply and an add, and sixteen chains cover the multiply-add latency; this is %s× Smile's "
                + "speed here. Eight sums of separate multiplies and adds, our earlier loop (still the fallback), "
                + "reached about 1.5–1.6× in full runs on this machine. The loop runs to `k & ~15` (`i < blocks`), a "
                + "counted loop that C2 compiles without a range check per element or a safepoint poll per pass "
                + "(written `i + 7 < k`, an earlier version had both and was about a quarter slower), and the "
                + "scoring path calls a copy of it without array offsets, which C2 compiled to faster code (at 32 "
                + "features 15 against 19–20 ns for the dot product alone). "
                + "HotSpot does not vectorise a floating-point reduction, which would reorder the additions; a "
                + "multiply into a scratch array, a loop HotSpot can vectorise, followed by a sum was slower. On a "
                + "CPU without FMA3 `Math.fma` would be hundreds of times slower, so `DotKernel` uses the fused loop "
                + "only when HotSpot reports `UseFMA` and otherwise the eight plain sums.%n",
                ratio(r.get("PredictBenchmark.smile", "k=1024"), r.get("PredictBenchmark.forecast4j", "k=1024"))));
        md.append("- **Vector API.** With the module, forecast4j loads, multiplies and adds a whole vector (8 doubles "
                + "with AVX-512) per instruction, with four vector accumulators: an eighth of the scalar loop's loads "
                + "and arithmetic. At k = 32 what remains is mostly the horizontal sum, the `exp` and the call; "
                + "the inlined `PortableExp` took " + expSaving(
                        r.get("PredictVectorBenchmark.forecast4jMathExp", "k=32"),
                        r.get("PredictVectorBenchmark.forecast4j", "k=32")) + " in this run (in a four-fork run of "
                + "the two alone, 23.7 against 26.1 ns). At "
                + "k = 1024 the loop is bound by bringing the inputs in from L2 rather than by issuing scalar loads. "
                + "The floor is kept as the issue defines it (scalar), so forecast4j goes below it in this "
                + "configuration. The JDK prints `WARNING: Using incubator modules: "
                + "jdk.incubator.vector` when such a JVM starts; a JVM without the flag never loads the vector "
                + "code.\n");
        md.append(String.format(Locale.ROOT, "- **Live path.** A read now costs one `exp` per distinct half-life "
                + "(3, not 13: sums of one half-life share a reference time), one `Math.log` per log1p transform (7; "
                + "Goldberg's form of log1p instead of JDK 17's native `Math.log1p`), a comparison per count (a scan "
                + "of its buffer only when events left the window since the watermark), and copies of the values "
                + "that change only on writes (tags, price logit, log-magnitude). `featuresOnly` takes %.0f ns, and "
                + "%.0f ns when the question's state stays in L1 (`featuresSameQuestion`): the arithmetic. The 3 "
                + "`exp` and 7 `log1p` with their divisions take %.0f ns on their own (`transcendentalsOnly`), on "
                + "average %.0f ns a call: `Math.exp` and `Math.log` are HotSpot's intrinsic stubs, called rather "
                + "than inlined, and in our side-by-side runs no pure-Java alternative was faster: `StrictMath.exp` "
                + "(Java code on JDK 17) and an inlined log by fdlibm's algorithm were slower, and table-driven exp "
                + "and log (`PortableExp`'s method, and a 128-entry log) took the same time, so the features keep "
                + "`Math.exp` and `Math.log`. The calls can overlap with each other because each time difference (a "
                + "`long`) becomes a double through `Times.toDouble`, bit operations that give the cast's exact "
                + "value: the cast compiles to x86's `cvtsi2sd`, which writes half of its register and so waits for "
                + "the register's previous value, often the previous call's result, and so chained the calls one "
                + "after another (in side-by-side runs this part took about 200 ns with the cast, 125 ns without; "
                + "the features are the same bits). The rest of a read is bookkeeping: in side-by-side runs of a "
                + "copy of the read without its `exp` and `log` calls and its day divisions, a read of one question "
                + "in L1 still took 90–130 ns (ten loops over the layout's index arrays, about forty indexed loads "
                + "and stores), as much as the target allows an event and a read together, before any transcendental "
                + "call. %sAn event (%.0f ns) costs two hash lookups (type and entity), the write lock, an `exp` per "
                + "half-life it feeds, a count insertion, and cache misses on the question's state and its count "
                + "buffer; taking out the lock, the decay `exp` calls or the count insertion one at a time, in "
                + "copies of the write, each changed its time by less than this machine's run-to-run noise. So one "
                + "event plus one probability stays well above 3× the floor (%.0f ns): the ten transcendental calls "
                + "that one read of these features needs take %.1f× the floor's time before any state is read, and "
                + "the features alone, without any cache miss, %.1f×. Meeting the target would take a different "
                + "contract, such as features only as of the last event or "
                + "time-dependent features on a coarse clock, not tuning.%n", features, hot, transcendentals,
                transcendentals / 10, cacheMisses(features, hot), event, 3 * floor32, transcendentals / floor32,
                hot / floor32));
        md.append("- **Training.** Newton's method computes the d × d Hessian over all rows at every iteration, "
                + "which the Bayesian model needs anyway for its Laplace covariance; L-BFGS only needs gradients, "
                + "and Smile spreads them over both cores. Both reach the same optimum.\n");
        md.append("- **Backtest.** Most of a backtest is its refits: every 30 days, once 20 questions have resolved, "
                + "a Newton fit on every row of the questions resolved by then (about two dozen fits, up to 52,000 "
                + "rows each); replaying 200,000 events and 52,000 prices through the live state and making 52,000 "
                + "forecasts is a small part (in a JMH stack-profiler run, about nine tenths of the busy samples "
                + "were in the fits).\n\n");
    }

    private static String paramsOf(Results r, String benchmark) {
        for (Row row : r.all()) {
            if (row.benchmark().equals(benchmark)) {
                return row.params();
            }
        }
        return "";
    }

    private static String settings(Results r, String benchmark, String params) {
        Row row = r.get(benchmark, params);
        if (row == null) {
            return "n/a";
        }
        if ("ss".equals(row.mode())) {
            return row.forks() + " forks of " + row.warmup().split(" ")[0] + " warm-up and "
                    + row.measurement().split(" ")[0] + " measured single shots";
        }
        return row.forks() + " forks of " + row.warmup() + " warm-up and " + row.measurement() + " measured iterations";
    }

    private static String scoreText(Row row) {
        if (row == null) {
            return "n/a";
        }
        return Double.isNaN(row.error()) ? number(row.score()) : number(row.score()) + " ± " + number(row.error());
    }

    /**
     * Renders one table row per configuration and k: the scores of two methods of the configuration's benchmark
     * class, then a last column computed from their rows (either may be null when a run did not measure it).
     */
    private static void rowsByConfigurationAndK(StringBuilder md, Results r,
            Function<Configuration, String> benchmarkClass, String first, String second,
            BiFunction<Row, Row, String> lastColumn) {
        for (Configuration c : Configuration.values()) {
            for (String k : new String[] {"32", "1024"}) {
                Row a = r.get(benchmarkClass.apply(c) + "." + first, "k=" + k);
                Row b = r.get(benchmarkClass.apply(c) + "." + second, "k=" + k);
                md.append("| ").append(c.label).append(" | ").append(k).append(" | ").append(scoreText(a))
                        .append(" | ").append(scoreText(b)).append(" | ").append(lastColumn.apply(a, b))
                        .append(" |\n");
            }
        }
        md.append("\n");
    }

    /**
     * @param control the {@code Math.exp} control's row
     * @param ours forecast4j's row
     * @return what forecast4j saved against the control in this run, as a phrase
     */
    private static String expSaving(Row control, Row ours) {
        if (control == null || ours == null) {
            return "an unknown time against the `Math.exp` control (not in this run)";
        }
        double saved = control.score() - ours.score();
        return saved > 0
                ? String.format(Locale.ROOT, "%.1f ns less than the `Math.exp` control", saved)
                : String.format(Locale.ROOT, "no less than the `Math.exp` control (%.1f ns more, within the "
                        + "run-to-run variation)", -saved);
    }

    private static String ratio(Row numerator, Row denominator) {
        if (numerator == null || denominator == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.2f", numerator.score() / denominator.score());
    }

    private static String bytesText(Row row) {
        return row == null ? "n/a" : bytes(row.bytesPerOp());
    }

    private static String bytes(double b) {
        return Double.isNaN(b) ? "n/a" : String.format(Locale.ROOT, "%.4f", b);
    }

    private static String megabytes(Row row) {
        return row == null || Double.isNaN(row.bytesPerOp()) ? "n/a"
                : String.format(Locale.ROOT, "%.2f MB", row.bytesPerOp() / 1e6);
    }

    private static String scoreWithUnit(Row row) {
        return row == null ? "n/a" : scoreText(row) + " " + row.unit().replace("/op", "");
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Three significant digits at least, no exponent for ordinary sizes, thousands separated. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /**
     * Renders {@code RESULTS.md}; exits with {@link #run}'s status.
     *
     * @param args the JMH JSON file, the {@code lscpu} output, the {@code java -version} output, the Markdown
     *     file to write, and the date to print
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Renders {@code RESULTS.md} from a JMH JSON file, written to a temporary file and then renamed, so a failed
     * run leaves any earlier report as it was.
     *
     * @param args as {@link #main}
     * @param out receives the training comparison and the path written
     * @param err receives the usage or the error, naming the file (and line, for malformed JSON)
     * @return 0 when written, 2 for a wrong number of arguments, 1 when an input cannot be read or parsed or the
     *     report cannot be written
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 5) {
            err.println("usage: ResultsReport JMH.json LSCPU.txt JAVA-VERSION.txt RESULTS.md DATE");
            return 2;
        }
        try {
            List<Row> rows = parse(ForecastJson.readTree(Path.of(args[0])));
            Environment env = Environment.read(args[4], Path.of(args[1]), Path.of(args[2]));
            TrainingComparison.Comparison training = TrainingComparison.compare(TrainingData.generate(
                    TrainingBenchmark.ROWS, TrainingBenchmark.FEATURES, TrainingBenchmark.DATA_SEED));
            out.print(training);
            AtomicFiles.writeString(Path.of(args[3]), render(rows, env, training));
            out.println("wrote " + args[3]);
            return 0;
        } catch (InvalidInputException e) {
            err.println("ResultsReport: " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("ResultsReport: " + e.getFile() + ": file not found");
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("ResultsReport: " + e);
            return 1;
        }
    }
}
