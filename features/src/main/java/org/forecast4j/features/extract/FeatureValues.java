package org.forecast4j.features.extract;

import java.time.Instant;
import java.util.List;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.features.event.Event;

/**
 * The features of one question as of one time, with the events behind each: what a forecast is explained
 * with. Immutable; array accessors return copies.
 */
public final class FeatureValues {
    private final String questionId;
    private final Instant asOf;
    private final FeatureSchema schema;
    private final double[] raw;
    private final double[] values;
    private final List<List<Event>> events;

    FeatureValues(String questionId, Instant asOf, FeatureSchema schema, double[] raw, double[] values,
            List<List<Event>> events) {
        this.questionId = questionId;
        this.asOf = asOf;
        this.schema = schema;
        this.raw = raw;
        this.values = values;
        this.events = events;
    }

    /** @return the question's id */
    public String questionId() {
        return questionId;
    }

    /** @return the time the features are as of */
    public Instant asOf() {
        return asOf;
    }

    /** @return the feature names in order */
    public FeatureSchema schema() {
        return schema;
    }

    /** @return the number of features */
    public int size() {
        return values.length;
    }

    /** @return the feature values after transforms, in schema order (a copy) */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param i a feature position
     * @return its value after the transform
     */
    public double value(int i) {
        return values[i];
    }

    /**
     * @param i a feature position
     * @return its value before the transform
     */
    public double rawValue(int i) {
        return raw[i];
    }

    /**
     * The events behind a feature: for a decayed sum and a log magnitude every event of its type, for a count
     * those inside the window, for days-since the latest one; none for features of the question alone.
     *
     * @param i a feature position
     * @return the events, in publication order, unmodifiable
     */
    public List<Event> events(int i) {
        return events.get(i);
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("feature", "raw", "value", "events");
        for (int i = 0; i < values.length; i++) {
            table.row(schema.name(i), TextTable.number(raw[i]), TextTable.number(values[i]), events.get(i).size());
        }
        return "features of " + questionId + " as of " + asOf + "\n" + table;
    }
}
