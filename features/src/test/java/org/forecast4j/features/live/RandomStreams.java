package org.forecast4j.features.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.HazardPrior;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Transform;
import org.forecast4j.features.spec.Weight;

/** Seeded random event streams for comparing live and batch features. */
final class RandomStreams {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String[] TYPES = {"A", "B", "C", "D", "unused"};
    static final String[] ENTITIES = {"E0", "E1", "E2", "E3"};

    private RandomStreams() {
    }

    /** A price observation, fed through onPrice. */
    record Price(int question, Instant time, double price) {
    }

    /**
     * Every kind and transform; decayed sums of one half-life fed by different types (aDecay, bDecay3 and
     * cDecay3 share a reference time in the live state, so an event of one type rescales the others), a
     * log-magnitude, a tag and the elapsed fraction with transforms, and a type (D) that feeds a decayed sum
     * of its own half-life.
     */
    static FeatureSpec spec(Match match) {
        return FeatureSpec.of(match,
                FeatureDefinition.decayedSum("aDecay", "A", 3),
                FeatureDefinition.decayedSum("aDecayOne", "A", 40).withWeight(Weight.ONE),
                FeatureDefinition.decayedSum("bDecay", "B", 0.5).withTransform(Transform.LOG1P),
                FeatureDefinition.count("aCount1", "A", 1),
                FeatureDefinition.count("aCount7", "A", 7),
                FeatureDefinition.count("cCount", "C", 2.5).withTransform(Transform.LOG1P),
                FeatureDefinition.daysSince("bSince", "B", 365),
                FeatureDefinition.daysSince("dSince", "D", 30).withTransform(Transform.LOG1P),
                FeatureDefinition.logMagnitude("cMag", "C"),
                FeatureDefinition.daysToDeadline("left"),
                FeatureDefinition.elapsedFraction("elapsed"),
                FeatureDefinition.marketPrice("price", 0.5).withTransform(Transform.LOGIT),
                FeatureDefinition.tag("isE1", "E1"),
                FeatureDefinition.decayedSum("bDecay3", "B", 3),
                FeatureDefinition.decayedSum("cDecay3", "C", 3).withWeight(Weight.ONE).withTransform(Transform.LOG1P),
                FeatureDefinition.decayedSum("dDecay", "D", 1.5),
                FeatureDefinition.logMagnitude("cMagLog", "C").withTransform(Transform.LOG1P),
                FeatureDefinition.elapsedFraction("elapsedLogit").withTransform(Transform.LOGIT),
                FeatureDefinition.tag("isE2", "E2").withTransform(Transform.LOGIT),
                FeatureDefinition.marketChange("move"),
                FeatureDefinition.deadlineHazard("hazard", new HazardPrior(3, 400, 0.5, 0))
                        .withTransform(Transform.LOGIT));
    }

    static List<Question> questions() {
        List<Question> qs = new ArrayList<>();
        qs.add(Question.builder("q0").opened("2026-01-01").deadline("2026-04-01").entities("E0").build());
        qs.add(Question.builder("q1").opened("2026-01-10").deadline("2026-03-01").entities("E1", "E2").build());
        qs.add(Question.builder("q2").opened("2025-12-01").deadline("2026-06-01").build());
        qs.add(Question.builder("q3").opened("2026-02-01").deadline("2026-02-20").entities("E3", "E0").build());
        return qs;
    }

    /** Events with occurrence times over 60 days and publication delays from 0 to about 3 days. */
    static List<Event> events(long seed, int n) {
        SplitMix64 random = new SplitMix64(seed);
        List<Event> events = new ArrayList<>(n);
        long start = Times.nanos(START);
        for (int i = 0; i < n; i++) {
            long occurred = start + (long) (random.nextDouble() * 60 * Times.NANOS_PER_DAY);
            long delay = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * 3 * Times.NANOS_PER_DAY);
            Event.Builder b = Event.builder("e" + i, TYPES[random.nextInt(TYPES.length)])
                    .occurred(Times.instant(occurred)).published(Times.instant(occurred + delay))
                    .credibility(random.nextDouble());
            int k = random.nextInt(3);
            for (int j = 0; j < k; j++) {
                b.entities(ENTITIES[random.nextInt(ENTITIES.length)]);
            }
            if (random.nextInt(2) == 0) {
                b.magnitude(random.nextDouble() * 1e9);
            }
            events.add(b.build());
        }
        return events;
    }

    static List<Price> prices(long seed, int n, int questions) {
        SplitMix64 random = new SplitMix64(seed);
        List<Price> prices = new ArrayList<>();
        long start = Times.nanos(START);
        for (int i = 0; i < n; i++) {
            long t = start + (long) (random.nextDouble() * 62 * Times.NANOS_PER_DAY);
            prices.add(new Price(random.nextInt(questions), Times.instant(t), random.nextDouble()));
        }
        return prices;
    }
}
