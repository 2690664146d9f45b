package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.forecast4j.cli.shell.ScriptRunner;
import org.forecast4j.cli.shell.ShellClassPath;
import org.forecast4j.cli.shell.ShellStartup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every notebook in examples/notebooks through {@code forecast shell --script}: each must run to the end
 * (a rejected snippet, an exception or an unresolved reference exits 1), and print what it is about.
 */
class NotebooksTest {
    static final Path NOTEBOOKS = Path.of(System.getProperty("forecast4j.home", ".."), "examples", "notebooks");
    /** The ForecastBench markets the calibration notebook backtests when they are present. */
    static final Path FORECASTBENCH = Path.of(System.getProperty("forecast4j.shared", "../shared"), "data",
            "forecastbench-markets.csv");
    /** Each notebook runs once (a JShell JVM each); the tests share the runs. */
    private static final Map<Path, CliRun> RUNS = new ConcurrentHashMap<>();

    static CliRun run(Path notebook) {
        return RUNS.computeIfAbsent(notebook, n -> CliRun.of("shell", "--script", n.toString()));
    }

    @Test
    void everyNotebookRuns() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(f -> f.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
        }
        assertTrue(notebooks.size() >= 3, notebooks.toString());
        for (Path notebook : notebooks) {
            CliRun run = run(notebook);
            assertEquals(0, run.exitCode(), notebook + "\n" + run.err() + "\n" + run.out());
            assertEquals("", run.err(), notebook.toString());
        }
    }

    @Test
    void seedScenarioNotebookShowsTheForecastsAndWritesThePlot() {
        CliRun run = run(NOTEBOOKS.resolve("seed-scenario.jsh"));
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("potus-tokyo-2026              47.2%"), out);
        assertTrue(out.contains("Tokyo: base -0.7989 + contributions = -0.1139 = log-odds; P(YES) = 0.4715"), out);
        assertTrue(out.contains("crystal-land: one new funds-disbursed event -> 95.5%"), out);
        assertTrue(out.contains("wrote ") && out.contains("forecast4j-seed-trajectory.png"), out);
    }

    @Test
    void tradingBotNotebookSizesStakesAgainstIllustrativePrices() {
        CliRun run = run(NOTEBOOKS.resolve("trading-bot.jsh"));
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("ILLUSTRATIVE PRICES"), out);
        assertTrue(out.contains("expected log growth"), "the last bet's table: " + out);
        assertTrue(out.contains("forecast for potus-tokyo-2026 as of 2026-04-01T00:00:00Z"), out);
    }

    @Test
    void calibrationBacktestNotebookComparesCalibratorsAndWritesTheReport() throws IOException {
        CliRun run = run(NOTEBOOKS.resolve("calibration-backtest.jsh"));
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        // The uncalibrated run is the README's `forecast backtest` example with `--select none`: the same table.
        assertTrue(out.contains("model        679  0.2062    0.5975  0.0675    0.0128     0.0469"), out);
        assertTrue(out.contains("market       619  0.2043    0.6011  0.0760    0.0134     0.0489"), out);
        assertTrue(out.contains("[0.80, 0.90)     51         0.8562    0.6275  [0.5128, 0.7317]"), "the bins: " + out);
        // A row per calibrator: the rows it remapped and its Brier score over all rows.
        assertTrue(out.contains("none                 0  0.2062"), out);
        assertTrue(out.contains("platt              150  0.2120"), out);
        assertTrue(out.contains("isotonic           150  0.2122"), out);
        assertTrue(out.contains("beta               150  0.2111"), out);
        assertTrue(out.contains("identical in all 4 runs"), out);
        assertTrue(out.contains("platt        150            0.2108              0.1847     +0.0261"), out);
        assertTrue(out.contains("model - market over 619 rows with a market price (60 questions)"), out);
        assertTrue(out.contains("final wealth        2.9519"), "Platt's trading account: " + out);
        List<Path> written = out.lines().filter(l -> l.startsWith("wrote ")).map(l -> Path.of(l.substring(6)))
                .collect(Collectors.toList());
        List<String> names = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("forecasts.csv", "report.json", "reliability.png", "report.html",
                "reliability-none.png", "reliability-platt.png", "reliability-isotonic.png", "reliability-beta.png")),
                names.toString());
        for (Path file : written) {
            assertTrue(Files.size(file) > 0, file.toString());
            if (file.toString().endsWith(".png")) {
                BufferedImage image = ImageIO.read(file.toFile());
                assertEquals(800, image.getWidth(), file.toString());
            }
        }
        if (Files.isRegularFile(FORECASTBENCH)) {
            // backtest's ForecastBenchBacktestTest checks the market's Brier, 0.0617, against the dataset's README.
            assertTrue(out.contains("Data: ForecastBench (Forecasting Research Institute; Karger et al."), out);
            assertTrue(out.contains("CC BY-SA 4.0"), out);
            assertTrue(out.contains("model        977  0.0666"), out);
            assertTrue(out.contains("market       977  0.0617"), out);
            // The default, market-anchored with walk-forward selection, never found the model better than the
            // price on earlier forecasts here, so it passed the price through: the market's own scores.
            assertTrue(out.contains("model        977  0.0617    0.2083  0.0376    0.0053     0.0880"), out);
            assertTrue(out.contains("ForecastBench, by calibrator"), out);
            assertFalse(out.contains("ForecastBench part skipped"), out);
        } else {
            assertTrue(out.contains("ForecastBench part skipped"), out);
        }
    }

    @Test
    void calibrationBacktestNotebookSkipsForecastBenchWithoutTheData(@TempDir Path noShared) {
        // Without the data the run above already took this path; with it, run once more against an empty folder.
        assumeTrue(Files.isRegularFile(FORECASTBENCH), "the run without the data is checked above");
        List<Path> classPath = ShellClassPath.entries();
        ScriptRunner runner = new ScriptRunner(classPath, ShellStartup.script(classPath, true),
                List.of("-Djava.awt.headless=true", "-Dforecast4j.home=" + System.getProperty("forecast4j.home", ".."),
                        "-Dforecast4j.shared=" + noShared));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = runner.run(NOTEBOOKS.resolve("calibration-backtest.jsh"), out, err);
        assertEquals(0, code, err + "\n" + out);
        assertEquals("", err.toString());
        assertTrue(out.toString().contains("ForecastBench part skipped: " + noShared.toAbsolutePath().normalize()
                .resolve("data").resolve("forecastbench-markets.csv") + " is not there."), out.toString());
        assertFalse(out.toString().contains("Data: ForecastBench"), out.toString());
    }
}
