package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KellyCommandTest {

    @Test
    void jsonHasTheDocumentedFieldsAndTheClosedForm() {
        CliRun run = CliRun.of("kelly", "--prob", "0.6", "--price", "0.5", "--fee", "0.02", "--fraction", "0.5",
                "--bankroll", "1000", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals("YES", json.get("side").asString());
        // c = 0.52, f* = (0.6 - 0.52)/(1 - 0.52) = 1/6 (kelly_reference.py: scipy 0.16666666665734614), half Kelly.
        assertEquals(0.08, json.get("edge").doubleValue(), 1e-15);
        assertEquals(1.0 / 12, json.get("fraction").doubleValue(), 1e-15);
        assertEquals(1000.0 / 12, json.get("stake").doubleValue(), 1e-12);
        assertEquals(1000.0 / 12 / 0.52, json.get("contracts").doubleValue(), 1e-11);
        // kelly_reference.py: G(0.6, 0.52, 0.0833333333333333) = 0.0096602324963812117
        assertEquals(0.0096602324963812117, json.get("expectedLogGrowth").doubleValue(), 1e-15);
    }

    @Test
    void readableOutputAndTheNoSide() {
        CliRun run = CliRun.of("kelly", "--prob", "0.3", "--price", "0.45", "--fee", "0.01");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("side               NO"), run.out());
        // f* = (0.7 - 0.56)/0.44 = 0.3182; the default is half Kelly.
        assertTrue(run.out().contains("fraction           0.1591"), run.out());
        assertTrue(run.out().contains("multiplier 0.5"), run.out());
        for (String field : new String[] {"edge", "stake", "contracts", "expectedLogGrowth"}) {
            assertTrue(run.out().contains(field), field);
        }
        CliRun none = CliRun.of("kelly", "--prob", "0.51", "--price", "0.5", "--fee", "0.02", "--json");
        JsonNode json = ForecastJson.mapper().readTree(none.out());
        assertEquals("NONE", json.get("side").asString());
        assertEquals(0, json.get("stake").doubleValue());
        CliRun shrunk = CliRun.of("kelly", "--prob", "0.6", "--price", "0.5", "--sd", "0.05", "--fraction", "1",
                "--json");
        // f* = 0.2, sd/(1 - c) = 0.1: shrinkage 0.04/0.05 = 0.8 (kelly_reference.py k_quad 0.79999999999999993).
        assertEquals(0.16, ForecastJson.mapper().readTree(shrunk.out()).get("fraction").doubleValue(), 1e-15);
    }

    @Test
    void badValuesAreUsageErrors() {
        CliRun prob = CliRun.of("kelly", "--prob", "1.3", "--price", "0.5");
        assertEquals(2, prob.exitCode());
        assertTrue(prob.err().contains("forecast kelly: --prob must be in [0, 1], got 1.3"), prob.err());
        CliRun price = CliRun.of("kelly", "--prob", "0.5", "--price", "1");
        assertEquals(2, price.exitCode());
        assertTrue(price.err().contains("forecast kelly: --price must be in (0, 1), got 1.0"), price.err());
        CliRun fraction = CliRun.of("kelly", "--prob", "0.5", "--price", "0.4", "--fraction", "2");
        assertEquals(2, fraction.exitCode());
        assertTrue(fraction.err().contains("forecast kelly: --fraction must be in (0, 1] (1: full Kelly), got 2.0"), fraction.err());
        CliRun text = CliRun.of("kelly", "--prob", "high", "--price", "0.4");
        assertEquals(2, text.exitCode());
        assertTrue(text.err().contains("--prob"), text.err());
        CliRun missing = CliRun.of("kelly", "--prob", "0.5");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("Missing required option"), missing.err());
    }
}
