// A walk-forward calibration backtest: does recalibrating a model's probabilities on its own earlier
// out-of-sample forecasts make them better? First on the committed synthetic example (60 seeded questions, their
// events and weekly market prices), then, if ../shared/data holds it, on real markets (ForecastBench).
// Run:  ./forecast shell --script examples/notebooks/calibration-backtest.jsh   (or paste into ./forecast shell)

import javax.imageio.ImageIO;

// 1. The example, under the forecast4j checkout (forecast4j.home, which ./forecast sets) or the working directory.
//    A latent probability drives each question's outcome and its "good"/"bad" events; a noisy market prices it weekly.
Path home = Path.of(System.getProperty("forecast4j.home", "."));
Path example = home.resolve("backtest/src/test/resources/backtest/example");
List<Question> questions = QuestionReader.read(example.resolve("questions.jsonl"));
EventLog log = EventReader.readLog(example.resolve("events.jsonl"));
FeatureSpec spec = FeatureSpec.read(example.resolve("spec.json"));
System.out.println(questions.size() + " questions, " + log + "; features " + spec.schema().names());
var firstQuestions = new TextTable("question", "opened", "resolved", "outcome", "prices");
for (var q : questions.subList(0, 5)) firstQuestions.row(q.id(), q.opened(), q.resolvedAt(), q.outcome(), q.prices().size());
show(firstQuestions);

// 2. The backtest: Bayesian logistic regression on those features, a forecast of every open question every 7 days,
//    a refit every 30 days on the questions resolved by then; until 10 have resolved, the market price where one
//    is known, else the running base rate. No forecast sees anything published, priced or resolved after its own
//    time. Selection is off here, so that the model and each calibrator are used as soon as they are fitted and
//    their effect can be seen; step 12 shows the default, walk-forward selection.
var config = BacktestConfig.DEFAULTS.withSchedule(ForecastSchedule.every("7d")).
        withRefit(RefitSchedule.every("30d")).withMinTrain(10).withSelection(Selection.NONE);   // (a line that completes a snippet ends it)
var none = Backtest.run(config, questions, log, spec);
show(none);

// 3. The reliability bins: the model's forecasts (all rows) and the market's (rows with a price), each bin with
//    its observed frequency and a 90% Jeffreys interval.
show(none.scores().model());
show(none.scores().market());

// 4. The same backtest with each calibrator. A calibrator is refitted with the model, on the model's earlier
//    forecasts of the questions resolved by then (each made before its question resolved), once there are 50.
Map<String, BacktestResult> runs = new LinkedHashMap<>();
for (var kind : ModelKinds.calibrators())
    runs.put(kind.name(), kind.isNone() ? none : Backtest.run(config.withCalibrator(kind), questions, log, spec));

TextTable calibrationTable(Map<String, BacktestResult> runs) {
    var table = new TextTable("calibrator", "calibrated", "Brier", "log loss", "ECE", "CORP MCB", "model - market",
            "90% (questions)", "final wealth");
    for (var e : runs.entrySet()) {
        var r = e.getValue();
        var c = r.scores().modelVsMarketOnModelRows();
        table.row(e.getKey(), r.rows().stream().filter(row -> row.calibratedOn() > 0).count(),
                TextTable.number(r.scores().model().brier()), TextTable.number(r.scores().model().logLoss()),
                TextTable.number(r.scores().model().ece()), TextTable.number(r.scores().model().corp().miscalibration()),
                String.format(Locale.ROOT, "%+.4f", c.paired().meanDifference()),
                "[" + TextTable.number(c.questionInterval().lower()) + ", " + TextTable.number(c.questionInterval().upper()) + "]",
                TextTable.number(r.trading().finalWealth()));
    }
    return table;
}
System.out.println("Scores over all rows; model - market over the rows the fitted model forecast; 'calibrated' counts the rows a calibrator remapped.");
show(calibrationTable(runs));

// 5. A calibrator only remaps the model's probabilities: every run fits the same models and sees the same prices,
//    so the uncalibrated probabilities (pModel in forecasts.csv) and the baselines' scores agree bit for bit.
for (var r : runs.values()) {
    for (int i = 0; i < r.rows().size(); i++) {
        double a = r.rows().get(i).modelProbability(), b = none.rows().get(i).modelProbability();
        if (Double.doubleToLongBits(a) != Double.doubleToLongBits(b)) throw new AssertionError("row " + i + ": " + a + " vs " + b);
    }
    if (r.scores().market().brier() != none.scores().market().brier()) throw new AssertionError("market scores differ");
}
System.out.println("The uncalibrated model probabilities and the market's scores are identical in all " + runs.size() + " runs.");

// 6. Where a calibrator was applied, did it help? A paired Brier comparison, calibrated - uncalibrated, on the same
//    rows (negative favours the calibrator); the bootstrap resamples rows. Here it did not: with 60 questions the
//    50th out-of-sample forecast arrives late, so only the last 150 forecasts are remapped, and every calibrator
//    makes them worse. Likely why: it learns the errors of the early models, fitted on a dozen questions, and
//    applies them to later models fitted on more (the model's Brier by month, in step 9, keeps improving).
var paired = new TextTable("calibrator", "rows", "Brier calibrated", "Brier uncalibrated", "difference", "std error", "90% (rows)");
for (var e : runs.entrySet()) {
    var rows = e.getValue().rows().stream().filter(row -> row.calibratedOn() > 0).toList();
    if (rows.isEmpty()) continue;
    double[] calibrated = rows.stream().mapToDouble(row -> row.p()).toArray();
    double[] uncalibrated = rows.stream().mapToDouble(row -> row.modelProbability()).toArray();
    boolean[] outcomes = new boolean[rows.size()];
    for (int i = 0; i < outcomes.length; i++) outcomes[i] = rows.get(i).outcome();
    var d = PairedComparison.brier(calibrated, uncalibrated, outcomes, ScoringOptions.DEFAULTS);
    paired.row(e.getKey(), d.n(), TextTable.number(d.brierA()), TextTable.number(d.brierB()),
            String.format(Locale.ROOT, "%+.4f", d.meanDifference()), TextTable.number(d.standardError()),
            "[" + TextTable.number(d.interval().lower()) + ", " + TextTable.number(d.interval().upper()) + "]");
}
show(paired);

