package org.forecast4j.features.spec;

import java.util.List;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.Question;

/** Which events are about which question. */
public enum Match {
    /** An event is about a question when they share an entity; a question with no entities sees every event. */
    ENTITIES("entities"),
    /** Every event is about every question. */
    ALL("all");

    private final String label;

    Match(String label) {
        this.label = label;
    }

    /** @return the name used in spec files */
    public String label() {
        return label;
    }

    /**
     * @param label a name used in spec files
     * @return the match mode, or {@code null} if unknown
     */
    public static Match fromLabel(String label) {
        for (Match m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether an event is about a question. Allocation-free.
     *
     * @param question the question
     * @param event the event
     * @return whether the event counts for the question's features
     */
    public boolean isAbout(Question question, Event event) {
        if (this == ALL) {
            return true;
        }
        List<String> entities = question.entities();
        if (entities.isEmpty()) {
            return true;
        }
        List<String> eventEntities = event.entities();
        for (int i = 0; i < eventEntities.size(); i++) {
            if (entities.contains(eventEntities.get(i))) {
                return true;
            }
        }
        return false;
    }
}
