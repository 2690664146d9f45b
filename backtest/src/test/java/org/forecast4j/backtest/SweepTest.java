package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forecast4j.backtest.sweep.Sweep;
import org.forecast4j.backtest.sweep.SweepConfiguration;
import org.forecast4j.backtest.sweep.SweepCsv;
import org.forecast4j.backtest.sweep.SweepGrid;
import org.forecast4j.backtest.sweep.SweepInputs;
import org.forecast4j.backtest.sweep.SweepProgress;
import org.forecast4j.backtest.sweep.SweepRow;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps: the file format, and rows that equal one backtest each whatever the number of threads. */
class SweepTest {
    static final SyntheticWorld WORLD = BacktestTest.WORLD;
    static final BacktestConfig BASE = BacktestConfig.DEFAULTS.withMinTrain(10)
            .withScoring(ScoringOptions.DEFAULTS.withBootstrapReplicates(50));

    @TempDir
    Path dir;

    private List<SweepConfiguration> parse(String json) {
        return SweepGrid.parse("sweep.json", json, dir, BASE);
    }

    @Test
    void configurationsAndGridCombinationsStartFromTheDefaults() {
        List<SweepConfiguration> c = parse("""
                {"defaults": {"refit": "60d", "calibrator": "platt"},
                 "configurations": [{"name": "plain"},
                                    {"name": "tight", "modelOptions": {"prior-sd": 0.5}, "calibrator": "none"}],
                 "grid": {"model": ["bayes-logistic", "logistic"], "minTrain": [15],
                          "selection": ["none", "walk-forward"]}}
                """);
        assertEquals(List.of("plain", "tight", "model=bayes-logistic,selection=none",
                "model=bayes-logistic,selection=walk-forward", "model=logistic,selection=none",
                "model=logistic,selection=walk-forward"), c.stream().map(SweepConfiguration::name).toList());
        assertEquals(RefitSchedule.every("60d").interval(), c.get(0).config().refit().interval());
        assertEquals(ModelKinds.PLATT, c.get(0).config().calibrator());
        assertEquals(BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(0.5), c.get(1).config().model().options());
        assertTrue(c.get(1).config().calibrator().isNone());
        assertEquals(ModelKinds.LOGISTIC, c.get(4).config().model().kind());
        assertEquals(15, c.get(4).config().minTrain());
        assertEquals(Selection.NONE, c.get(4).config().selection());
        assertEquals(10, c.get(0).config().minTrain(), "the base where neither defaults nor the entry say");
        assertEquals(SweepConfiguration.DEFAULT_SPEC, c.get(0).spec());
    }

