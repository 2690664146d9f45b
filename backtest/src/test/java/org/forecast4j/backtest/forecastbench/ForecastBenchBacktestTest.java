package org.forecast4j.backtest.forecastbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.backtest.Backtest;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.ForecastSchedule;
import org.forecast4j.backtest.Selection;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.features.csv.CsvTable;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.spec.FeatureSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Recalibrating the market price on ForecastBench's resolved market questions, when ../shared/data is present. */
class ForecastBenchBacktestTest {
    static final Path DATA = Path.of(System.getProperty("forecast4j.shared", "../shared"), "data",
            "forecastbench-markets.csv");
    static final Path SPEC = Path.of(System.getProperty("forecast4j.home", ".."), "backtest", "src", "test",
            "resources", "backtest", "forecastbench-spec.json");

    @TempDir
    Path dir;

    @Test
    void recalibratingTheMarketPriceScoresTheMarketOnEveryRow() {
        assumeTrue(Files.isRegularFile(DATA), "no " + DATA);
        List<Question> questions = ForecastBenchReader.read(DATA);
        assertEquals(698, questions.size());
        BacktestConfig config = BacktestConfig.DEFAULTS.withSchedule(ForecastSchedule.atPrices())
                .withAttribution(ForecastBenchReader.ATTRIBUTION).withSelection(Selection.NONE);
        BacktestResult result = Backtest.run(config, questions, EventLog.empty(), FeatureSpec.read(SPEC));
        BacktestReport.write(result, dir);

        CsvTable csv = CsvTable.read(dir.resolve("forecasts.csv"));
        double[] market = csv.probabilityColumn("market");
        boolean[] outcome = csv.outcomeColumn("outcome");
        double sum = 0;
        for (int i = 0; i < market.length; i++) {
            double y = outcome[i] ? 1 : 0;
            sum += (market[i] - y) * (market[i] - y);
        }
        JsonNode report = ForecastJson.readTree(dir.resolve("report.json"));
        JsonNode marketScores = report.get("forecasters").get("market");
        assertEquals(market.length, marketScores.get("n").asInt());
        assertEquals(sum / market.length, marketScores.get("brier").asDouble(), 1e-15);
        // Every (question, freeze) row of the file is a forecast (each freeze lies in [open, resolved)), so the rows
        // coincide with the dataset's: its README gives a market Brier of 0.0617 over all rows;
        // backtest/src/test/python/forecastbench_market_brier.py gives 0.06170002916243864.
        assertEquals(977, market.length);
        assertEquals(0.06170002916243864, marketScores.get("brier").asDouble(), 1e-14);
        assertEquals(0.0617, marketScores.get("brier").asDouble(), 5e-5);
        assertTrue(report.get("attribution").asString().contains("ForecastBench"));
        assertTrue(result.rowsFromModel() > 0);
        System.out.println(result);
    }
}
