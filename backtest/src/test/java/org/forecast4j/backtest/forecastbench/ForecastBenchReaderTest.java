package org.forecast4j.backtest.forecastbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.csv.CsvReader;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.junit.jupiter.api.Test;

class ForecastBenchReaderTest {
    private static final String HEADER = "round,source,id,freeze,price,open,close,resolved,outcome,question\n";

    private static List<Question> read(String body) {
        return ForecastBenchReader.read(CsvReader.of("fb.csv", new StringReader(HEADER + body)));
    }

    private static Instant day(String d) {
        return Instant.parse(d + "T00:00:00Z");
    }

    @Test
    void groupsRowsIntoQuestionsWithPriceHistories() {
        List<Question> qs = read("""
                2024-07-21,manifold,abc,2024-07-12,0.75,2023-10-13,2025-01-01,2025-01-10,1,"Will it, at last?"
                2024-07-21,polymarket,0x1,2024-07-12,0.5,N/A,2024-12-01,2024-11-20,0,Storms?
                2024-08-21,manifold,abc,2024-08-12,0.8,2023-10-13,2025-01-01,2025-01-10,1,"Will it, at last?"
                2024-08-21,polymarket,0x1,2024-08-12,0.4,N/A,2024-12-31,2024-11-20,0,Storms?
                """);
        assertEquals(2, qs.size());
        Question a = qs.get(0);
        assertEquals("manifold:abc", a.id());
        assertEquals("Will it, at last?", a.text());
        assertEquals(day("2023-10-13"), a.opened());
        assertEquals(day("2025-01-01"), a.deadline());
        assertEquals(day("2025-01-11"), a.resolvedAt(), "the end of the resolution day");
        assertEquals(true, a.outcome());
        assertEquals(List.of("manifold"), a.entities());
        assertEquals(List.of(new PricePoint(day("2024-07-12"), 0.75, day("2025-01-01")),
                new PricePoint(day("2024-08-12"), 0.8, day("2025-01-01"))), a.prices());
        Question b = qs.get(1);
        assertEquals("polymarket:0x1", b.id());
        assertEquals(day("2024-07-12"), b.opened(), "no open date: the first freeze");
        // The close moved from 1 Dec to 31 Dec at the second freeze: the deadline is the close known when the
        // question was first seen, and each forecast sees the close known at its time.
        assertEquals(day("2024-12-01"), b.deadline(), "the close at the first freeze");
        assertEquals(day("2024-12-01"), b.deadlineAt(day("2024-08-11")));
        assertEquals(day("2024-12-31"), b.deadlineAt(day("2024-08-12")));
        assertEquals(false, b.outcome());
    }

    @Test
    void aMissingCloseUsesTheResolutionDateAndAnEarlyFreezeOpensTheQuestion() {
        Question q = read("r,infer,7,2024-07-01,0.3,2024-07-05,,2024-09-01,0,Q\n").get(0);
        assertEquals(day("2024-09-01"), q.deadline());
        assertEquals(day("2024-07-01"), q.opened(), "the price came before the stated open");
    }

    @Test
    void badRowsNameFileLineFieldAndValue() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                r,manifold,abc,2024-07-12,0.75,2023-10-13,2025-01-01,2025-01-10,1,Q
                r,manifold,abc,2024-08-12,0.8,2023-10-13,2025-01-01,2025-01-10,0,Q
                """));
        assertEquals("fb.csv", e.source());
        assertEquals(3, e.line());
        assertEquals("outcome", e.field());
        assertEquals("0", e.value());
        e = assertThrows(InvalidInputException.class,
                () -> read("r,manifold,abc,2024-07-12,1.3,2023-10-13,2025-01-01,2025-01-10,1,Q\n"));
        assertEquals("price", e.field());
        assertTrue(e.getMessage().startsWith("fb.csv line 2, field 'price': value '1.3'"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> read("r,manifold,abc,2024-13-12,0.3,2023-10-13,2025-01-01,2025-01-10,1,Q\n"));
        assertEquals("freeze", e.field());
        e = assertThrows(InvalidInputException.class,
                () -> read("r,manifold,abc,2024-07-12,0.3,2023-10-13,2025-01-01,N/A,1,Q\n"));
        assertEquals("resolved", e.field());
        e = assertThrows(InvalidInputException.class,
                () -> ForecastBenchReader.read(CsvReader.of("x.csv", new StringReader("source,id\nm,1\n"))));
        assertEquals("freeze", e.field());
    }
}
