package org.forecast4j.features.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable table(String text) {
        return CsvTable.read(CsvReader.of("t.csv", new StringReader(text)));
    }

    @Test
    void typedColumnsAndMatrix() {
        CsvTable t = table("a,b,y,p\n1,2.5,yes,0.1\n\n3,-4,0,1\n");
        assertEquals(2, t.rowCount());
        assertEquals(4, t.line(1));
        assertArrayEquals(new double[][] {{2.5, 1}, {-4, 3}}, t.numericMatrix(List.of("b", "a")));
        assertArrayEquals(new boolean[] {true, false}, t.outcomeColumn("y"));
        assertArrayEquals(new double[] {0.1, 1}, t.probabilityColumn("p"));
        assertEquals(List.of("yes", "0"), t.textColumn("y"));
    }

    @Test
    void errorsNameTheCell() {
        CsvTable t = table("a,p\n1,0.5\nx,1.5\n");
        assertEquals("t.csv line 3, field 'a': value 'x' is not a number",
                assertThrows(InvalidInputException.class, () -> t.numericColumn("a")).getMessage());
        assertEquals("t.csv line 3, field 'p': value '1.5' is not a probability in [0, 1]",
                assertThrows(InvalidInputException.class, () -> t.probabilityColumn("p")).getMessage());
        assertEquals("t.csv, field 'z': is not a column of this file (columns: a, p)",
                assertThrows(InvalidInputException.class, () -> t.numericMatrix(List.of("p", "z"))).getMessage());
    }
}
