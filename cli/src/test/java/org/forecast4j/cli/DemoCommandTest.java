package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.forecast4j.cli.plot.TrajectoryPlot;
import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code forecast demo} on the seed scenario (found through forecast4j.home, which surefire sets to the checkout,
 * as the launcher does). The numbers are those of examples' SeedScenarioTest, which checks them against an
 * independent numpy/scipy computation (examples/src/test/python/seed_scenario_reference.py).
 */
class DemoCommandTest {
    static final Path SEED = Path.of(System.getProperty("forecast4j.home", ".."), "examples", "seed-scenario");

    @TempDir
    Path dir;

    @Test
    void tablePrintsEachQuestionWithItsBaseRateAndRankedEvidence() {
        CliRun run = CliRun.of("demo");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        // p = 0.47154539090516651 and 0.28094770608911773 (seed_scenario_reference.py, as of 2025-12-06)
        assertTrue(out.contains("potus-tokyo-2026              47.2%  16.5% to 80.1%      31.0%"), out);
        assertTrue(out.contains("crystal-land-phase-one-2026   28.1%  7.1% to 66.8%       45.0%"), out);
        assertTrue(out.contains("forecasts as of 2025-12-06T00:00:00Z (the latest event)"), out);
        assertTrue(out.contains("  +0.264  tradeDeal         us-japan-trade-deal-july-2025 +0.264"), out);
        assertTrue(out.contains("  -0.747  obstacles            crystal-land-obstacles -0.747"), out);
        assertTrue(out.contains("2025-12-05T00:00:00Z       25             43.7%  27.0%"), out);
        assertTrue(out.contains("would move it: one new funds-disbursed event -> 95.5%"), out);
        // Ranked: the largest contribution to Crystal Land (obstacles, -0.747) comes before the smallest (-0.006).
        assertTrue(out.indexOf("obstacles") < out.indexOf("elapsed-fraction()"), out);
        assertEquals(out, CliRun.of("demo", "--scenario", SEED.toString()).out(), "the default is the seed scenario");
        assertEquals(out, CliRun.of("demo").out(), "deterministic");
        assertEquals("", run.err());
    }

    @Test
    void jsonContributionsAddUpToTheLogOddsExactly() {
        CliRun run = CliRun.of("demo", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = ForecastJson.mapper().readTree(run.out());
        JsonNode forecasts = root.get("forecasts");
        assertEquals(2, forecasts.size());
        for (JsonNode f : forecasts) {
            for (String field : new String[] {"question", "probability", "interval", "logOdds", "baseLogOdds",
                "contributions"}) {
                assertTrue(f.has(field), field + " in " + f);
            }
            double total = f.get("baseLogOdds").doubleValue();
            for (JsonNode c : f.get("contributions")) {
                assertTrue(c.has("feature") && c.has("logOdds") && c.get("events").isArray(), c.toString());
                total += c.get("logOdds").doubleValue();
            }
            assertEquals(f.get("logOdds").doubleValue(), total, "base + contributions, in order, bit for bit");
            double p = f.get("probability").doubleValue();
            assertTrue(f.get("interval").get("lower").doubleValue() < p && p < f.get("interval").get("upper")
                    .doubleValue());
        }
        assertEquals("potus-tokyo-2026", forecasts.get(0).get("question").asString());
        assertEquals(0.47154539090516651, forecasts.get(0).get("probability").doubleValue(), 1e-12);
        assertEquals(-0.79890651557490333, forecasts.get(0).get("baseLogOdds").doubleValue(), 1e-13);
        assertEquals(0.28094770608911773, forecasts.get(1).get("probability").doubleValue(), 1e-12);
        JsonNode deal = forecasts.get(0).get("contributions").get(0);
        assertEquals("tradeDeal", deal.get("feature").asString());
        assertEquals("us-japan-trade-deal-july-2025", deal.get("events").get(0).get("id").asString());
        assertEquals(4, root.get("arrivals").size());
        assertEquals(run.out(), CliRun.of("demo", "--json").out(), "deterministic");
    }

    @Test
    void asOfAnEarlierDateSeesOnlyWhatWasPublishedByThen() {
        CliRun run = CliRun.of("demo", "--as-of", "2025-05-26", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode forecasts = ForecastJson.mapper().readTree(run.out()).get("forecasts");
        // seed_scenario_reference.py as of 2025-05-26: Tokyo p = 0.24905792880784314; Crystal Land at its base rate.
        assertEquals(0.24905792880784314, forecasts.get(0).get("probability").doubleValue(), 1e-12);
        assertEquals(0.45, forecasts.get(1).get("probability").doubleValue(), 1e-12);
        CliRun text = CliRun.of("demo", "--as-of", "2025-05-26");
        assertTrue(text.out().contains("(the question opens 2025-12-05T00:00:00Z)"), text.out());
    }

    @Test
    void trajectoryWritesTheSamePngEachTime() throws IOException {
        Path png = dir.resolve("t.png");
        CliRun run = CliRun.of("demo", "--trajectory", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("trajectory: wrote " + png), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(TrajectoryPlot.WIDTH, image.getWidth());
        assertEquals(TrajectoryPlot.HEIGHT, image.getHeight());
        byte[] first = Files.readAllBytes(png);
        Path again = dir.resolve("again.png");
        assertEquals(0, CliRun.of("demo", "--json", "--trajectory", again.toString()).exitCode());
        assertArrayEquals(first, Files.readAllBytes(again), "byte-identical");
        JsonNode root = ForecastJson.mapper().readTree(CliRun.of("demo", "--json", "--trajectory", again.toString())
                .out());
        assertEquals(again.toString(), root.get("trajectoryFile").asString());
    }

    @Test
    void badAsOfAndMissingScenarioFailWithAMessage() {
        CliRun late = CliRun.of("demo", "--as-of", "2027-06-01");
        assertEquals(2, late.exitCode());
        assertTrue(late.err().contains("--as-of 2027-06-01T00:00:00Z") && late.err().contains("has closed"),
                late.err());
        CliRun malformed = CliRun.of("demo", "--as-of", "June");
        assertEquals(2, malformed.exitCode());
        CliRun missing = CliRun.of("demo", "--scenario", dir.resolve("nowhere").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nowhere") && missing.err().contains("not found"), missing.err());
        assertFalse(missing.out().contains("P(YES)"));
    }
}
