package org.forecast4j.features.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventReaderTest {
    static final Path EXAMPLES = Path.of("src/test/resources/examples");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsTheJsonLinesExample() {
        List<Event> events = EventReader.read(EXAMPLES.resolve("events.jsonl"));
        assertEquals(5, events.size());
        Event e1 = events.get(0);
        assertEquals("sovereign-fund-shift", e1.type());
        assertEquals(Instant.parse("2025-12-04T00:00:00Z"), e1.occurred());
        assertEquals(Instant.parse("2025-12-05T14:00:00Z"), e1.published());
        assertEquals(List.of("SoftBank", "Japan", "Trump"), e1.entities());
        assertEquals(5.5e11, e1.magnitudeOr(0));
        assertEquals(0.8, e1.credibility());
        assertEquals(events.get(1).occurred(), events.get(1).published(), "published defaults to occurred");
        assertEquals(Map.of("partner", "a chip maker"), events.get(3).attributes());
    }

    @Test
    void csvAndJsonLinesExamplesHoldTheSameEvents() {
        List<Event> json = EventReader.read(EXAMPLES.resolve("events.jsonl"));
        List<Event> csv = EventReader.read(EXAMPLES.resolve("events.csv"));
        assertEquals(json.size(), csv.size());
        for (int i = 0; i < json.size(); i++) {
            Event a = json.get(i);
            Event b = csv.get(i);
            // The JSON file gives text only for some events; the CSV likewise; everything else must agree.
            assertEquals(new Event(a.id(), a.type(), a.occurred(), a.published(), a.entities(), a.magnitude(),
                    a.credibility(), a.source(), b.text(), a.attributes()), b, "event " + a.id());
        }
        assertNull(csv.get(2).text(), "an empty cell is an absent value");
        EventLog log = EventReader.readLog(EXAMPLES.resolve("events.csv"));
        assertEquals(5, log.size());
    }

    @Test
    void jsonErrorsNameFileLineFieldAndValue() throws IOException {
        String good = "{\"id\":\"a\",\"type\":\"t\",\"occurred\":\"2025-01-01\"}\n";
        Path malformed = file("m.jsonl", good + "\n{\"id\":\"b\",\"type\":\"t\",\"occurred\":\"2025-01-01\"\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EventReader.read(malformed));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(malformed + " line 3: malformed JSON"), e.getMessage());

        Path unknown = file("u.jsonl", good + "{\"id\":\"b\",\"type\":\"t\",\"ocurred\":\"2025-01-01\"}\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(unknown));
        assertTrue(e.getMessage().startsWith(unknown + " line 2, field 'ocurred': is not a field of an event"),
                e.getMessage());

        Path time = file("t.jsonl", good + "{\"id\":\"b\",\"type\":\"t\",\"occurred\":\"yesterday\"}\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(time));
        assertTrue(e.getMessage().startsWith(time + " line 2, field 'occurred': value 'yesterday' is not an ISO-8601"),
                e.getMessage());

        Path early = file("p.jsonl", good + "{\"id\":\"b\",\"type\":\"t\",\"occurred\":\"2025-01-02\","
                + "\"published\":\"2025-01-01\"}\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(early));
        assertEquals(early + " line 2, field 'published': value '2025-01-01T00:00:00Z' is earlier than occurred"
                + " (2025-01-02T00:00:00Z): an event cannot be published before it happens", e.getMessage());

        Path credibility = file("c.jsonl", good + "{\"id\":\"b\",\"type\":\"t\",\"occurred\":\"2025-01-02\","
                + "\"credibility\":1.3}\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(credibility));
        assertEquals(credibility + " line 2, field 'credibility': value '1.3' is not in [0, 1]", e.getMessage());

        Path type = file("y.jsonl", "{\"id\":\"b\",\"type\":3,\"occurred\":\"2025-01-02\"}\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(type));
        assertEquals(type + " line 1, field 'type': value '3' is not a string", e.getMessage());

        Path entities = file("n.jsonl", "{\"id\":\"b\",\"type\":\"t\",\"occurred\":\"2025-01-02\",\"entities\":\"X\"}");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(entities));
        assertEquals("entities", e.field());

        Path twice = file("d.jsonl", good + good);
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(twice));
        assertEquals(twice + " line 2, field 'id': value 'a' appears twice (first on line 1)", e.getMessage());

        Path trailing = file("x.jsonl", good.trim() + " {}\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(trailing));
        assertEquals(1, e.line());

        e = assertThrows(InvalidInputException.class, () -> EventReader.read(dir.resolve("none.jsonl")));
        assertTrue(e.getMessage().endsWith("file not found"), e.getMessage());
    }

    @Test
    void csvErrorsNameFileLineColumnAndValue() throws IOException {
        Path magnitude = file("m.csv", "id,type,occurred,magnitude\na,t,2025-01-01,5\nb,t,2025-01-01,lots\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EventReader.read(magnitude));
        assertEquals(magnitude + " line 3, field 'magnitude': value 'lots' is not a number", e.getMessage());

        Path column = file("c.csv", "id,type,occurred,publshed\na,t,2025-01-01,2025-01-02\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(column));
        assertTrue(e.getMessage().startsWith(column + " line 1, field 'publshed': is not an event column"),
                e.getMessage());

        Path missing = file("r.csv", "id,occurred\na,2025-01-01\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(missing));
        assertTrue(e.getMessage().contains("field 'type': is not a column"), e.getMessage());

        Path early = file("e.csv", "id,type,occurred,published\na,t,2025-01-02,2025-01-01\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(early));
        assertTrue(e.getMessage().startsWith(early + " line 2, field 'published': value '2025-01-01T00:00:00Z' is"
                + " earlier than occurred"), e.getMessage());

        Path credibility = file("k.csv", "id,type,occurred,credibility\na,t,2025-01-02,-0.1\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(credibility));
        assertEquals(credibility + " line 2, field 'credibility': value '-0.1' is not in [0, 1]", e.getMessage());

        Path time = file("t.csv", "id,type,occurred\na,t,2025-02-30\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(time));
        assertTrue(e.getMessage().startsWith(time + " line 2, field 'occurred': value '2025-02-30' is not an"),
                e.getMessage());

        Path twice = file("d.csv", "id,type,occurred\na,t,2025-01-01\na,t,2025-01-02\n");
        e = assertThrows(InvalidInputException.class, () -> EventReader.read(twice));
        assertEquals(twice + " line 3, field 'id': value 'a' appears twice (first on line 2)", e.getMessage());
    }
}
