package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForecastCommandTest {

    @Test
    void helpListsEveryCommandAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("score"), run.out());
        assertTrue(run.out().contains("demo"), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : ForecastCli.commandLine().getSubcommands().keySet()) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: forecast " + command), run.out());
        }
    }

    @Test
    void usageErrorsExitTwoWithTheMessageOnStandardError() {
        CliRun unknown = CliRun.of("scroe");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Unmatched argument"), unknown.err());
        assertTrue(unknown.err().contains("score"), "suggests the near miss: " + unknown.err());
        assertEquals("", unknown.out());

        CliRun none = CliRun.of();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("a command is required"), none.err());

        CliRun missing = CliRun.of("score", "--data", "x.csv");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("Missing required options"), missing.err());
        assertTrue(missing.err().contains("forecast score --help"), missing.err());
    }

    @Test
    void versionNamesTheLibrary() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("forecast4j "), run.out());
    }
}
