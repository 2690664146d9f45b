package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BaseRateCommandTest {

    @Test
    void referenceClassJsonMatchesScipy() {
        // core/src/test/python/baserate_reference.py: 3 of 10, Beta(1, 1) -> mean 1/3,
        // 90% interval = scipy.stats.beta.ppf(0.05 / 0.95, 4, 8) = 0.13507547291964123 0.56437418828922947
        CliRun run = CliRun.of("base-rate", "--successes", "3", "--trials", "10", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(1.0 / 3, json.get("probability").asDouble(), 1e-15);
        assertEquals(0.13507547291964123, json.get("interval").get("lower").asDouble(), 1e-10);
        assertEquals(0.56437418828922947, json.get("interval").get("upper").asDouble(), 1e-10);
        assertEquals(0.9, json.get("interval").get("level").asDouble());
        assertEquals(4.0, json.get("posterior").get("alpha").asDouble());

        // 0 of 20 with the Jeffreys prior: mean 0.023809523809523808, 90% [9.7077758582331708e-05, 0.0904764...]
        CliRun jeffreys = CliRun.of("base-rate", "--successes", "0", "--trials", "20", "--prior", "0.5,0.5",
                "--json");
        JsonNode j = ForecastJson.mapper().readTree(jeffreys.out());
        assertEquals(0.023809523809523808, j.get("probability").asDouble(), 1e-16);
        assertEquals(0.090476426537872301, j.get("interval").get("upper").asDouble(), 1e-10);
    }

    @Test
    void rateByADeadlineJsonMatchesTheClosedFormAndQuadrature() {
        // baserate_reference.py: 25 events in 51 years, Jeffreys prior, horizon 1 year:
        // closed = 0.3905273411272171 (quad 0.39052734112722071), 90% interval 0.294619759898477 0.48994074395474474
        CliRun run = CliRun.of("base-rate", "--events", "25", "--exposure", "51", "--horizon", "1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = ForecastJson.mapper().readTree(run.out());
        assertEquals(0.3905273411272171, json.get("probability").asDouble(), 1e-13);
        assertEquals(0.294619759898477, json.get("interval").get("lower").asDouble(), 1e-9);
        assertEquals(0.48994074395474474, json.get("interval").get("upper").asDouble(), 1e-9);
        assertEquals(0.5, json.get("rateMean").asDouble(), 1e-15);

        // a=2 b=1 e=3 T=10 h=2 with hazard ratio 3: 0.88657238017631346, 90% 0.65857492956597197 0.99321355853845339
        CliRun ratio = CliRun.of("base-rate", "--events", "3", "--exposure", "10", "--horizon", "2",
                "--prior-shape", "2", "--prior-rate", "1", "--hazard-ratio", "3", "--json");
        JsonNode r = ForecastJson.mapper().readTree(ratio.out());
        assertEquals(0.88657238017631346, r.get("probability").asDouble(), 1e-14);
        assertEquals(0.65857492956597197, r.get("interval").get("lower").asDouble(), 1e-9);
    }

    @Test
    void readableOutput() {
        CliRun counts = CliRun.of("base-rate", "--successes", "3", "--trials", "10");
        assertEquals(0, counts.exitCode(), counts.err());
        assertTrue(counts.out().contains("probability (posterior mean)  0.3333"), counts.out());
        assertTrue(counts.out().contains("reference class               3 of 10"), counts.out());
        assertTrue(counts.out().contains("90% credible interval"), counts.out());
        CliRun rate = CliRun.of("base-rate", "--events", "25", "--exposure", "51", "--horizon", "0.25", "--level",
                "0.5");
        assertEquals(0, rate.exitCode(), rate.err());
        assertTrue(rate.out().contains("P(at least one event in horizon)"), rate.out());
        assertTrue(rate.out().contains("50% credible interval"), rate.out());
    }

    @Test
    void mixedOrIncompleteOptionsAreUsageErrors() {
        CliRun mixed = CliRun.of("base-rate", "--successes", "3", "--trials", "10", "--horizon", "1");
        assertEquals(2, mixed.exitCode());
        assertTrue(mixed.err().contains("not both"), mixed.err());
        CliRun none = CliRun.of("base-rate");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("give --successes and --trials"), none.err());
        CliRun half = CliRun.of("base-rate", "--successes", "3");
        assertEquals(2, half.exitCode());
        assertTrue(half.err().contains("needs both --successes and --trials"), half.err());
        CliRun rate = CliRun.of("base-rate", "--events", "3", "--exposure", "10");
        assertEquals(2, rate.exitCode());
        assertTrue(rate.err().contains("--events, --exposure and --horizon"), rate.err());
        CliRun tooMany = CliRun.of("base-rate", "--successes", "11", "--trials", "10");
        assertEquals(2, tooMany.exitCode());
        assertTrue(tooMany.err().contains("0 <= successes <= trials"), tooMany.err());
        CliRun prior = CliRun.of("base-rate", "--successes", "1", "--trials", "10", "--prior", "1,2,3");
        assertEquals(2, prior.exitCode());
        CliRun level = CliRun.of("base-rate", "--successes", "1", "--trials", "10", "--level", "1.5");
        assertEquals(2, level.exitCode());
        CliRun improper = CliRun.of("base-rate", "--events", "3", "--exposure", "0", "--horizon", "1");
        assertEquals(2, improper.exitCode());
        assertTrue(improper.err().contains("improper"), improper.err());
        CliRun word = CliRun.of("base-rate", "--successes", "three", "--trials", "10");
        assertEquals(2, word.exitCode());
    }
}
