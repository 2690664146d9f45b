package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.forecast4j.backtest.BacktestTest.Line;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Walk-forward selection, the market fallback and the market-anchored model in the backtest. */
class WalkForwardSelectionTest {
    static final SyntheticWorld WORLD = BacktestTest.WORLD;
    /** The README's example world (seed 11, 60 questions), where the anchored model beats its market at times. */
    static final SyntheticWorld EXAMPLE = SyntheticWorld.generate(11, 60, java.time.Duration.ZERO);

    @TempDir
    Path dir;

    /** The synthetic world's features and the raw market price, the market-anchored model's anchor. */
    static FeatureSpec anchoredSpec() {
        List<FeatureDefinition> features = new ArrayList<>(SyntheticWorld.spec().features());
        features.add(FeatureDefinition.marketPrice("price", 0.5));
        return FeatureSpec.of(Match.ENTITIES, features);
    }

    private Path run(BacktestConfig config, FeatureSpec spec, String name) {
        return run(WORLD, config, spec, name);
    }

    private Path run(SyntheticWorld world, BacktestConfig config, FeatureSpec spec, String name) {
        Path out = dir.resolve(name);
        BacktestReport.write(Backtest.run(config, world.questions(), world.events(), spec), out);
        return out;
    }

    @Test
    void eachRefitsChoiceIsRecomputedFromTheEarlierOutOfSampleRows() {
        // The market-anchored model adds the world's good/bad events to its noisy market: it has to earn its use.
        BacktestConfig config = BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED).withMinCalibration(30);
        Path out = run(EXAMPLE, config, anchoredSpec(), "w");
        List<Line> lines = BacktestTest.readCsv(out.resolve("forecasts.csv"));
        JsonNode selections = ForecastJson.readTree(out.resolve("report.json")).get("selections");
        Map<String, Question> questions = EXAMPLE.questions().stream()
                .collect(Collectors.toMap(Question::id, q -> q));
        assertTrue(selections.size() > 3, "refits: " + selections.size());
        int used = 0;
        for (JsonNode s : selections) {
            Instant at = Instant.parse(s.get("at").asString());
            for (boolean priced : new boolean[] {true, false}) {
                int rows = 0;
                double model = 0;
                double pass = 0;
                for (Line l : lines) {
                    if (questions.get(l.question()).resolvedAt().isAfter(at) || Double.isNaN(l.pModel())
                            || Double.isNaN(l.market()) == priced) {
                        continue;
                    }
                    assertTrue(l.at().isBefore(at), "out of sample: made before the refit");
                    double y = l.outcome() ? 1 : 0;
                    double through = priced ? l.market() : l.baseRate();
                    rows++;
                    model += (l.pModel() - y) * (l.pModel() - y);
                    pass += (through - y) * (through - y);
                }
                JsonNode choice = s.get(priced ? "model" : "modelWithoutPrice");
                assertEquals(rows, choice.get("rows").asInt(), s.toString());
                if (rows > 0) {
                    assertEquals(model / rows, choice.get("brier").asDouble(), 1e-12);
                    assertEquals(pass / rows, choice.get("passThroughBrier").asDouble(), 1e-12);
                }
                boolean expected = rows >= config.minCalibration() && model < pass;
                assertEquals(expected, choice.get("used").asBoolean(), s.toString());
                used += priced && expected ? 1 : 0;
            }
        }
        // Each row is the model's where the latest choice at or before its time said so, else passed through.
        for (Line l : lines) {
            JsonNode latest = null;
            for (JsonNode s : selections) {
                if (!Instant.parse(s.get("at").asString()).isAfter(l.at())) {
                    latest = s;
                }
            }
            boolean model = latest != null
                    && latest.get(Double.isNaN(l.market()) ? "modelWithoutPrice" : "model").get("used").asBoolean();
            assertEquals(model ? "model" : Double.isNaN(l.market()) ? "prior" : "market", l.source(), l.toString());
            if (!model) {
                assertEquals(Double.isNaN(l.market()) ? l.baseRate() : l.market(), l.p(), 0.0);
            }
        }
        assertTrue(used > 0 && used < selections.size(), "both choices occur: " + used);
    }

    @Test
    void aCalibratorIsUsedOnlyWhereItBeatTheUncalibratedModel() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withCalibrator(ModelKinds.ISOTONIC)
                .withMinCalibration(30);
        Path out = run(config, SyntheticWorld.spec(), "c");
        List<Line> lines = BacktestTest.readCsv(out.resolve("forecasts.csv"));
        JsonNode selections = ForecastJson.readTree(out.resolve("report.json")).get("selections");
        for (Line l : lines) {
            JsonNode latest = null;
            for (JsonNode s : selections) {
                if (!Instant.parse(s.get("at").asString()).isAfter(l.at())) {
                    latest = s;
                }
            }
            boolean calibrated = latest != null
                    && latest.get(Double.isNaN(l.market()) ? "modelWithoutPrice" : "model").get("used").asBoolean()
                    && latest.has("calibrator") && latest.get("calibrator").get("used").asBoolean();
            assertEquals(calibrated, l.calibratedOn() > 0, l.toString());
            if (l.source().equals("model") && !calibrated) {
                assertEquals(l.pModel(), l.p(), 0.0);
            }
            assertTrue(l.p() > 0 && l.p() < 1, "never exactly 0 or 1: " + l);
        }
    }

    @Test
    void isotonicCalibrationWithoutSelectionNeverForecastsZeroOrOne() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withCalibrator(ModelKinds.ISOTONIC).withMinCalibration(30)
                .withSelection(Selection.NONE);
        List<Line> lines = BacktestTest.readCsv(run(config, SyntheticWorld.spec(), "iso").resolve("forecasts.csv"));
        assertTrue(lines.stream().filter(l -> l.calibratedOn() > 0).count() > 100);
        for (Line l : lines) {
            assertTrue(l.p() > 0 && l.p() < 1, l.toString());
        }
    }

    @Test
    void theMarketAnchoredModelWithAZeroPriorSdIsTheMarketOnEveryPricedRow() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED)
                .withModelSetting("prior-sd", "0")
                .withSelection(Selection.NONE);
        List<Line> lines = BacktestTest.readCsv(run(config, anchoredSpec(), "tight").resolve("forecasts.csv"));
        int model = 0;
        for (Line l : lines) {
            if (!Double.isNaN(l.market())) {
                assertEquals(Double.doubleToLongBits(l.market()), Double.doubleToLongBits(l.p()), l.toString());
            }
            model += l.source().equals("model") ? 1 : 0;
        }
        assertTrue(model > 100, "the model forecast: " + model);
    }

    @Test
    void theMarketAnchoredModelMovesOffThePriceWithEvidence() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED)
                .withSelection(Selection.NONE);
        BacktestResult result = Backtest.run(config, WORLD.questions(), WORLD.events(), anchoredSpec());
        int moved = 0;
        for (BacktestRow row : result.rows()) {
            if (row.source() == ForecastSource.MODEL && row.hasMarket() && row.p() != row.market()) {
                moved++;
            }
            assertTrue(row.p() > 0 && row.p() < 1, row.toString());
        }
        assertTrue(moved > 100, "the good/bad events move the forecasts off the price: " + moved);
        assertEquals(0, result.fits().modelFailures(), result.fits().firstModelFailure());
    }

    @Test
    void theMarketAnchoredModelNeedsAnUntransformedMarketPrice() {
        BacktestConfig config = BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Backtest.run(config, WORLD.questions(), WORLD.events(), SyntheticWorld.spec()));
        assertTrue(e.getMessage().contains("'market' only with a transform"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED)
                        .withModelSetting("prior-sd", "-0.5"));
        assertEquals(Selection.WALK_FORWARD, Selection.fromLabel("Walk-Forward"));
        assertThrows(IllegalArgumentException.class, () -> Selection.fromLabel("sometimes"));
    }

}
