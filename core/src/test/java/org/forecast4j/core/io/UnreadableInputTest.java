package org.forecast4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Reasons a person can act on: why a file cannot be read, and a number beyond a double. */
class UnreadableInputTest {

    @Test
    void eachIoFailureSaysWhyInWords() {
        assertEquals("f.csv: is not UTF-8 text (is it a binary file, or in another encoding?)",
                InvalidInputException.unreadable("f.csv", new MalformedInputException(1)).getMessage());
        assertEquals("f.csv: file not found",
                InvalidInputException.unreadable("f.csv", new NoSuchFileException("f.csv")).getMessage());
        assertEquals("f.csv: cannot be read: permission denied",
                InvalidInputException.unreadable("f.csv", new AccessDeniedException("f.csv")).getMessage());
        assertEquals("d: is a folder, not a file",
                InvalidInputException.unreadable("d", new java.io.IOException("Is a directory")).getMessage());
    }

    @Test
    void aNumberBeyondADoubleIsNotQuotedBackAsInfinity() {
        ObjectNode node = (ObjectNode) ForecastJson.mapper().readTree("{\"x\": 1e400, \"y\": \"1\"}");
        JsonRecord record = JsonRecord.of(node, "s.json", "");
        InvalidInputException big = assertThrows(InvalidInputException.class, () -> record.number("x"));
        assertEquals("s.json, field 'x': is a number beyond the range of a double (about ±1.8e308)",
                big.getMessage());
        InvalidInputException text = assertThrows(InvalidInputException.class, () -> record.number("y"));
        assertEquals("s.json, field 'y': value '\"1\"' is not a finite number", text.getMessage());
    }

    @Test
    void malformedJsonMessagesCarryNoJacksonInternals(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("m.json"), "{\"a\": [1\n }");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ForecastJson.readTree(file));
        assertEquals(file + " line 2: malformed JSON: Unexpected close marker '}': expected ']' (for an array"
                + " opened earlier)", e.getMessage());
        assertEquals("Unexpected character (','): was expecting double-quote",
                ForecastJson.plain("Unexpected character (',' (code 44)): was expecting double-quote\n at [Source:"
                        + " REDACTED; line: 1, column: 3]"));
    }
}
