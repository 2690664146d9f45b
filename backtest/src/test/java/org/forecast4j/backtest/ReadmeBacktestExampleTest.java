package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.backtest.forecastbench.ForecastBenchReader;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.backtest.report.ReliabilityChart;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.scoring.PairedComparison;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's backtest snippet, on the committed example. */
class ReadmeBacktestExampleTest {
    @TempDir
    Path out;

    @Test
    void theReadmeSnippetRuns() {
        Path dir = SyntheticExampleTest.EXAMPLE;
        List<Question> questions = QuestionReader.read(dir.resolve("questions.jsonl"));
        EventLog log = EventReader.readLog(dir.resolve("events.jsonl"));
        FeatureSpec spec = FeatureSpec.read(dir.resolve("spec.json"));
        BacktestConfig config = BacktestConfig.DEFAULTS
                .withSchedule(ForecastSchedule.every("7d")).withRefit(RefitSchedule.every("30d"))
                .withCalibrator(ModelKinds.PLATT).withMinTrain(10);
        BacktestResult result = Backtest.run(config, questions, log, spec);
        double brier = result.scores().model().brier();
        PairedComparison vsMarket = result.scores().modelVsMarket().paired();
        TradingResult account = result.trading();
        List<BacktestRow> rows = result.rows();
        BacktestReport.write(result, out.resolve("backtest-out"));
        BufferedImage diagram = ReliabilityChart.render(result);

        assertTrue(brier > 0 && brier < 0.25, "better than 0.5: " + brier);
        assertEquals(result.rowsWithMarket(), vsMarket.n());
        assertTrue(account.finalWealth() > 0);
        assertEquals(679, rows.size());
        assertEquals(800, diagram.getWidth());
        assertTrue(Files.isRegularFile(out.resolve("backtest-out/report.html")));
    }

    @Test
    void theReadmeMarketAnchoredLinesRun() {
        Path data = Path.of(System.getProperty("forecast4j.shared", "../shared"), "data", "forecastbench-markets.csv");
        Assumptions.assumeTrue(Files.isRegularFile(data), "no " + data);
        List<Question> markets = ForecastBenchReader.read(data);
        BacktestResult anchored = Backtest.run(BacktestConfig.DEFAULTS.withModel(ModelKinds.MARKET_ANCHORED)
                .withSchedule(ForecastSchedule.atPrices()), markets, EventLog.empty(),
                ForecastBenchReader.defaultSpec(markets));
        List<RefitSelection> choices = anchored.selections();
        assertTrue(!choices.isEmpty());
        assertEquals(977, anchored.rows().size());
    }
}
