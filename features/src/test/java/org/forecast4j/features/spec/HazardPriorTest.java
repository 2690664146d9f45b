package org.forecast4j.features.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.forecast4j.core.baserate.GammaPoissonHazard;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.extract.FeatureExtractor;
import org.junit.jupiter.api.Test;

/** The deadline-hazard feature: a Gamma-Poisson prior that moves with the days left to the deadline. */
class HazardPriorTest {

    @Test
    void isTheGammaPoissonPredictiveOfCoreAndItsClosedForm() {
        // 19 events in 52 years (the seed's Tokyo visits), in days; core's GammaPoissonHazard is checked against
        // scipy (hazard_logodds_reference.py) and the closed form 1 − ((B + T)/(B + T + H))^(A + E).
        double t = 52 * 365.25;
        HazardPrior prior = new HazardPrior(19, t, 0.5, 0);
        GammaPoissonHazard core = GammaPoissonHazard.of(19, t);
        for (double h : new double[] {0, 1, 30, 180, 365.25, 3000}) {
            assertEquals(core.probability(h), prior.probability(h), 1e-15, "H = " + h);
            assertEquals(1 - Math.pow(t / (t + h), 19.5), prior.probability(h), 1e-14, "H = " + h);
        }
        assertEquals(0.0, prior.probability(-5), "no time left");
        HazardPrior informed = new HazardPrior(2, 100, 3, 50);
        assertEquals(1 - Math.pow(150.0 / 210.0, 5), informed.probability(60), 1e-15);
    }

    @Test
    void fallsAsTheDeadlineNearsInBatchAndRefusesBadParameters() {
        FeatureSpec spec = FeatureSpec.parse("spec.json", "{\"match\": \"all\", \"features\": [{\"name\": \"prior\","
                + " \"kind\": \"deadline-hazard\", \"events\": 19, \"exposureDays\": 18993, \"transform\": \"logit\"}]}");
        assertEquals(new HazardPrior(19, 18993, 0.5, 0), spec.feature(0).hazard());
        Instant opened = Instant.parse("2026-01-01T00:00:00Z");
        Question q = new Question("q", null, opened, Instant.parse("2026-12-31T00:00:00Z"), List.of(), null, null,
                List.of(new PricePoint(opened.plus(Duration.ofDays(200)), 0.4,
                        Instant.parse("2026-09-30T00:00:00Z"))));
        FeatureExtractor extractor = new FeatureExtractor(spec);
        double early = extractor.extract(q, EventLog.empty(), opened.plus(Duration.ofDays(10)))[0];
        double later = extractor.extract(q, EventLog.empty(), opened.plus(Duration.ofDays(150)))[0];
        double moved = extractor.extract(q, EventLog.empty(), opened.plus(Duration.ofDays(201)))[0];
        assertTrue(later < early, "the prior falls with nothing happening: " + early + " then " + later);
        double p = new HazardPrior(19, 18993, 0.5, 0).probability(272 - 201);
        assertEquals(Math.log(p / (1 - p)), moved, 1e-12, "the close quoted on day 200 (30 September) applies");
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                "{\"match\": \"all\", \"features\": [{\"name\": \"h\", \"kind\": \"deadline-hazard\"}]}"));
        assertTrue(missing.getMessage().contains("events"), missing.getMessage());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> new HazardPrior(-1, 10, 0.5, 0));
        assertTrue(negative.getMessage().contains("events"), negative.getMessage());
        assertThrows(InvalidInputException.class, () -> new HazardPrior(3, 0, 0.5, 0));
    }

    @Test
    void aWindowThatOpensLaterLeavesAllOfItselfUntilItOpens() {
        Instant start = Instant.parse("2026-07-01T00:00:00Z");
        Instant end = Instant.parse("2026-12-31T00:00:00Z");   // 183 days
        HazardPrior prior = new HazardPrior(3, 3652.5, 0.5, 0, start, null);
        long deadline = Times.nanos(end);
        // Before the window opens the whole window is left; inside it, the days to the deadline.
        assertEquals(183.0, prior.daysLeft(Times.nanos(Instant.parse("2026-02-21T00:00:00Z")), deadline), 0.0);
        assertEquals(91.0, prior.daysLeft(Times.nanos(Instant.parse("2026-10-01T00:00:00Z")), deadline), 0.0);
        assertEquals(0.0, prior.daysLeft(deadline + 1, deadline), 0.0);
        // windowEnd overrides the deadline: 10 days before a window end, whatever the question's deadline.
        HazardPrior ends = prior.withWindow(start, end);
        assertEquals(10.0, ends.daysLeft(Times.nanos(end.minus(Duration.ofDays(10))), Long.MAX_VALUE), 0.0);
        // Spec files carry the window, and write it back.
        FeatureSpec spec = FeatureSpec.parse("spec.json", "{\"match\": \"all\", \"features\": [{\"name\": \"prior\","
                + " \"kind\": \"deadline-hazard\", \"events\": 3, \"exposureDays\": 3652.5,"
                + " \"windowStart\": \"2026-07-01\", \"windowEnd\": \"2026-12-31T00:00:00Z\"}]}");
        assertEquals(ends, spec.feature(0).hazard());
        assertEquals(spec, FeatureSpec.parse("again.json", ForecastJson.toPrettyJson(spec.toJson())));
        assertTrue(spec.feature(0).describe().contains("3 events in 3652.5 days"), spec.feature(0).describe());
        InvalidInputException backwards = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                "{\"match\": \"all\", \"features\": [{\"name\": \"h\", \"kind\": \"deadline-hazard\","
                + " \"events\": 1, \"exposureDays\": 10, \"windowStart\": \"2026-07-01\", \"windowEnd\":"
                + " \"2026-01-01\"}]}"));
        assertTrue(backwards.getMessage().contains("windowEnd") && backwards.getMessage().contains("s.json"),
                backwards.getMessage());
    }
}
