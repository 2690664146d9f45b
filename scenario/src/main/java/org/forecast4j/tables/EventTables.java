package org.forecast4j.tables;

import java.util.List;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Events as a Tablesaw table. Static and thread-safe. */
public final class EventTables {

    private EventTables() {
    }

    /**
     * @param log an event log
     * @return its events in publication order, as {@link #of(List, String)} with the name {@code events}
     */
    public static Table of(EventLog log) {
        return of(log.events(), "events");
    }

    /**
     * One row per event with the columns {@code id}, {@code type}, {@code occurred}, {@code published}
     * (instants), {@code entities} (joined with {@code ;}), {@code magnitude} (missing when absent),
     * {@code credibility}, {@code source}, {@code text} and {@code attributes} ({@code key=value} joined with
     * {@code ;}).
     *
     * @param events the events, in the order wanted
     * @param name the table's name
     * @return a new table
     */
    public static Table of(List<Event> events, String name) {
        StringColumn id = StringColumn.create("id");
        StringColumn type = StringColumn.create("type");
        InstantColumn occurred = InstantColumn.create("occurred");
        InstantColumn published = InstantColumn.create("published");
        StringColumn entities = StringColumn.create("entities");
        DoubleColumn magnitude = DoubleColumn.create("magnitude");
        DoubleColumn credibility = DoubleColumn.create("credibility");
        StringColumn source = StringColumn.create("source");
        StringColumn text = StringColumn.create("text");
        StringColumn attributes = StringColumn.create("attributes");
        for (Event e : events) {
            id.append(e.id());
            type.append(e.type());
            occurred.append(e.occurred());
            published.append(e.published());
            entities.append(String.join(";", e.entities()));
            if (e.hasMagnitude()) {
                magnitude.append(e.magnitudeOr(0));
            } else {
                magnitude.appendMissing();
            }
            credibility.append(e.credibility());
            source.append(e.source() == null ? "" : e.source());
            text.append(e.text() == null ? "" : e.text());
            StringBuilder sb = new StringBuilder();
            e.attributes().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
            attributes.append(sb.toString());
        }
        return Table.create(name, id, type, occurred, published, entities, magnitude, credibility, source, text,
                attributes);
    }
}
