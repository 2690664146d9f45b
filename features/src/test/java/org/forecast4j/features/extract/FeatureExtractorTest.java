package org.forecast4j.features.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Transform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureExtractorTest {
    static final Instant T = Instant.parse("2026-02-01T00:00:00Z");

    @TempDir
    Path dir;

    static Event ev(String id, String type, String occurred, String published, String entity) {
        Event.Builder b = Event.builder(id, type).occurred(occurred).entities(entity);
        if (published != null) {
            b.published(published);
        }
        return b.build();
    }

    /** The hand-computed scenario: see each event's comment. */
    static EventLog log() {
        return EventLog.of(
                // decayed sum of A, half-life 10 days, weight = credibility
                Event.builder("a1", "A").occurred("2026-02-01").entities("X").build(),                  // age 0: 1
                Event.builder("a2", "A").occurred("2026-01-22").entities("X").credibility(0.5).build(), // 0.5/2
                Event.builder("a3", "A").occurred("2026-01-12").entities("X").build(),                  // 1/4
                ev("a4", "A", "2026-01-30", "2026-02-02", "X"),   // occurred before T, published after: out
                ev("a5", "A", "2026-01-31", null, "Y"),           // about another entity: out
                ev("a6", "A", "2026-01-31", "2026-02-01T00:00:01Z", "X"), // published one second after T: out
                // count of B over 10 days: occurred in (T - 10d, T]
                ev("b1", "B", "2026-01-22T00:00:00Z", null, "X"),            // exactly 10 days old: out
                ev("b2", "B", "2026-01-22T00:00:00.000000001Z", null, "X"),  // 1 ns younger: in
                ev("b3", "B", "2026-02-01T00:00:00Z", null, "X"),            // occurred at T: in
                ev("b4", "B", "2026-01-25", "2026-02-05", "X"),              // published after T: out
                // days since C
                ev("c1", "C", "2026-01-20T12:00:00Z", null, "X"),            // 11.5 days before T
                ev("c2", "C", "2026-01-29", "2026-02-03", "X"),              // published after T: out
                // log magnitude of D
                Event.builder("d1", "D").occurred("2026-01-05").entities("X").magnitude(1e9).build(),
                Event.builder("d2", "D").occurred("2026-01-06").entities("X", "Y").magnitude(2e9).build(),
                Event.builder("d3", "D").occurred("2026-01-07").entities("X").build());          // no magnitude
    }

    static Question question() {
        return Question.builder("q").opened("2026-01-01").deadline("2026-03-03").entities("X")
                .price("2026-01-15", 0.3).price("2026-02-01T00:00:00Z", 0.4).price("2026-02-01T00:00:01Z", 0.9)
                .build();
    }

    static FeatureSpec spec() {
        return FeatureSpec.of(Match.ENTITIES,
                FeatureDefinition.decayedSum("a", "A", 10),
                FeatureDefinition.count("b", "B", 10),
                FeatureDefinition.daysSince("c", "C", 99),
                FeatureDefinition.logMagnitude("d", "D"),
                FeatureDefinition.daysSince("e", "E", 99),
                FeatureDefinition.daysToDeadline("left"),
                FeatureDefinition.elapsedFraction("elapsed"),
                FeatureDefinition.marketPrice("price", 0.5).withTransform(Transform.LOGIT),
                FeatureDefinition.tag("isX", "X"),
                FeatureDefinition.tag("isY", "Y"),
                FeatureDefinition.count("bLog", "B", 10).withTransform(Transform.LOG1P));
    }

    @Test
    void handComputedValuesAsOfT() {
        double[] x = new FeatureExtractor(spec()).extract(question(), log(), T);
        assertEquals(1 + 0.5 / 2 + 1.0 / 4, x[0], 1e-15, "a1 + a2/2 + a3/4; a4, a5, a6 excluded");
        assertEquals(2, x[1], "b2 and b3: b1 is exactly 10 days old, b4 published after T");
        assertEquals(11.5, x[2], 1e-12, "c1; c2 occurred later but was published after T");
        assertEquals(Math.log1p(3e9), x[3], 1e-12, "d1 + d2; d3 has no magnitude");
        assertEquals(99, x[4], "no E event: ifNone");
        assertEquals(30, x[5], 1e-12, "2026-03-03 is 30 days after T");
        assertEquals(31.0 / 61, x[6], 1e-15, "31 of the 61 days from 2026-01-01 to 2026-03-03");
        assertEquals(Probabilities.logit(0.4), x[7], 1e-15, "the price at T, not the one a second later");
        assertEquals(1, x[8]);
        assertEquals(0, x[9]);
        assertEquals(Math.log(3), x[10], 1e-15, "log1p(2)");
    }

    @Test
    void laterTimesSeeLaterPublications() {
        Instant later = Instant.parse("2026-02-05T00:00:00Z");
        double[] x = new FeatureExtractor(spec()).extract(question(), log(), later);
        // a4 (occurred 01-30) and a6 (01-31) are now published; ages are measured from occurred.
        double expected = Math.pow(2, -4 / 10.0) * (1 + 0.25 + 0.25) + Math.pow(2, -6 / 10.0) + Math.pow(2, -5 / 10.0);
        assertEquals(expected, x[0], 1e-14);
        // window (01-26, 02-05]: b3 (02-01) only; b4 occurred 01-25 is published but outside.
        assertEquals(1, x[1]);
        assertEquals(7, x[2], 1e-12, "c2 occurred 01-29, 7 days before 02-05");
        assertEquals(Probabilities.logit(0.9), x[7], 1e-15);
        assertEquals(26, x[5], 1e-12);
    }

    @Test
    void beforeAnythingIsPublishedEveryEventFeatureIsEmpty() {
        double[] x = new FeatureExtractor(spec()).extract(question(), log(), Instant.parse("2025-12-01T00:00:00Z"));
        assertEquals(0, x[0]);
        assertEquals(0, x[1]);
        assertEquals(99, x[2]);
        assertEquals(0, x[3]);
        assertEquals(0, x[6], "before opening, elapsed is clipped to 0");
        assertEquals(0, x[7], 0, "no price yet: ifNone 0.5, logit 0");
    }

    @Test
    void questionsWithoutEntitiesAndMatchAllSeeEveryEvent() {
        Question open = Question.builder("open").opened("2026-01-01").deadline("2026-03-03").build();
        FeatureSpec spec = FeatureSpec.of(Match.ENTITIES, FeatureDefinition.count("n", "A", 1000));
        assertEquals(4, new FeatureExtractor(spec).extract(open, log(), T)[0], "a1, a2, a3 and a5 (entity Y)");
        FeatureSpec all = FeatureSpec.of(Match.ALL, FeatureDefinition.count("n", "A", 1000));
        assertEquals(4, new FeatureExtractor(all).extract(question(), log(), T)[0]);
        Question y = Question.builder("y").opened("2026-01-01").deadline("2026-03-03").entities("Y").build();
        assertEquals(1, new FeatureExtractor(spec).extract(y, log(), T)[0]);
    }

    @Test
    void explainListsTheEventsBehindEachValue() {
        FeatureValues values = new FeatureExtractor(spec()).explain(question(), log(), T);
        assertEquals(T, values.asOf());
        assertEquals(List.of("a3", "a2", "a1"), ids(values.events(0)), "publication order");
        assertEquals(List.of("b2", "b3"), ids(values.events(1)));
        assertEquals(List.of("c1"), ids(values.events(2)));
        assertEquals(List.of("d1", "d2", "d3"), ids(values.events(3)));
        assertEquals(List.of(), ids(values.events(4)));
        assertEquals(List.of(), ids(values.events(7)));
        assertEquals(0.4, values.rawValue(7), 0);
        assertEquals(Probabilities.logit(0.4), values.value(7), 1e-15);
        assertTrue(values.toString().contains("features of q as of 2026-02-01T00:00:00Z"), values.toString());
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void matrixWritesCsv() throws Exception {
        Question other = Question.builder("r").opened("2026-01-01").deadline("2026-03-03").entities("Y").build();
        FeatureExtractor extractor = new FeatureExtractor(FeatureSpec.of(Match.ENTITIES,
                FeatureDefinition.count("n", "A", 1000), FeatureDefinition.tag("isX", "X")));
        FeatureMatrix m = extractor.extractAll(List.of(question(), other), log(), T);
        Path csv = dir.resolve("f.csv");
        m.writeCsv(csv);
        assertEquals("question,at,n,isX\nq,2026-02-01T00:00:00Z,3.0,1.0\nr,2026-02-01T00:00:00Z,1.0,0.0\n",
                Files.readString(csv));
    }
}
