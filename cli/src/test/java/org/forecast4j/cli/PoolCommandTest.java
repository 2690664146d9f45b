package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PoolCommandTest {

    @Test
    void jsonMatchesTheClosedForms() {
        // core/src/test/python/pooling_reference.py: expit(mean(logit([0.6, 0.7, 0.9]))) = 0.75951015868005312;
        // weights 1,2,1 and d = 2.5: 0.9361837181976661
        CliRun run = CliRun.of("pool", "--probs", "0.6,0.7,0.9", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0.75951015868005312, ForecastJson.mapper().readTree(run.out()).get("probability").asDouble(),
                1e-15);
        CliRun weighted = CliRun.of("pool", "--probs", "0.6,0.7,0.9", "--weights", "1,2,1", "--extremize", "2.5",
                "--json");
        JsonNode json = ForecastJson.mapper().readTree(weighted.out());
        assertEquals(0.9361837181976661, json.get("probability").asDouble(), 1e-15);
        assertEquals(2.5, json.get("extremize").asDouble());
        assertEquals(3, json.get("inputs").size());
        // One input, no extremizing: the input.
        CliRun one = CliRun.of("pool", "--probs", "0.37", "--json");
        assertEquals(0.37, ForecastJson.mapper().readTree(one.out()).get("probability").asDouble(), 1e-15);
        // Blending a model (0.7, weight 0.3) with the market (0.55): 0.597403716492381
        CliRun blend = CliRun.of("pool", "--probs", "0.7,0.55", "--weights", "0.3,0.7", "--json");
        assertEquals(0.597403716492381, ForecastJson.mapper().readTree(blend.out()).get("probability").asDouble(),
                1e-15);
    }

    @Test
    void readableOutput() {
        CliRun run = CliRun.of("pool", "--probs", "0.6,0.7,0.9", "--extremize", "1.5");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("pooled probability"), run.out());
        assertTrue(run.out().contains("d = 1.5000"), run.out());
    }

    @Test
    void invalidValuesAreUsageErrors() {
        CliRun range = CliRun.of("pool", "--probs", "0.6,1.3");
        assertEquals(2, range.exitCode());
        assertTrue(range.err().contains("--probs value 2 must be a probability in [0, 1], got 1.3"), range.err());
        CliRun nan = CliRun.of("pool", "--probs", "NaN");
        assertEquals(2, nan.exitCode());
        CliRun count = CliRun.of("pool", "--probs", "0.6,0.7", "--weights", "1");
        assertEquals(2, count.exitCode());
        assertTrue(count.err().contains("one weight per probability"), count.err());
        CliRun negative = CliRun.of("pool", "--probs", "0.6,0.7", "--weights", "1,-1");
        assertEquals(2, negative.exitCode());
        CliRun zero = CliRun.of("pool", "--probs", "0.6,0.7", "--weights", "0,0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("at least one weight must be positive"), zero.err());
        CliRun d = CliRun.of("pool", "--probs", "0.6", "--extremize", "-1");
        assertEquals(2, d.exitCode());
        CliRun missing = CliRun.of("pool");
        assertEquals(2, missing.exitCode());
        CliRun word = CliRun.of("pool", "--probs", "0.6,high");
        assertEquals(2, word.exitCode());
    }
}
