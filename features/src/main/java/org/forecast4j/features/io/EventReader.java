package org.forecast4j.features.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.io.JsonRecord;
import org.forecast4j.features.csv.CsvReader;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Times;

/**
 * Reads {@link Event}s from JSON Lines or CSV. Static and thread-safe.
 *
 * <h2>JSON Lines</h2>
 * One object per line with the fields {@code id}, {@code type}, {@code occurred} (required), {@code published},
 * {@code entities} (array of strings), {@code magnitude}, {@code credibility}, {@code source}, {@code text} and
 * {@code attributes} (an object of strings, numbers or booleans):
 * <pre>{@code
 * {"id":"e1","type":"sovereign-fund-shift","occurred":"2025-12-05","published":"2025-12-05T18:00:00Z","entities":["SoftBank","Japan"],"magnitude":5.5e11,"credibility":0.8,"source":"WSJ"}
 * }</pre>
 *
 * <h2>CSV</h2>
 * A header row with the columns {@code id}, {@code type}, {@code occurred} (required) and optionally
 * {@code published}, {@code entities} (names separated by {@code ;}), {@code magnitude}, {@code credibility},
 * {@code source}, {@code text}, and {@code attributes.NAME} for a free attribute {@code NAME}. An empty cell
 * is an absent value. Any other column is an error, so a misspelt column cannot be silently ignored.
 *
 * <p>Every error names the file, line, field and value; two events with the same id are an error naming the
 * line of the second.
 */
public final class EventReader {
    /** The fields of an event object in JSON Lines. */
    public static final List<String> FIELDS = List.of("id", "type", "occurred", "published", "entities",
            "magnitude", "credibility", "source", "text", "attributes");

    /** The prefix of CSV columns holding free attributes. */
    public static final String ATTRIBUTE_PREFIX = "attributes.";

    private EventReader() {
    }

    /**
     * Reads events from a file: CSV if its name ends in {@code .csv}, JSON Lines otherwise.
     *
     * @param file the file
     * @return the events in file order
     * @throws InvalidInputException if the file is missing or holds a bad event
     */
    public static List<Event> read(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(file)
                : readJsonLines(file);
    }

    /**
     * Reads events from a file (see {@link #read(Path)}) into a log.
     *
     * @param file the file
     * @return the log
     * @throws InvalidInputException if the file is missing or holds a bad event
     */
    public static EventLog readLog(Path file) {
        return EventLog.of(read(file));
    }

    /**
     * @param file a JSON Lines file
     * @return the events in file order
     * @throws InvalidInputException naming the file, line, field and value of the first bad one
     */
    public static List<Event> readJsonLines(Path file) {
        return fromRecords(JsonRecords.readLines(file));
    }

    /**
     * @param source the name used in messages
     * @param text JSON Lines text
     * @return the events in order
     * @throws InvalidInputException naming the line, field and value of the first bad one
     */
    public static List<Event> readJsonLines(String source, String text) {
        return fromRecords(JsonRecords.readLines(source, text));
    }

    private static List<Event> fromRecords(List<JsonRecord> records) {
        List<Event> events = new ArrayList<>(records.size());
        Map<String, Long> seen = new HashMap<>();
        for (JsonRecord record : records) {
            Event event = fromRecord(record);
            Long first = seen.putIfAbsent(event.id(), record.line());
            if (first != null) {
                throw record.invalid("id", event.id(), "appears twice (first on line " + first + ")");
            }
            events.add(event);
        }
        return events;
    }

    /**
     * Builds one event from a JSON object.
     *
     * @param record the object
     * @return the event
     * @throws InvalidInputException naming the file, line, field and value of a bad field
     */
    public static Event fromRecord(JsonRecord record) {
        record.requireOnly(FIELDS, "an event");
        String id = record.text("id");
        String type = record.text("type");
        Instant occurred = record.instant("occurred");
        Instant published = record.optionalInstant("published");
        List<String> entities = record.stringList("entities");
        double magnitude = record.optionalNumber("magnitude", Double.NaN);
        double credibility = record.optionalNumber("credibility", 1.0);
        try {
            return new Event(id, type, occurred, published, entities, Double.isNaN(magnitude) ? null : magnitude,
                    credibility, record.optionalText("source"), record.optionalText("text"),
                    record.stringMap("attributes"));
        } catch (InvalidInputException e) {
            throw record.locate(e);
        }
    }

