package org.forecast4j.tables;

import org.forecast4j.features.extract.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Extracted features as a Tablesaw table. Static and thread-safe. */
public final class FeatureTables {

    private FeatureTables() {
    }

    /**
     * @param matrix the features
     * @return a new table with a {@code question} string column, an {@code at} instant column and one double
     *     column per feature, named as in the spec
     */
    public static Table of(FeatureMatrix matrix) {
        StringColumn question = StringColumn.create("question");
        InstantColumn at = InstantColumn.create("at");
        DoubleColumn[] columns = new DoubleColumn[matrix.schema().size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = DoubleColumn.create(matrix.schema().name(c));
        }
        for (int r = 0; r < matrix.rowCount(); r++) {
            question.append(matrix.questionId(r));
            at.append(matrix.time(r));
            for (int c = 0; c < columns.length; c++) {
                columns[c].append(matrix.value(r, c));
            }
        }
        Table table = Table.create("features", question, at);
        table.addColumns(columns);
        return table;
    }
}
