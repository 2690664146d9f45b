package org.forecast4j.features.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EventTest {

    @Test
    void builderFillsDefaults() {
        Event e = Event.builder("e1", "deal-finalization").occurred("2025-12-10").entities("SoftBank").build();
        assertEquals(e.occurred(), e.published(), "published defaults to occurred");
        assertEquals(1.0, e.credibility());
        assertFalse(e.hasMagnitude());
        assertEquals(7.0, e.magnitudeOr(7.0));
        assertEquals(List.of("SoftBank"), e.entities());
        assertEquals(Map.of(), e.attributes());
        assertNull(e.source());
        assertTrue(e.hasEntity("SoftBank"));
        assertEquals(Times.nanos(Instant.parse("2025-12-10T00:00:00Z")), e.occurredNanos());
    }

    @Test
    void publishedBeforeOccurredIsRejectedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Event.builder("e1", "t")
                .occurred("2025-12-10").published("2025-12-09").build());
        assertEquals("published", e.field());
        assertEquals("2025-12-09T00:00:00Z", e.value());
        assertTrue(e.getMessage().contains("is earlier than occurred (2025-12-10T00:00:00Z)"), e.getMessage());
    }

    @Test
    void outOfRangeFieldsAreRejected() {
        assertEquals("credibility", assertThrows(InvalidInputException.class,
                () -> Event.builder("e", "t").occurred("2025-01-01").credibility(1.3).build()).field());
        assertEquals("credibility", assertThrows(InvalidInputException.class,
                () -> Event.builder("e", "t").occurred("2025-01-01").credibility(Double.NaN).build()).field());
        assertEquals("magnitude", assertThrows(InvalidInputException.class,
                () -> Event.builder("e", "t").occurred("2025-01-01").magnitude(-5).build()).field());
        assertEquals("magnitude", assertThrows(InvalidInputException.class,
                () -> Event.builder("e", "t").occurred("2025-01-01").magnitude(Double.POSITIVE_INFINITY).build())
                .field());
        assertEquals("occurred", assertThrows(InvalidInputException.class,
                () -> Event.builder("e", "t").build()).field());
        assertEquals("type", assertThrows(InvalidInputException.class,
                () -> Event.builder("e", " ").occurred("2025-01-01").build()).field());
        assertEquals("entities", assertThrows(InvalidInputException.class,
                () -> Event.builder("e", "t").occurred("2025-01-01").entities("").build()).field());
    }

    @Test
    void serialisesToJsonWithIsoTimes() {
        Event e = Event.builder("e1", "sovereign-fund-shift").occurred("2025-12-04")
                .published("2025-12-05T14:00:00Z").entities("Japan").magnitude(5.5e11).credibility(0.8)
                .attribute("k", "v").build();
        JsonNode json = ForecastJson.mapper().readTree(ForecastJson.toJsonLine(e));
        assertEquals("2025-12-04T00:00:00Z", json.get("occurred").asString());
        assertEquals("2025-12-05T14:00:00Z", json.get("published").asString());
        assertEquals(5.5e11, json.get("magnitude").doubleValue());
        assertFalse(json.has("source"), "absent fields are omitted");
        assertEquals("v", json.get("attributes").get("k").asString());
    }

    @Test
    void questionValidatesAndFindsTheLatestPrice() {
        Question q = Question.builder("q").opened("2025-12-01").deadline("2026-12-31")
                .price("2026-01-15", 0.36).price("2025-12-05", 0.31).price("2026-01-15", 0.40).build();
        assertEquals(0.31, q.prices().get(0).price(), "sorted by time");
        assertNull(q.latestPrice(Instant.parse("2025-12-04T23:59:59Z")));
        assertEquals(0.31, q.latestPrice(Instant.parse("2025-12-05T00:00:00Z")).price(), "at t is included");
        assertEquals(0.40, q.latestPrice(Instant.parse("2026-01-15T00:00:00Z")).price(),
                "of two prices at one time, the last given");
        assertTrue(q.withoutHindsight().prices().isEmpty());
        assertFalse(q.isResolved());
        assertEquals("deadline", assertThrows(InvalidInputException.class, () -> Question.builder("q")
                .opened("2026-01-01").deadline("2026-01-01").build()).field());
        assertEquals("price", assertThrows(InvalidInputException.class, () -> new PricePoint(Instant.EPOCH, 1.2))
                .field());
        Question resolved = Question.builder("r").opened("2025-01-01").deadline("2025-06-01")
                .resolved(Instant.parse("2025-05-01T00:00:00Z"), true).build();
        assertTrue(resolved.isResolved());
        assertEquals(Boolean.TRUE, resolved.outcome());
    }
}
