package org.forecast4j.features.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.live.LiveFeatureState;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Transform;
import org.junit.jupiter.api.Test;

/** The market features: the move since the previous price, and the close known at each time. */
class MarketFeaturesTest {

    private static final FeatureSpec SPEC = FeatureSpec.of(Match.ALL,
            FeatureDefinition.marketPrice("market", 0.5),
            FeatureDefinition.marketChange("move"),
            FeatureDefinition.daysToDeadline("daysLeft"),
            FeatureDefinition.elapsedFraction("elapsed"));

    private static Instant t(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    private static Question question() {
        // Opened 1 Jan, deadline 31 Jan; quoted at 0.2 (close 31 Jan) on 5 Jan, then at 0.6 and 0.5 on 10 Jan
        // (the later quote of the same time wins), with the close moved to 20 Feb.
        return new Question("q", null, t("2026-01-01"), t("2026-01-31"), List.of(), null, null, List.of(
                new PricePoint(t("2026-01-05"), 0.2, t("2026-01-31")),
                new PricePoint(t("2026-01-10"), 0.6),
                new PricePoint(t("2026-01-10"), 0.5, t("2026-02-20"))));
    }

    @Test
    void batchAndLiveGiveTheClosedForms() {
        FeatureExtractor extractor = new FeatureExtractor(SPEC);
        Question q = question();
        // Before any price: ifNone, no move, the question's deadline.
        double[] early = extractor.extract(q, EventLog.empty(), t("2026-01-03"));
        assertEquals(0.5, early[0]);
        assertEquals(0.0, early[1]);
        assertEquals(28.0, early[2]);
        // One price: no move yet.
        double[] first = extractor.extract(q, EventLog.empty(), t("2026-01-06"));
        assertEquals(0.2, first[0]);
        assertEquals(0.0, first[1]);
        assertEquals(25.0, first[2]);
        // logit(0.5) − logit(0.2) = 0 − ln(0.2/0.8) = ln 4; the close revised on 10 Jan to 20 Feb applies from then.
        double[] later = extractor.extract(q, EventLog.empty(), t("2026-01-11"));
        assertEquals(0.5, later[0]);
        assertEquals(Math.log(4), later[1], 1e-15);
        assertEquals(40.0, later[2]);
        assertEquals(10.0 / 50.0, later[3], 1e-15);

        LiveFeatureState live = new LiveFeatureState(SPEC);
        int h = live.register(q.withoutHindsight());
        double[] x = new double[SPEC.size()];
        for (PricePoint p : q.prices()) {
            live.onPrice(h, Times.nanos(p.time()), p.price(),
                    p.close() == null ? Long.MIN_VALUE : Times.nanos(p.close()));
            if (p.time().equals(t("2026-01-05"))) {
                live.features(h, Times.nanos(t("2026-01-06")), x);
                assertEquals(first[1], x[1]);
                assertEquals(first[2], x[2]);
            }
        }
        live.features(h, Times.nanos(t("2026-01-11")), x);
        assertEquals(later[0], x[0]);
        assertEquals(later[1], x[1], 1e-15);
        assertEquals(later[2], x[2]);
        assertEquals(later[3], x[3], 1e-15);
    }

    @Test
    void onlyTheIdentityTransformApplies() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FeatureDefinition.marketChange("move").withTransform(Transform.LOG1P));
        assertTrue(e.getMessage().contains("market-change"), e.getMessage());
        assertThrows(InvalidInputException.class,
                () -> FeatureDefinition.marketChange("move").withTransform(Transform.LOGIT));
        FeatureSpec parsed = FeatureSpec.parse("spec.json",
                "{\"match\": \"all\", \"features\": [{\"name\": \"move\", \"kind\": \"market-change\"}]}");
        assertEquals(FeatureDefinition.marketChange("move"), parsed.feature(0));
    }
}
