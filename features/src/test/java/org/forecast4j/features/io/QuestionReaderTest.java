package org.forecast4j.features.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.event.Question;
import org.junit.jupiter.api.Test;

class QuestionReaderTest {

    @Test
    void readsTheJsonLinesExample() {
        List<Question> questions = QuestionReader.read(EventReaderTest.EXAMPLES.resolve("questions.jsonl"));
        assertEquals(2, questions.size());
        Question q = questions.get(0);
        assertEquals("potus-tokyo-2026", q.id());
        assertEquals(Instant.parse("2026-12-31T23:59:59Z"), q.deadline());
        assertEquals(List.of("Trump", "Japan"), q.entities());
        assertEquals(2, q.prices().size());
        assertEquals(0.36, q.prices().get(1).price());
        assertNull(q.outcome());
    }

    @Test
    void readsAJsonArrayWithLineNumbersPerElement() {
        String array = "[\n"
                + "  {\"id\": \"a\", \"opened\": \"2025-01-01\", \"deadline\": \"2025-06-01\", \"outcome\": true,\n"
                + "   \"resolvedAt\": \"2025-05-01\"},\n"
                + "  {\"id\": \"b\", \"opened\": \"2025-01-01\", \"deadline\": \"2025-06-01\"}\n"
                + "]\n";
        List<Question> questions = QuestionReader.read("q.json", array);
        assertEquals(2, questions.size());
        assertEquals(Boolean.TRUE, questions.get(0).outcome());

        String bad = "[\n"
                + "  {\"id\": \"a\", \"opened\": \"2025-01-01\", \"deadline\": \"2025-06-01\"},\n"
                + "  {\"id\": \"b\",\n"
                + "   \"opened\": \"2025-01-01\",\n"
                + "   \"deadline\": \"2024-06-01\"}\n"
                + "]\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QuestionReader.read("q.json", bad));
        assertEquals("q.json line 5, field 'deadline': value '2024-06-01T00:00:00Z' is not after opened"
                + " (2025-01-01T00:00:00Z)", e.getMessage());

        String price = "[\n"
                + "  {\"id\": \"a\", \"opened\": \"2025-01-01\", \"deadline\": \"2025-06-01\",\n"
                + "   \"prices\": [\n"
                + "     {\"time\": \"2025-01-02\", \"price\": 0.4},\n"
                + "     {\"time\": \"2025-01-03\", \"price\": 1.4}]}\n"
                + "]\n";
        e = assertThrows(InvalidInputException.class, () -> QuestionReader.read("q.json", price));
        assertEquals("q.json line 5, field 'prices[1].price': value '1.4' is not a price in [0, 1]", e.getMessage());

        String field = "{\"id\": \"a\", \"opened\": \"2025-01-01\", \"deadline\": \"2025-06-01\", \"outcome\": \"yes\"}";
        e = assertThrows(InvalidInputException.class, () -> QuestionReader.read("q.jsonl", field));
        assertEquals("q.jsonl line 1, field 'outcome': value '\"yes\"' is not true or false", e.getMessage());

        String unknown = "{\"id\": \"a\", \"opened\": \"2025-01-01\", \"deadline\": \"2025-06-01\", \"tags\": []}";
        e = assertThrows(InvalidInputException.class, () -> QuestionReader.read("q.jsonl", unknown));
        assertTrue(e.getMessage().startsWith("q.jsonl line 1, field 'tags': is not a field of a question"),
                e.getMessage());

        String notObject = "[1]";
        e = assertThrows(InvalidInputException.class, () -> QuestionReader.read("q.json", notObject));
        assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
    }
}
