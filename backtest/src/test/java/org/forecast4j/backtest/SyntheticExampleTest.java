package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The README's backtest example lives in {@code backtest/src/test/resources/backtest/example}: 60 questions of
 * {@link SyntheticWorld} with seed 11 (no leak events). This test keeps the committed files equal to the generator;
 * to regenerate them after changing it, run
 * {@code ./mvnw -pl backtest -am test -Dtest=SyntheticExampleTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dforecast4j.regenerate=true}.
 */
class SyntheticExampleTest {
    static final Path EXAMPLE = Path.of(System.getProperty("forecast4j.home", ".."), "backtest", "src", "test",
            "resources", "backtest", "example");

    @Test
    void committedExampleIsTheGeneratorsOutput() throws IOException {
        SyntheticWorld world = SyntheticWorld.generate(11, 60, Duration.ZERO);
        if (Boolean.getBoolean("forecast4j.regenerate")) {
            world.write(EXAMPLE);
        }
        assertEquals(world.questionsJsonl, Files.readString(EXAMPLE.resolve("questions.jsonl")));
        assertEquals(world.eventsJsonl, Files.readString(EXAMPLE.resolve("events.jsonl")));
        assertEquals(SyntheticWorld.SPEC, Files.readString(EXAMPLE.resolve("spec.json")));
    }
}
