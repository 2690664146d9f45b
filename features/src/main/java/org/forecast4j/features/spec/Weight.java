package org.forecast4j.features.spec;

import org.forecast4j.features.event.Event;

/** The weight of each event in a {@link FeatureKind#DECAYED_SUM}. */
public enum Weight {
    /** The event's credibility, in [0, 1]. */
    CREDIBILITY("credibility"),
    /** 1 for every event. */
    ONE("one");

    private final String label;

    Weight(String label) {
        this.label = label;
    }

    /** @return the name used in spec files */
    public String label() {
        return label;
    }

    /**
     * @param label a name used in spec files
     * @return the weight, or {@code null} if unknown
     */
    public static Weight fromLabel(String label) {
        for (Weight w : values()) {
            if (w.label.equals(label)) {
                return w;
            }
        }
        return null;
    }

    /**
     * @param event an event
     * @return its weight
     */
    public double of(Event event) {
        return this == ONE ? 1.0 : event.credibility();
    }
}