// 7. The paired comparison with the market, for Platt scaling: model - market on the rows with a price, with a
//    bootstrap over rows and one over whole questions (a question's weekly rows are not independent).
var platt = runs.get("platt");
for (var c : List.of(platt.scores().modelVsMarket(), platt.scores().modelVsMarketOnModelRows())) {
    System.out.println(String.format(Locale.ROOT,
            "model - market over %d %s (%d questions): Brier %.4f - %.4f = %+.4f, se %.4f, 90%% [%.4f, %.4f] (rows), [%.4f, %.4f] (questions)",
            c.paired().n(), c.rows(), c.questions(), c.paired().brierA(), c.paired().brierB(), c.paired().meanDifference(),
            c.paired().standardError(), c.paired().interval().lower(), c.paired().interval().upper(),
            c.questionInterval().lower(), c.questionInterval().upper()));
}

// 8. The trading account: quarter Kelly against the market price at a fee of 0.01, on the model's forecasts only.
show(platt.trading());

// 9. The Brier score month by month: the model starts from the market (or base rate) and learns as questions resolve.
var months = new TextTable("month", "forecasts", "model", "platt", "base rate", "market");
for (int i = 0; i < none.brierOverTime().size(); i++) {
    var m = none.brierOverTime().get(i);
    months.row(m.period(), m.n(), TextTable.number(m.model()), TextTable.number(platt.brierOverTime().get(i).model()),
            TextTable.number(m.baseRate()), Double.isNaN(m.market()) ? "" : TextTable.number(m.market()));
}
show(months);

// 10. The report of the Platt run (forecasts.csv, report.json, reliability.png, report.html; byte-identical on every
//     run), and the reliability diagram of each run as its own PNG.
Path out = Path.of(System.getProperty("java.io.tmpdir"), "forecast4j-calibration-backtest");
BacktestReport.write(platt, out);
for (var e : runs.entrySet()) ImageIO.write(ReliabilityChart.render(e.getValue()), "png", out.resolve("reliability-" + e.getKey() + ".png").toFile());
try (var files = Files.list(out)) { files.sorted().forEach(f -> System.out.println("wrote " + f)); }

// 11. Real markets: ForecastBench's resolved market questions (Forecasting Research Institute; Karger et al. 2024;
//     CC BY-SA 4.0), when ../shared/data/forecastbench-markets.csv sits beside the checkout (or -Dforecast4j.shared
//     names the folder holding data/). Each (source, id) is a question with one price per freeze date; the model recalibrates the
//     market price (its log-odds, log(1 + days to close), the platform) with a forecast at each freeze.
Path shared = Path.of(System.getProperty("forecast4j.shared", home.resolve("../shared").toString()));
Path forecastBench = shared.resolve("data/forecastbench-markets.csv");
if (Files.isRegularFile(forecastBench)) {
    var markets = ForecastBenchReader.read(forecastBench);
    var marketSpec = FeatureSpec.read(home.resolve("backtest/src/test/resources/backtest/forecastbench-spec.json"));
    var marketConfig = BacktestConfig.DEFAULTS.withSchedule(ForecastSchedule.atPrices())
            .withAttribution(ForecastBenchReader.ATTRIBUTION).withSelection(Selection.NONE);
    Map<String, BacktestResult> marketRuns = new LinkedHashMap<>();
    for (var kind : List.of(CalibratorKind.NONE, ModelKinds.PLATT, ModelKinds.ISOTONIC))
        marketRuns.put(kind.name(), Backtest.run(marketConfig.withCalibrator(kind), markets, EventLog.empty(), marketSpec));
    show(marketRuns.get("none"));
    System.out.println("ForecastBench, by calibrator (data: " + ForecastBenchReader.ATTRIBUTION + "):");
    show(calibrationTable(marketRuns));
    // The market price is well calibrated already (its CORP MCB above); the model that recalibrates it scores
    // worse than the market, and a calibrator on top of that model scores worse still (Brier and log loss), even
    // where it lowers the miscalibration (Platt's CORP MCB).

    // 12. The default: the market-anchored model on the default market-bias spec, with walk-forward selection. It
    //     starts from the price and is used only where it beat the price on earlier out-of-sample forecasts.
    var anchored = Backtest.run(BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED)
            .withSchedule(ForecastSchedule.atPrices()).withAttribution(ForecastBenchReader.ATTRIBUTION),
            markets, EventLog.empty(), ForecastBenchReader.defaultSpec(markets));
    show(anchored);
    var choices = new TextTable("refit", "resolved", "model used", "why");
    for (var c : anchored.selections()) choices.row(c.at(), c.questions(), c.model().used(), c.model().reason());
    show(choices);
} else {
    System.out.println("ForecastBench part skipped: " + forecastBench.toAbsolutePath().normalize() + " is not there.");
}
