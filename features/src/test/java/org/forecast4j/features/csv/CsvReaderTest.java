package org.forecast4j.features.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private static CsvReader csv(String text) {
        return CsvReader.of("t.csv", new StringReader(text));
    }

    @Test
    void readsQuotedFieldsAndCountsPhysicalLines() {
        try (CsvReader r = csv("\uFEFFid,text,p\r\n1,\"a, b\",0.5\r\n\r\n2,\"two\nlines \"\"quoted\"\"\",1\n3,plain,0\n")) {
            assertEquals(List.of("id", "text", "p"), r.header());
            assertTrue(r.next());
            assertEquals(2, r.line());
            assertEquals("a, b", r.field(1));
            assertTrue(r.next());
            assertEquals(4, r.line());
            assertEquals("two\nlines \"quoted\"", r.field(1));
            assertEquals(1.0, r.probability(2));
            assertTrue(r.next());
            assertEquals(6, r.line());
            assertFalse(r.next());
        }
    }

    @Test
    void lastRecordWithoutNewlineAndLoneCarriageReturns() {
        try (CsvReader r = csv("a,b\r1,2\r3,4")) {
            assertTrue(r.next());
            assertEquals(2, r.line());
            assertTrue(r.next());
            assertEquals("4", r.field(1));
            assertEquals(3, r.line());
            assertFalse(r.next());
        }
    }

    @Test
    void parsesOutcomesInTheirAcceptedSpellings() {
        try (CsvReader r = csv("y\n1\nTRUE\n yes \n0\nfalse\nNo\n0.0\nmaybe\n")) {
            boolean[] expected = {true, true, true, false, false, false, false};
            for (boolean e : expected) {
                assertTrue(r.next());
                assertEquals(e, r.outcome(0));
            }
            assertTrue(r.next());
            InvalidInputException bad = assertThrows(InvalidInputException.class, () -> r.outcome(0));
            assertEquals("t.csv line 9, field 'y': value 'maybe' is not an outcome (expected 0/1, true/false or"
                    + " yes/no)", bad.getMessage());
        }
    }

    @Test
    void errorsNameFileLineColumnAndValue() {
        try (CsvReader r = csv("p,outcome\n0.2,1\n1.3,0\nNaN,1\n,0\nabc,1\n")) {
            int p = r.column("p");
            r.next();
            assertEquals(0.2, r.probability(p));
            r.next();
            assertEquals("t.csv line 3, field 'p': value '1.3' is not a probability in [0, 1]",
                    assertThrows(InvalidInputException.class, () -> r.probability(p)).getMessage());
            r.next();
            assertEquals("t.csv line 4, field 'p': value 'NaN' is not a finite number",
                    assertThrows(InvalidInputException.class, () -> r.probability(p)).getMessage());
            r.next();
            assertEquals("t.csv line 5, field 'p': value '' is empty, expected a number",
                    assertThrows(InvalidInputException.class, () -> r.probability(p)).getMessage());
            r.next();
            assertEquals("t.csv line 6, field 'p': value 'abc' is not a number",
                    assertThrows(InvalidInputException.class, () -> r.number(p)).getMessage());
            assertEquals("t.csv, field 'prob': is not a column of this file (columns: p, outcome)",
                    assertThrows(InvalidInputException.class, () -> r.column("prob")).getMessage());
        }
    }

    @Test
    void structuralErrors() throws IOException {
        assertEquals("t.csv: is empty: expected a header row",
                assertThrows(InvalidInputException.class, () -> csv("")).getMessage());
        try (CsvReader r = csv("a,b\n1,2,3\n")) {
            assertEquals("t.csv line 2: has 3 fields but the header has 2 (a, b)",
                    assertThrows(InvalidInputException.class, r::next).getMessage());
        }
        try (CsvReader r = csv("a,b\n1,\"open\n")) {
            assertTrue(assertThrows(InvalidInputException.class, r::next).getMessage()
                    .contains("line 2: has a quoted field that never ends"));
        }
        assertTrue(assertThrows(InvalidInputException.class, () -> csv("a,a\n")).getMessage()
                .contains("appears twice"));
        Path missing = dir.resolve("missing.csv");
        assertEquals(missing + ": file not found",
                assertThrows(InvalidInputException.class, () -> CsvReader.open(missing)).getMessage());
    }

    @Test
    void writerRoundTripsThroughTheReaderAndIsAtomic() throws IOException {
        Path file = dir.resolve("out/f.csv");
        try (CsvWriter w = CsvWriter.create(file, List.of("id", "text", "p"))) {
            w.row("q1", "has, comma", 0.1);
            w.row("q2", "has \"quote\"\nand newline", null);
            w.commit();
        }
        try (CsvReader r = CsvReader.open(file)) {
            assertTrue(r.next());
            assertEquals("has, comma", r.field(1));
            assertEquals(0.1, r.number(2));
            assertTrue(r.next());
            assertEquals("has \"quote\"\nand newline", r.field(1));
            assertEquals("", r.field(2));
        }
        Path untouched = dir.resolve("g.csv");
        Files.writeString(untouched, "old\n");
        try (CsvWriter w = CsvWriter.create(untouched, List.of("a"))) {
            w.row("half");
            // no commit: an exception in real code would leave here
        }
        assertEquals("old\n", Files.readString(untouched));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
        StringWriter text = new StringWriter();
        CsvWriter.to(text, List.of("x")).row(1.5).commit();
        assertEquals("x\n1.5\n", text.toString());
    }
}