    /**
     * @param file a CSV file with the columns described in the class documentation
     * @return the events in file order
     * @throws InvalidInputException naming the file, line, column and value of the first bad one
     */
    public static List<Event> readCsv(Path file) {
        try (CsvReader csv = CsvReader.open(file)) {
            return readCsv(csv);
        }
    }

    /**
     * @param csv an open reader positioned before its first record
     * @return the events in order
     * @throws InvalidInputException naming the file, line, column and value of the first bad one
     */
    public static List<Event> readCsv(CsvReader csv) {
        List<String> header = csv.header();
        Map<String, Integer> attributeColumns = new TreeMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.startsWith(ATTRIBUTE_PREFIX) && name.length() > ATTRIBUTE_PREFIX.length()) {
                attributeColumns.put(name.substring(ATTRIBUTE_PREFIX.length()), c);
            } else if (!FIELDS.contains(name) || name.equals("attributes")) {
                throw new InvalidInputException(csv.source(), 1, name, null, "is not an event column (columns: "
                        + String.join(", ", FIELDS.subList(0, 9)) + ", and " + ATTRIBUTE_PREFIX + "NAME)");
            }
        }
        int id = csv.column("id");
        int type = csv.column("type");
        int occurred = csv.column("occurred");
        int published = optionalColumn(csv, "published");
        int entities = optionalColumn(csv, "entities");
        int magnitude = optionalColumn(csv, "magnitude");
        int credibility = optionalColumn(csv, "credibility");
        int source = optionalColumn(csv, "source");
        int text = optionalColumn(csv, "text");
        List<Event> events = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        while (csv.next()) {
            Instant occurredAt = time(csv, occurred);
            if (occurredAt == null) {
                throw csv.invalid(occurred, "is required");
            }
            Map<String, String> attributes = new TreeMap<>();
            attributeColumns.forEach((name, c) -> {
                if (!csv.field(c).isEmpty()) {
                    attributes.put(name, csv.field(c));
                }
            });
            Event event;
            try {
                event = new Event(csv.field(id).trim(), csv.field(type).trim(), occurredAt, time(csv, published),
                        entities < 0 ? List.of() : splitEntities(csv.field(entities)),
                        magnitude < 0 || csv.field(magnitude).isBlank() ? null : csv.number(magnitude),
                        credibility < 0 || csv.field(credibility).isBlank() ? 1.0 : csv.number(credibility),
                        text(csv, source), text(csv, text), attributes);
            } catch (InvalidInputException e) {
                if (e.source() != null) {
                    throw e;
                }
                throw new InvalidInputException(csv.source(), csv.line(), e.field(), e.value(), e.problem(), e);
            }
            Long first = seen.putIfAbsent(event.id(), csv.line());
            if (first != null) {
                throw csv.invalid(id, "appears twice (first on line " + first + ")");
            }
            events.add(event);
        }
        return events;
    }

    private static int optionalColumn(CsvReader csv, String name) {
        return csv.hasColumn(name) ? csv.column(name) : -1;
    }

    private static Instant time(CsvReader csv, int column) {
        if (column < 0 || csv.field(column).isBlank()) {
            return null;
        }
        try {
            return Times.parse(csv.field(column));
        } catch (IllegalArgumentException e) {
            throw csv.invalid(column, e.getMessage());
        }
    }

    private static String text(CsvReader csv, int column) {
        return column < 0 || csv.field(column).isEmpty() ? null : csv.field(column);
    }

    private static List<String> splitEntities(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return names;
    }
}
