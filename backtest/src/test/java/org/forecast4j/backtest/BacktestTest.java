package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.features.csv.CsvTable;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.extract.FeatureExtractor;
import org.forecast4j.features.spec.FeatureSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class BacktestTest {
    static final SyntheticWorld WORLD = SyntheticWorld.generate(7, 120, Duration.ZERO);
    static final Duration MONTH = Duration.ofDays(30);

    @TempDir
    Path dir;

    /** One row of forecasts.csv, read back independently of the engine's records. */
    record Line(String question, Instant at, double p, double market, boolean outcome, int trainedOn, String source,
            double pModel, double baseRate, int calibratedOn, Instant resolvedAt) {
    }

    static List<Line> readCsv(Path file) {
        CsvTable t = CsvTable.read(file);
        assertEquals(org.forecast4j.backtest.report.BacktestReport.CSV_HEADER, t.header());
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> f = t.row(r);
            lines.add(new Line(f.get(0), Instant.parse(f.get(1)), Double.parseDouble(f.get(2)),
                    f.get(3).isEmpty() ? Double.NaN : Double.parseDouble(f.get(3)), f.get(4).equals("1"),
                    Integer.parseInt(f.get(5)), f.get(6), f.get(7).isEmpty() ? Double.NaN : Double.parseDouble(f.get(7)),
                    Double.parseDouble(f.get(8)), Integer.parseInt(f.get(9)), Instant.parse(f.get(10))));
        }
        return lines;
    }

    private Path run(BacktestConfig config, List<Question> questions, EventLog log, FeatureSpec spec, String name) {
        BacktestResult result = Backtest.run(config, questions, log, spec);
        Path out = dir.resolve(name);
        BacktestReport.write(result, out);
        return out;
    }

    private static Map<String, Question> byId(List<Question> questions) {
        Map<String, Question> map = new LinkedHashMap<>();
        questions.forEach(q -> map.put(q.id(), q));
        return map;
    }

    @Test
    void leakEventsPublishedAtResolutionChangeNoForecast() throws IOException {
        BacktestConfig config = BacktestConfig.DEFAULTS.withCalibrator(ModelKinds.PLATT).withMinCalibration(30);
        Path clean = run(config, WORLD.questions(), WORLD.events(), SyntheticWorld.leakSpec(), "clean");
        Path leaky = run(config, WORLD.questions(), WORLD.eventsWithLeaks(), SyntheticWorld.leakSpec(), "leaky");
        assertArrayEquals(Files.readAllBytes(clean.resolve("forecasts.csv")),
                Files.readAllBytes(leaky.resolve("forecasts.csv")));
        assertArrayEquals(Files.readAllBytes(clean.resolve("reliability.png")),
                Files.readAllBytes(leaky.resolve("reliability.png")));
        JsonNode a = ForecastJson.readTree(clean.resolve("report.json"));
        JsonNode b = ForecastJson.readTree(leaky.resolve("report.json"));
        assertEquals(WORLD.events().size(), a.get("inputs").get("events").asInt());
        assertEquals(WORLD.events().size() + 120, b.get("inputs").get("events").asInt());
        ((tools.jackson.databind.node.ObjectNode) a).remove("inputs");
        ((tools.jackson.databind.node.ObjectNode) b).remove("inputs");
        assertEquals(a, b, "only the event count may differ");
        // The leak features really are in the model: every forecast saw them as 0.
        assertTrue(a.get("config").get("features").toString().contains("leakYes"));
    }

    @Test
    void theSameLeakPublishedBeforeResolutionIsSeenSoTheLeakTestCanFail() throws IOException {
        SyntheticWorld early = SyntheticWorld.generate(7, 120, Duration.ofDays(-8));
        assertEquals(WORLD.questionsJsonl, early.questionsJsonl);
        Path clean = run(BacktestConfig.DEFAULTS, early.questions(), early.events(), SyntheticWorld.leakSpec(), "c");
        Path leaky = run(BacktestConfig.DEFAULTS, early.questions(), early.eventsWithLeaks(),
                SyntheticWorld.leakSpec(), "l");
        List<Line> a = readCsv(clean.resolve("forecasts.csv"));
        List<Line> b = readCsv(leaky.resolve("forecasts.csv"));
        assertEquals(a.size(), b.size());
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            changed += a.get(i).p() != b.get(i).p() ? 1 : 0;
        }
        assertTrue(changed > a.size() / 2, changed + " of " + a.size() + " forecasts changed");
        JsonNode leakyReport = ForecastJson.readTree(leaky.resolve("report.json"));
        assertTrue(leakyReport.get("forecasters").get("model").get("brier").asDouble()
                < ForecastJson.readTree(clean.resolve("report.json")).get("forecasters").get("model")
                        .get("brier").asDouble(), "seeing the outcome early makes the model look better");
    }

    @Test
    void noRowAtOrAfterResolutionAndTrainedOnNeverExceedsTheQuestionsResolvedByThen() {
        Path out = run(BacktestConfig.DEFAULTS, WORLD.questions(), WORLD.eventsWithLeaks(), SyntheticWorld.spec(),
                "r");
        List<Line> lines = readCsv(out.resolve("forecasts.csv"));
        Map<String, Question> questions = byId(WORLD.questions());
        assertEquals(120, lines.stream().map(Line::question).distinct().count());
        Instant previous = Instant.MIN;
        for (Line line : lines) {
            Question q = questions.get(line.question());
            assertTrue(line.at().isBefore(q.resolvedAt()), line.toString());
            assertFalse(line.at().isBefore(q.opened()), line.toString());
            assertEquals(q.resolvedAt(), line.resolvedAt());
            assertEquals(q.outcome(), line.outcome());
            long resolvedByThen = questions.values().stream().filter(o -> !o.resolvedAt().isAfter(line.at())).count();
            assertTrue(line.trainedOn() <= resolvedByThen, line + " resolved by then: " + resolvedByThen);
            assertTrue(line.p() >= 0 && line.p() <= 1);
            assertFalse(line.at().isBefore(previous), "rows are in time order");
            previous = line.at();
            // The market is the latest price at or before the forecast, never the hindsight price after resolution.
            PricePoint price = q.latestPrice(line.at());
            assertEquals(price == null ? Double.NaN : price.price(), line.market(), 0.0);
            assertTrue(Double.isNaN(line.market()) || (line.market() != 0.99 && line.market() != 0.01)
                    || q.prices().stream().filter(pp -> pp.time().isBefore(q.resolvedAt()))
                            .anyMatch(pp -> pp.price() == line.market()));
        }
    }

    @Test
    void everySevenDaysFromOpeningAndAtPricesGiveTheScheduledTimes() {
        Map<String, Question> questions = byId(WORLD.questions());
        List<Line> every = readCsv(run(BacktestConfig.DEFAULTS, WORLD.questions(), WORLD.events(),
                SyntheticWorld.spec(), "e").resolve("forecasts.csv"));
        List<Line> atPrices = readCsv(run(BacktestConfig.DEFAULTS.withSchedule(ForecastSchedule.atPrices()),
                WORLD.questions(), WORLD.events(), SyntheticWorld.spec(), "a").resolve("forecasts.csv"));
        for (Question q : questions.values()) {
            List<Instant> expected = new ArrayList<>();
            for (Instant t = q.opened(); t.isBefore(q.resolvedAt()); t = t.plus(Duration.ofDays(7))) {
                expected.add(t);
            }
            assertEquals(expected, every.stream().filter(l -> l.question().equals(q.id())).map(Line::at).toList());
            List<Instant> prices = q.prices().stream().map(PricePoint::time)
                    .filter(t -> t.isBefore(q.resolvedAt()) && !t.isBefore(q.opened())).distinct().toList();
            assertEquals(prices, atPrices.stream().filter(l -> l.question().equals(q.id())).map(Line::at).toList());
        }
        assertTrue(atPrices.stream().allMatch(l -> !Double.isNaN(l.market())), "at prices, the price is known");
    }

    @Test
    void aModelForecastIsReproducedFromQuestionsResolvedByTheRefitTimeWithBatchFeatures() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withModelSetting("prior-sd", "1.5")
                .withSelection(Selection.NONE);
        List<Line> lines = readCsv(run(config, WORLD.questions(), WORLD.eventsWithLeaks(), SyntheticWorld.spec(),
                "m").resolve("forecasts.csv"));
        Map<String, Question> questions = byId(WORLD.questions());
        FeatureExtractor extractor = new FeatureExtractor(SyntheticWorld.spec());
        EventLog log = WORLD.eventsWithLeaks();
        Instant anchor = lines.get(0).at();
        List<String> resolutionOrder = questions.values().stream()
                .sorted(Comparator.comparing(Question::resolvedAt)).map(Question::id).toList();
        int checked = 0;
        int priorRows = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            long k = Math.floorDiv(Duration.between(anchor, line.at()).toNanos(), MONTH.toNanos());
            Instant grid = anchor.plus(MONTH.multipliedBy(k));
            List<String> training = resolutionOrder.stream()
                    .filter(id -> !questions.get(id).resolvedAt().isAfter(grid)).toList();
            if (!line.source().equals("model")) {
                priorRows++;
                assertTrue(training.size() < config.minTrain(), line.toString());
                List<Question> resolved = questions.values().stream()
                        .filter(q -> !q.resolvedAt().isAfter(line.at())).toList();
                long yes = resolved.stream().filter(Question::outcome).count();
                // A fallback never ignores a known price: the market where known, else the base rate.
                assertEquals(Double.isNaN(line.market()) ? "prior" : "market", line.source(), line.toString());
                assertEquals(Double.isNaN(line.market()) ? (yes + 1.0) / (resolved.size() + 2.0) : line.market(),
                        line.p(), 0.0, "the fallback");
                assertEquals(resolved.size(), line.trainedOn());
                assertTrue(Double.isNaN(line.pModel()));
                continue;
            }
            assertEquals(training.size(), line.trainedOn(), line.toString());
            assertTrue(line.trainedOn() >= config.minTrain());
            if (i % 97 != 0) {
                continue;
            }
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (String id : training) {
                for (Line row : lines) {
                    if (row.question().equals(id)) {
                        x.add(extractor.extract(questions.get(id), log, row.at()));
                        y.add(questions.get(id).outcome());
                    }
                }
            }
            boolean[] ys = new boolean[y.size()];
            for (int j = 0; j < ys.length; j++) {
                ys[j] = y.get(j);
            }
            BayesianLogisticModel model = BayesianLogisticRegression.fit(x.toArray(new double[0][]), ys,
                    SyntheticWorld.spec().schema(), BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(1.5));
            double expected = model.probability(extractor.extract(questions.get(line.question()), log, line.at()));
            assertEquals(expected, line.p(), 1e-9, line.toString());
            assertEquals(expected, line.pModel(), 1e-9);
            checked++;
        }
        assertTrue(checked >= 5, "checked " + checked);
        assertTrue(priorRows > 0, "the first months have too few resolved questions");
    }

    @Test
    void incrementalUpdatesUseEveryQuestionResolvedByTheForecastTime() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withRefit(RefitSchedule.incremental())
                .withSelection(Selection.NONE);
        List<Line> lines = readCsv(run(config, WORLD.questions(), WORLD.events(), SyntheticWorld.spec(), "i")
                .resolve("forecasts.csv"));
        Map<String, Question> questions = byId(WORLD.questions());
        for (Line line : lines) {
            long resolved = questions.values().stream().filter(q -> !q.resolvedAt().isAfter(line.at())).count();
            assertEquals(resolved, line.trainedOn(), line.toString());
            assertEquals(resolved >= config.minTrain() ? "model" : Double.isNaN(line.market()) ? "prior" : "market",
                    line.source(), line.toString());
        }
        // Replay the posterior by hand for the last forecast: the prior, updated with every training row of each
        // question resolved by then, in resolution order (ties in input order), rows in time order.
        Line last = lines.get(lines.size() - 1);
        FeatureExtractor extractor = new FeatureExtractor(SyntheticWorld.spec());
        EventLog log = WORLD.events();
        BayesianLogisticModel posterior = new BayesianLogisticRegression().prior(SyntheticWorld.spec().schema());
        List<Question> order = questions.values().stream().filter(q -> !q.resolvedAt().isAfter(last.at()))
                .sorted(Comparator.comparing(Question::resolvedAt)).toList();
        for (Question q : order) {
            for (Line row : lines) {
                if (row.question().equals(q.id())) {
                    posterior = posterior.update(extractor.extract(q, log, row.at()), q.outcome());
                }
            }
        }
        double expected = posterior.probability(extractor.extract(questions.get(last.question()), log, last.at()));
        assertEquals(expected, last.p(), 1e-9);
    }

    @Test
    void theCalibratorIsFittedOnlyOnEarlierOutOfSampleForecastsOfResolvedQuestions() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withCalibrator(ModelKinds.PLATT).withMinCalibration(30)
                .withSelection(Selection.NONE);
        List<Line> lines = readCsv(run(config, WORLD.questions(), WORLD.events(), SyntheticWorld.spec(), "p")
                .resolve("forecasts.csv"));
        Map<String, Question> questions = byId(WORLD.questions());
        List<String> resolutionOrder = questions.values().stream()
                .sorted(Comparator.comparing(Question::resolvedAt)).map(Question::id).toList();
        Instant anchor = lines.get(0).at();
        int calibrated = 0;
        for (Line line : lines) {
            if (line.calibratedOn() == 0) {
                if (line.source().equals("model")) {
                    assertEquals(line.pModel(), line.p(), 0.0, "uncalibrated: p is the model's");
                }
                continue;
            }
            long k = Math.floorDiv(Duration.between(anchor, line.at()).toNanos(), MONTH.toNanos());
            Instant grid = anchor.plus(MONTH.multipliedBy(k));
            List<Double> p = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (String id : resolutionOrder) {
                if (questions.get(id).resolvedAt().isAfter(grid)) {
                    break;
                }
                for (Line row : lines) {
                    if (row.question().equals(id) && row.source().equals("model")) {
                        assertTrue(row.at().isBefore(grid), "made before the refit, out of sample");
                        p.add(row.pModel());
                        y.add(row.outcome());
                    }
                }
            }
            assertEquals(p.size(), line.calibratedOn(), line.toString());
            double[] ps = p.stream().mapToDouble(Double::doubleValue).toArray();
            boolean[] ys = new boolean[y.size()];
            for (int j = 0; j < ys.length; j++) {
                ys[j] = y.get(j);
            }
            assertEquals(PlattCalibrator.fitProbabilities(ps, ys).calibrate(line.pModel()), line.p(), 1e-12);
            calibrated++;
        }
        assertTrue(calibrated > 100, "calibrated rows: " + calibrated);
    }

    @Test
    void reportScoresAreThoseOfTheRowsOfForecastsCsv() {
        Path out = run(BacktestConfig.DEFAULTS.withSelection(Selection.NONE), WORLD.questions(), WORLD.events(),
                SyntheticWorld.spec(), "s");
        List<Line> lines = readCsv(out.resolve("forecasts.csv"));
        JsonNode report = ForecastJson.readTree(out.resolve("report.json"));
        JsonNode forecasters = report.get("forecasters");
        double market = 0;
        int marketN = 0;
        double model = 0;
        double base = 0;
        double half = 0;
        for (Line l : lines) {
            double y = l.outcome() ? 1 : 0;
            model += (l.p() - y) * (l.p() - y);
            base += (l.baseRate() - y) * (l.baseRate() - y);
            half += 0.25;
            if (!Double.isNaN(l.market())) {
                market += (l.market() - y) * (l.market() - y);
                marketN++;
            }
        }
        assertTrue(marketN > 0 && marketN < lines.size(), "some rows have no price yet");
        assertEquals(marketN, forecasters.get("market").get("n").asInt());
        assertEquals(market / marketN, forecasters.get("market").get("brier").asDouble(), 1e-15);
        assertEquals(lines.size(), forecasters.get("model").get("n").asInt());
        assertEquals(model / lines.size(), forecasters.get("model").get("brier").asDouble(), 1e-15);
        assertEquals(base / lines.size(), forecasters.get("baseRate").get("brier").asDouble(), 1e-15);
        assertEquals(0.25, forecasters.get("half").get("brier").asDouble(), 1e-15);
        assertEquals(half / lines.size(), 0.25, 1e-15);
        JsonNode paired = report.get("comparisons").get("modelMinusMarket");
        assertEquals(marketN, paired.get("n").asInt());
        double diff = 0;
        for (Line l : lines) {
            if (!Double.isNaN(l.market())) {
                double y = l.outcome() ? 1 : 0;
                diff += (l.p() - y) * (l.p() - y) - (l.market() - y) * (l.market() - y);
            }
        }
        assertEquals(diff / marketN, paired.get("meanDifference").asDouble(), 1e-14);
        assertTrue(paired.get("interval").get("lower").asDouble() <= paired.get("meanDifference").asDouble());
        assertTrue(paired.get("questionInterval").get("upper").asDouble() >= paired.get("meanDifference").asDouble());
        assertTrue(forecasters.get("market").get("rows").asString().contains("where the market price is known"));
        for (String key : List.of("brier", "logLoss", "murphy", "corp", "ece", "bins")) {
            assertNotNull(forecasters.get("model").get(key), key);
        }
        assertTrue(report.get("trading").get("bets").asInt() > 0);
        assertTrue(report.get("brierOverTime").size() > 3);
    }

    @Test
    void theDiagramIsAValidPngOfTheStatedSizeAndReportHtmlIsSelfContained() throws IOException {
        Path out = run(BacktestConfig.DEFAULTS, WORLD.questions(), WORLD.events(), SyntheticWorld.spec(), "png");
        BufferedImage image = ImageIO.read(out.resolve("reliability.png").toFile());
        assertNotNull(image);
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        int distinct = (int) java.util.stream.IntStream.range(0, 800 * 600)
                .map(i -> image.getRGB(i % 800, i / 800)).distinct().count();
        assertTrue(distinct > 10, "something was drawn: " + distinct + " colours");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("src=\"data:image/png;base64,"));
        assertTrue(html.contains("<svg"));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no external resources");
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void rerunningGivesByteIdenticalFiles() throws IOException {
        BacktestConfig config = BacktestConfig.DEFAULTS.withCalibrator(ModelKinds.ISOTONIC).withMinCalibration(30);
        Path a = run(config, WORLD.questions(), WORLD.events(), SyntheticWorld.spec(), "one");
        Path b = run(config, SyntheticWorld.generate(7, 120, Duration.ZERO).questions(), WORLD.events(),
                SyntheticWorld.spec(), "two");
        for (String file : List.of("forecasts.csv", "report.json", "reliability.png", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void otherModelKindsRunAndReportFailedFits() {
        BacktestResult evidence = Backtest.run(BacktestConfig.DEFAULTS.withModel(ModelKinds.EVIDENCE)
                .withSelection(Selection.NONE), WORLD.questions(), WORLD.events(), SyntheticWorld.spec());
        assertTrue(evidence.rowsFromModel() > 0);
        assertEquals(0, evidence.fits().modelFailures(), evidence.fits().firstModelFailure());
        BacktestResult logistic = Backtest.run(BacktestConfig.DEFAULTS.withModel(ModelKinds.LOGISTIC).withMinTrain(5),
                WORLD.questions(), WORLD.events(), SyntheticWorld.leakSpec());
        // The leak features are always 0, so the design is collinear and maximum likelihood has no answer.
        assertEquals(logistic.fits().modelFits(), logistic.fits().modelFailures());
        assertEquals(0, logistic.rowsFromModel(), "no fit, so the fallback prior throughout");
        assertTrue(logistic.fits().firstModelFailure().contains("leakYes"), logistic.fits().firstModelFailure());
        assertTrue(logistic.toString().contains("model fits had no answer"));
        BacktestResult penalised = Backtest.run(BacktestConfig.DEFAULTS.withModel(ModelKinds.LOGISTIC)
                .withModelSetting("l2", "1.0")
                .withSelection(Selection.NONE), WORLD.questions(), WORLD.events(), SyntheticWorld.spec());
        assertTrue(penalised.rowsFromModel() > 0);
    }

    @Test
    void theModelBeatsTheBaseRateInAWorldWithSignal() {
        BacktestResult result = Backtest.run(BacktestConfig.DEFAULTS, WORLD.questions(), WORLD.events(),
                SyntheticWorld.spec());
        BacktestResult.Comparison vsBase = result.scores().modelVsBaseRate();
        assertTrue(vsBase.paired().interval().upper() < 0, result.toString());
        assertTrue(result.scores().half().brier() > result.scores().model().brier());
        String text = result.toString();
        for (String s : List.of("model - market", "base rate", "final wealth", "forecasts (")) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
    }

    @Test
    void badInputIsRefusedClearly() {
        Question noTime = new Question("q1", null, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-03-01T00:00:00Z"), List.of(), null, true, List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Backtest.run(BacktestConfig.DEFAULTS,
                List.of(noTime), EventLog.empty(), SyntheticWorld.spec()));
        assertEquals("resolvedAt", e.field());
        assertTrue(e.getMessage().contains("q1"), e.getMessage());
        Question open = new Question("q2", null, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-03-01T00:00:00Z"), List.of(), null, null, List.of());
        e = assertThrows(InvalidInputException.class, () -> Backtest.run(BacktestConfig.DEFAULTS, List.of(open),
                EventLog.empty(), SyntheticWorld.spec()));
        assertTrue(e.getMessage().contains("nothing to backtest"), e.getMessage());
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> Backtest.run(
                BacktestConfig.DEFAULTS.withSchedule(ForecastSchedule.every("1s")), WORLD.questions(), WORLD.events(),
                SyntheticWorld.spec()));
        assertTrue(tooMany.getMessage().contains("every 1s gives"), tooMany.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BacktestConfig.DEFAULTS.withModel(ModelKinds.LOGISTIC).withRefit(RefitSchedule.incremental()));
        assertThrows(IllegalArgumentException.class, () -> BacktestConfig.DEFAULTS.withModelSetting("l2", "1"));
        assertThrows(IllegalArgumentException.class, () -> BacktestConfig.DEFAULTS.withMinTrain(0));
        assertThrows(IllegalArgumentException.class,
                () -> BacktestConfig.DEFAULTS.withModel(ModelKinds.LOGISTIC).withModelSetting("prior-sd", "1"));
    }

    @Test
    void progressIsReportedUpToTheTotal() {
        List<int[]> calls = new ArrayList<>();
        BacktestResult result = Backtest.run(BacktestConfig.DEFAULTS.withScoring(ScoringOptions.DEFAULTS
                .withBootstrapReplicates(0)), WORLD.questions(), WORLD.events(), SyntheticWorld.spec(),
                (done, total) -> calls.add(new int[] {done, total}));
        int total = result.rows().size();
        assertFalse(calls.isEmpty());
        assertArrayEquals(new int[] {total, total}, calls.get(calls.size() - 1));
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[0] > calls.get(i - 1)[0]);
        }
        assertEquals(null, result.scores().model().brierInterval(), "no bootstrap asked for");
        Map<String, Integer> perQuestion = new HashMap<>();
        result.rows().forEach(r -> perQuestion.merge(r.question(), 1, Integer::sum));
        assertEquals(120, perQuestion.size());
        assertNotEquals(0, result.rowsWithMarket());
    }
}