    @Test
    void badEntriesNameTheFileLineFieldAndValue() {
        InvalidInputException model = assertThrows(InvalidInputException.class, () -> parse("""
                {"configurations": [
                  {"name": "a", "model": "probit"}]}
                """));
        assertEquals("sweep.json line 2, field 'configurations[0].model': value '\"probit\"' unknown model 'probit';"
                + " expected one of [bayes-logistic, logistic, evidence, market-anchored, log-odds-pool]",
                model.getMessage());
        InvalidInputException setting = assertThrows(InvalidInputException.class, () -> parse(
                "{\"configurations\": [{\"name\": \"a\", \"model\": \"logistic\", \"modelOptions\": {\"prior-sd\": 1}}]}"));
        assertTrue(setting.getMessage().contains("prior-sd does not apply to logistic (its settings: l2, max-iter)"),
                setting.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> parse(
                "{\"configurations\": [{\"name\": \"a\", \"priorSd\": 1}]}"));
        assertTrue(unknown.getMessage().contains("'configurations[0].priorSd'") && unknown.getMessage()
                .contains("is not a field of a configuration"), unknown.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> parse(
                "{\"configurations\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}")).getMessage()
                .contains("names two configurations"));
        assertTrue(assertThrows(InvalidInputException.class, () -> parse("{\"configurations\": [{\"name\": \"../x\"}]}"))
                .getMessage().contains("must start with a letter or digit"));
        assertTrue(assertThrows(InvalidInputException.class, () -> parse("{}")).getMessage()
                .contains("has no configurations"));
        assertTrue(assertThrows(InvalidInputException.class, () -> parse("{\"grid\": {\"model\": []}}")).getMessage()
                .contains("is not a non-empty list of values"));
        assertTrue(assertThrows(InvalidInputException.class, () -> parse(
                "{\"configurations\": [{\"name\": \"a\", \"minTrain\": 2.5}]}")).getMessage()
                .contains("is not a whole number"));
    }

    @Test
    void outOfRangeValuesNameTheirOwnFieldBeforeAnyWork() {
        // Each check names the field the user wrote, not a neighbour applied in the same step, and sizes are
        // refused before a report allocates them (2e9 bootstrap resamples ran out of memory; 1e8 bins took 6 GB).
        Map<String, String> cases = Map.of(
                "\"bootstrap\": 2000000000", "'configurations[0].bootstrap': value '2000000000' must be in 0..100000",
                "\"bins\": 100000000", "'configurations[0].bins': value '100000000' must be in 1..10000",
                "\"level\": 1.5", "'configurations[0].level': value '1.5' must be in (0, 1), e.g. 0.9",
                "\"bootstrap\": -1", "'configurations[0].bootstrap': value '-1' must be in 0..100000",
                "\"kellyFraction\": 5", "'configurations[0].kellyFraction': value '5' must be in (0, 1]",
                "\"kellyFraction\": 0", "'configurations[0].kellyFraction': value '0' must be in (0, 1]",
                "\"fee\": 1", "'configurations[0].fee': value '1' must be in [0, 1)",
                "\"refit\": \"30d\", \"recalibrate\": \"7d\"",
                "'configurations[0].recalibrate': value '\"7d\"' applies only with \"refit\": \"incremental\"");
        cases.forEach((field, expected) -> {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(
                    "{\"configurations\": [{\"name\": \"a\", " + field + "}]}"), field);
            assertTrue(e.getMessage().contains(expected), field + " -> " + e.getMessage());
        });
        SweepConfiguration edge = parse("{\"configurations\": [{\"name\": \"a\", \"bins\": 10000, \"bootstrap\": 0,"
                + " \"kellyFraction\": 1, \"fee\": 0}]}").get(0);
        assertEquals(10_000, edge.config().scoring().bins());
        assertEquals(0, edge.config().scoring().bootstrapReplicates());
        assertEquals(1.0, edge.config().kelly().multiplier());
    }

    @Test
    void rowsEqualOneBacktestEachAndDoNotDependOnTheThreads() throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, ForecastJson.toPrettyJson(SyntheticWorld.spec().toJson()));
        List<SweepConfiguration> c = parse("""
                {"defaults": {"spec": "spec.json", "selection": "none"},
                 "grid": {"model": ["bayes-logistic", "evidence"], "calibrator": ["none", "platt"]}}
                """);
        SweepInputs inputs = SweepInputs.of(WORLD.questions(), WORLD.events(), null, c);
        List<int[]> calls = new ArrayList<>();
        List<SweepRow> one = Sweep.run(c, inputs, 1, null, (done, total) -> calls.add(new int[] {done, total}));
        List<SweepRow> two = Sweep.run(c, inputs, 2, dir.resolve("reports"), SweepProgress.NONE);
        assertEquals(SweepCsv.text(one), SweepCsv.text(two));
        assertEquals(4, calls.size());
        assertEquals(4, calls.get(3)[0]);
        BacktestResult direct = Backtest.run(c.get(3).config(), WORLD.questions(), WORLD.events(),
                SyntheticWorld.spec());
        SweepRow row = one.get(3);
        assertEquals("model=evidence,calibrator=platt", row.name());
        assertEquals(direct.scores().model().brier(), row.brier(), 0.0);
        assertEquals(direct.scores().modelVsMarket().paired().meanDifference(), row.difference(), 0.0);
        assertEquals(direct.trading().finalWealth(), row.finalWealth(), 0.0);
        assertTrue(Files.isRegularFile(dir.resolve("reports/model=evidence,calibrator=platt/report.json")));
        SweepCsv.write(dir.resolve("sweep.csv"), one);
        List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(String.join(",", SweepRow.HEADER), lines.get(0));
        assertEquals(5, lines.size());
    }

    @Test
    void aFailingConfigurationIsNamed() {
        List<SweepConfiguration> c = parse("{\"configurations\": [{\"name\": \"anchored\", \"model\": "
                + "\"market-anchored\"}]}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SweepInputs.of(WORLD.questions(),
                WORLD.events(), null, c));
        assertTrue(e.getMessage().contains("configuration 'anchored' uses the default spec"), e.getMessage());
        SweepInputs inputs = new SweepInputs(WORLD.questions(), WORLD.events(), Map.of("default",
                SyntheticWorld.spec()));
        InvalidInputException run = assertThrows(InvalidInputException.class, () -> Sweep.run(c, inputs, 2, null,
                SweepProgress.NONE));
        assertTrue(run.getMessage().contains("configuration 'anchored'"), run.getMessage());
    }
}
