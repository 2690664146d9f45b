package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes and output folders are checked before any work, and the errors name the option as typed. */
class CliChecksTest {
    static final Path EXAMPLE = BacktestCommandTest.EXAMPLE;

    @TempDir
    Path dir;

    private CliRun backtest(String... extra) {
        String[] base = {"backtest", "--questions", EXAMPLE.resolve("questions.jsonl").toString(), "--events",
            EXAMPLE.resolve("events.jsonl").toString(), "--spec", EXAMPLE.resolve("spec.json").toString(),
            "--every", "7d"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void absurdSizesAreUsageErrorsNamingTheOption() {
        CliRun bootstrap = backtest("--bootstrap", "2000000000", "--out", dir.resolve("a").toString());
        assertEquals(2, bootstrap.exitCode());
        assertTrue(bootstrap.err().contains("--bootstrap must be in 0..100000 resamples"), bootstrap.err());
        CliRun bins = backtest("--bins", "100000000", "--out", dir.resolve("a").toString());
        assertEquals(2, bins.exitCode());
        assertTrue(bins.err().contains("--bins must be in 1..10000"), bins.err());
        CliRun level = backtest("--level", "1.5", "--out", dir.resolve("a").toString());
        assertEquals(2, level.exitCode());
        assertTrue(level.err().contains("--level must be in (0, 1), e.g. 0.9, got 1.5"), level.err());
        assertFalse(Files.exists(dir.resolve("a/forecasts.csv")));
    }

    @Test
    void anUnwritableOutIsFoundBeforeTheBacktestRuns() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun run = backtest("--out", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out: cannot write to " + file + " (a file of that name is in the way)"),
                run.err());
        assertFalse(run.err().contains(" forecasts ("), "no progress line: nothing ran");
    }

    @Test
    void aModelFileThatCannotBeWrittenSaysWhyAndNamesTheTarget() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path target = file.resolve("sub").resolve("m.json");
        CliRun run = CliRun.of("fit", "--data", BacktestCommandTest.HOME.resolve("cli/src/test/resources/donner.csv")
                .toString(), "--label", "survived", "--model", "logistic", "--out", target.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("cannot write " + target.toAbsolutePath() + ": a file stands where a folder is"
                + " needed"), run.err());
        assertFalse(run.err().contains(".tmp"), "names the target, not the temporary file: " + run.err());
    }

    @Test
    void writesIntoAFolderOrThroughAFileSayWhyAndNameTheTarget() throws Exception {
        Path donner = BacktestCommandTest.HOME.resolve("cli/src/test/resources/donner.csv");
        Path model = dir.resolve("m.json");
        assertEquals(0, CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "logistic",
                "--out", model.toString()).exitCode());
        Path folder = Files.createDirectories(dir.resolve("folder"));
        CliRun fit = CliRun.of("fit", "--data", donner.toString(), "--label", "survived", "--model", "logistic",
                "--out", folder.toString());
        assertEquals(1, fit.exitCode());
        assertTrue(fit.err().contains("fit: error: cannot write " + folder.toAbsolutePath()
                + ": it is a folder (give a file name)"), fit.err());
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        Path through = plain.resolve("p.csv");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", donner.toString(), "--out",
                through.toString());
        assertEquals(1, predict.exitCode());
        assertTrue(predict.err().contains("predict: error: cannot write " + through.toAbsolutePath()
                + ": a file stands where a folder is needed"), predict.err());
        for (CliRun run : new CliRun[] {fit, predict}) {
            assertFalse(run.err().contains(".tmp") || run.err().contains("\tat "), run.err());
        }
    }
}
