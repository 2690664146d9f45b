package org.forecast4j.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.extract.FeatureExtractor;
import org.forecast4j.features.extract.FeatureMatrix;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The Tablesaw views copy what the library holds, column by column. */
class TablesTest {

    private static EventLog log() {
        return EventLog.of(List.of(
                Event.builder("d1", "A").occurred("2026-01-05").published("2026-01-06").entities("X").build(),
                Event.builder("d2", "A").occurred("2026-01-07").published("2026-01-08").entities("X", "Y")
                        .magnitude(2.5).build(),
                Event.builder("d3", "B").occurred("2026-01-09").published("2026-01-10").entities("Y").build()));
    }

    @Test
    void eventsBecomeOneRowEachWithMissingMagnitudes() {
        Table events = EventTables.of(log());
        assertEquals("events", events.name());
        assertEquals(3, events.rowCount());
        int d2 = events.stringColumn("id").indexOf("d2");
        assertEquals("X;Y", events.stringColumn("entities").get(d2));
        assertEquals(2.5, events.doubleColumn("magnitude").get(d2));
        assertTrue(events.doubleColumn("magnitude").isMissing(events.stringColumn("id").indexOf("d3")));
        assertEquals(Instant.parse("2026-01-06T00:00:00Z"), events.instantColumn("published").get(0));
    }

    @Test
    void featureMatrixKeepsItsHeaderAndValues() {
        FeatureExtractor extractor = new FeatureExtractor(FeatureSpec.of(Match.ENTITIES,
                FeatureDefinition.count("n", "A", 1000), FeatureDefinition.tag("isX", "X")));
        Question q = Question.builder("q").opened("2026-01-01").deadline("2026-03-01").entities("X").build();
        Question r = Question.builder("r").opened("2026-01-01").deadline("2026-03-01").entities("Y").build();
        FeatureMatrix m = extractor.extractAll(List.of(q, r), log(), Instant.parse("2026-02-01T00:00:00Z"));
        Table table = FeatureTables.of(m);
        assertEquals(List.of("question", "at", "n", "isX"), table.columnNames());
        assertEquals(2, table.rowCount());
        assertEquals(2.0, table.doubleColumn("n").get(0), "q: d1 and d2");
        assertEquals(1.0, table.doubleColumn("n").get(1), "r: d2");
        assertEquals(0.0, table.doubleColumn("isX").get(1));
    }
}
