package org.forecast4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.features.csv.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Runs the backtest example on the committed synthetic example and checks the files it writes. */
class BacktestExampleTest {
    static final List<String> FILES = List.of(BacktestReport.FORECASTS, BacktestReport.REPORT,
            BacktestReport.RELIABILITY, BacktestReport.HTML);

    @TempDir
    Path dir;

    @Test
    void mainWritesTheReportAndItsScoresMatchTheForecastsFile() throws IOException {
        Path out = dir.resolve("report");
        BacktestExample.main(new String[] {out.toString()});
        for (String name : FILES) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        BufferedImage png = ImageIO.read(out.resolve(BacktestReport.RELIABILITY).toFile());
        assertEquals(800, png.getWidth());
        assertEquals(600, png.getHeight());
        assertTrue(Files.readString(out.resolve(BacktestReport.HTML)).contains("data:image/png;base64,"));

        // Recompute the Brier scores from forecasts.csv, independently of the scoring code: the market's over the
        // rows with a price (an empty cell where none is known), the model's over every row.
        CsvTable csv = CsvTable.read(out.resolve(BacktestReport.FORECASTS));
        List<String> market = csv.textColumn("market");
        double[] p = csv.probabilityColumn("p");
        boolean[] outcome = csv.outcomeColumn("outcome");
        double marketSum = 0;
        double modelSum = 0;
        int marketRows = 0;
        for (int i = 0; i < p.length; i++) {
            double y = outcome[i] ? 1 : 0;
            modelSum += (p[i] - y) * (p[i] - y);
            if (!market.get(i).isEmpty()) {
                double m = Double.parseDouble(market.get(i));
                marketSum += (m - y) * (m - y);
                marketRows++;
            }
        }
        JsonNode forecasters = ForecastJson.readTree(out.resolve(BacktestReport.REPORT)).get("forecasters");
        assertTrue(marketRows > 0 && marketRows < p.length, "some rows have no price yet: " + marketRows);
        assertEquals(marketRows, forecasters.get("market").get("n").asInt());
        assertEquals(marketSum / marketRows, forecasters.get("market").get("brier").asDouble(), 1e-15);
        assertEquals(p.length, forecasters.get("model").get("n").asInt());
        assertEquals(modelSum / p.length, forecasters.get("model").get("brier").asDouble(), 1e-15);
    }

    @Test
    void rerunsAreByteIdenticalAndPrintTheSummary() throws IOException {
        String first = run(dir.resolve("a"));
        String second = run(dir.resolve("b"));
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        assertEquals(first.replace(dir.resolve("a").toString(), "OUT"),
                second.replace(dir.resolve("b").toString(), "OUT"));
        assertTrue(first.contains("Backtest: bayes-logistic, calibrator none, forecasts every 7d, refit every 30d"),
                first);
        assertTrue(first.contains("60 of 60 questions forecast"), first);
        assertTrue(first.contains("model - market"), first);
        assertTrue(first.contains("final wealth"), first);
        assertTrue(first.contains("reliability.png"), first);
    }

    private static String run(Path out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BacktestResult result = BacktestExample.run(BacktestExample.exampleDir(), out,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(60, result.inputs().questionsForecast());
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
