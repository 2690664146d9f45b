package org.forecast4j.features.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private static Event event(String id, String published, String... entities) {
        return Event.builder(id, "t").occurred("2025-01-01").published(published).entities(entities).build();
    }

    @Test
    void sortsByPublicationStablyAndAnswersPublishedBy() {
        Event a = event("a", "2025-01-03", "X");
        Event b = event("b", "2025-01-02", "Y");
        Event c = event("c", "2025-01-03", "X", "Y");
        Event d = event("d", "2025-01-05T12:00:00Z", "Z");
        EventLog log = EventLog.of(a, b, c, d);
        assertEquals(List.of(b, a, c, d), log.events(), "by published; a before c as given");
        assertEquals(0, log.publishedBy(Instant.parse("2025-01-01T23:59:59Z")).size());
        EventLog.View view = log.publishedBy(Instant.parse("2025-01-03T00:00:00Z"));
        assertEquals(3, view.size(), "published exactly at t is included");
        assertEquals(List.of(b, a, c), view.events());
        assertSame(log.get(1), view.get(1), "a view shares the log's events");
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(3));
        assertEquals(3, log.publishedBy(Instant.parse("2025-01-05T11:59:59Z")).size());
        assertEquals(4, log.publishedBy(Instant.parse("2025-01-05T12:00:00Z")).size());
        assertEquals(Instant.parse("2025-01-02T00:00:00Z"), log.firstPublished());
        assertEquals(Instant.parse("2025-01-05T12:00:00Z"), log.lastPublished());
    }

    @Test
    void aboutMergesEntitiesInPublicationOrderWithoutDuplicates() {
        Event a = event("a", "2025-01-03", "X");
        Event b = event("b", "2025-01-02", "Y");
        Event c = event("c", "2025-01-04", "X", "Y");
        Event d = event("d", "2025-01-05", "Z");
        EventLog log = EventLog.of(a, b, c, d);
        EventLog.View all = log.publishedBy(Instant.parse("2025-02-01T00:00:00Z"));
        assertEquals(List.of(b, a, c), all.about(List.of("X", "Y")));
        assertEquals(List.of(a, c), all.about(List.of("X")));
        assertEquals(List.of(), all.about(List.of("W")));
        assertEquals(List.of(b, a, c, d), all.about(List.of()), "no entities: every event");
        assertEquals(List.of(b, a), log.publishedBy(Instant.parse("2025-01-03T00:00:00Z")).about(List.of("X", "Y")));
    }

    @Test
    void duplicateIdsAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EventLog.of(event("a", "2025-01-01"), event("a", "2025-01-02")));
        assertEquals("id", e.field());
        assertEquals("a", e.value());
    }
}
