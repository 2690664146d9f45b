package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every notebook in examples/notebooks through {@code forecast shell --script}: each must run to the end
 * (a rejected snippet, an exception or an unresolved reference exits 1), and print what it is about.
 */
class NotebooksTest {
    static final Path NOTEBOOKS = Path.of(System.getProperty("forecast4j.home", ".."), "examples", "notebooks");
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
        assertTrue(notebooks.size() >= 2, notebooks.toString());
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
}
