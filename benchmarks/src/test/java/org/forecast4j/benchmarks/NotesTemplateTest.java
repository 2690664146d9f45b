package org.forecast4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NotesTemplateTest {

    @Test
    void everyPlaceholderInTheTemplateIsKnownToTheRenderer() {
        Set<String> used = NotesTemplate.placeholders(NotesTemplate.text());
        assertTrue(used.size() > 20, "the notes take their numbers from the run: " + used);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(NoteValues.names());
        assertEquals(Set.of(), unknown, "placeholders NoteValues does not define");
    }

    @Test
    void theTemplateQuotesNoMeasurement() {
        String text = NotesTemplate.text();
        for (String unit : new String[] {" ns", " ms", "×"}) {
            assertFalse(text.matches("(?s).*\\d" + unit + ".*"), "a fixed measurement in " + unit + ": " + text);
        }
    }

    @Test
    void fillsKnownNamesAndSaysNotInThisRunForUnknownOnesAndMissingResults() {
        RunResults empty = new RunResults(List.of());
        String filled = NotesTemplate.fill("a {{ no.such.name }} b {{live.eventThenProbability.ns}} c {{x y}} d {}",
                name -> NoteValues.value(name, empty));
        assertEquals("a n/a (not in this run) b n/a (not in this run) c {{x y}} d {}", filled);
        assertEquals("3×", NoteValues.value("targets.liveFloorRatio", empty), "a target is not measured");
        assertEquals(List.of("a.b", "c_d"), List.copyOf(NotesTemplate.placeholders("{{a.b}} {{c_d}} {{a.b}}")));
    }

    @Test
    void everyResultHasItsFourValues() {
        Set<String> names = NoteValues.names();
        for (String metric : new String[] {"score", "ns", "xFloor", "bytes"}) {
            assertTrue(names.contains("live.eventThenProbability." + metric), metric);
            assertTrue(names.contains("anchored.priceThenProbability." + metric), metric);
            assertTrue(names.contains("predict.vector.k1024.forecast4jMathExp." + metric), metric);
            assertTrue(names.contains("bayes.scalar.k32.moments." + metric), metric);
        }
    }

    @Test
    void unwrapsIndentedLinesIntoTheLineBefore() {
        assertEquals("- one two\n- three\n", NotesTemplate.unwrap("- one\n  two\n- three\n"));
    }
}
