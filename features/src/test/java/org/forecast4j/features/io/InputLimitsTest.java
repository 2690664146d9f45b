package org.forecast4j.features.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.core.io.InputLimits;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.csv.CsvReader;
import org.forecast4j.features.spec.FeatureSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile sizes are refused with the file and line named, before they can exhaust memory. */
class InputLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aLineWithNoNewlineIsRefusedAtTheLimitNotReadWhole() throws IOException {
        Path file = dir.resolve("events.jsonl");
        String good = "{\"id\":\"a\",\"type\":\"t\",\"occurred\":\"2026-01-01\",\"published\":\"2026-01-01\","
                + "\"entities\":[\"x\"]}\n";
        Files.writeString(file, good + "{\"id\":\"" + "x".repeat(InputLimits.MAX_LINE_CHARS + 10));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EventReader.readJsonLines(file));
        assertEquals(file + " line 2: is longer than 1048576 characters for a line of JSON Lines (a missing newline"
                + " or an unterminated quote?)", e.getMessage());
    }

    @Test
    void anUnterminatedQuoteInCsvIsRefusedAtTheLimit() {
        String csv = "id,type\n\"a" + ",b\n".repeat(InputLimits.MAX_LINE_CHARS / 3 + 10);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
            try (CsvReader reader = CsvReader.of("events.csv", new StringReader(csv))) {
                while (reader.next()) {
                    reader.record();
                }
            }
        });
        assertTrue(e.getMessage().startsWith("events.csv line 2: is longer than 1048576 characters for a CSV record"),
                e.getMessage());
    }

    @Test
    void deepNestingLongNumbersAndHugeFilesAreRefused() throws IOException {
        String deep = "{\"features\":" + "[".repeat(100) + "]".repeat(100) + "}";
        InvalidInputException nesting = assertThrows(InvalidInputException.class,
                () -> FeatureSpec.parse("spec.json", deep));
        assertTrue(nesting.getMessage().startsWith("spec.json line 1"), nesting.getMessage());
        assertEquals("spec.json line 1: malformed JSON: Document nesting depth (65) exceeds the maximum allowed (64;"
                + " see InputLimits)", nesting.getMessage());

        String longNumber = "{\"id\":\"a\",\"type\":\"t\",\"occurred\":\"2026-01-01\",\"published\":\"2026-01-01\","
                + "\"entities\":[\"x\"],\"magnitude\":1" + "0".repeat(200) + "}";
        InvalidInputException number = assertThrows(InvalidInputException.class,
                () -> EventReader.readJsonLines("e.jsonl", longNumber));
        assertTrue(number.getMessage().startsWith("e.jsonl line 1"), number.getMessage());
        assertTrue(number.getMessage().contains("Number value length") && number.getMessage().endsWith(
                "(100; see InputLimits)"), number.getMessage());

        Path huge = dir.resolve("questions.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.write('[');
            sparse.setLength(InputLimits.MAX_DOCUMENT_BYTES + 1); // sparse: no disk used
        }
        InvalidInputException size = assertThrows(InvalidInputException.class, () -> QuestionReader.read(huge));
        assertEquals(huge + ": is 268435457 bytes; a JSON document is limited to 268435456 bytes (256 MiB): is this"
                + " the right file?", size.getMessage());
    }
}
