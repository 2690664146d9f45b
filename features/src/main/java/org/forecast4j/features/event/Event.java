package org.forecast4j.features.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forecast4j.core.io.InvalidInputException;

/**
 * A dated piece of evidence: something of a {@code type} happened ({@code occurred}) and became known
 * ({@code published}), about some {@code entities}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Event e = Event.builder("e1", "sovereign-fund-shift")
 *         .occurred("2025-12-05").published("2025-12-06T09:00:00Z")
 *         .entities("SoftBank", "Japan").magnitude(5.5e11).credibility(0.8)
 *         .source("WSJ").build();
 * }</pre>
 *
 * @param id a non-blank identifier, unique within an {@link EventLog}
 * @param type a non-blank type such as {@code deal-finalization}; feature specs select events by type
 * @param occurred when it happened
 * @param published when it became known, never earlier than {@code occurred}; {@code null} in the
 *     constructor means "same as occurred"
 * @param entities the non-blank entities it is about (case-sensitive), in the given order; may be empty
 * @param magnitude an optional size, e.g. an amount in USD: finite and {@code >= 0}, or {@code null}
 * @param credibility how far to trust it, in [0, 1]; 1 is full trust
 * @param source where it was reported, or {@code null}
 * @param text a free description, or {@code null}
 * @param attributes free key-value attributes, sorted by key; never {@code null}
 */
public record Event(String id, String type, Instant occurred, Instant published, List<String> entities,
        Double magnitude, double credibility, String source, String text, Map<String, String> attributes) {

    /**
     * Validates and copies the fields.
     *
     * @param id a non-blank identifier, unique within an {@link EventLog}
     * @param type a non-blank type such as {@code deal-finalization}; feature specs select events by type
     * @param occurred when it happened
     * @param published when it became known, never earlier than {@code occurred}; {@code null} in the constructor means "same as occurred"
     * @param entities the non-blank entities it is about (case-sensitive), in the given order; may be empty
     * @param magnitude an optional size, e.g. an amount in USD: finite and {@code >= 0}, or {@code null}
     * @param credibility how far to trust it, in [0, 1]; 1 is full trust
     * @param source where it was reported, or {@code null}
     * @param text a free description, or {@code null}
     * @param attributes free key-value attributes, sorted by key; never {@code null}
     * @throws InvalidInputException naming the field and value of the first invalid field (with no source or     line: readers add them)
     */
    public Event {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(null, 0, "id", id, "must be a non-blank identifier");
        }
        if (type == null || type.isBlank()) {
            throw new InvalidInputException(null, 0, "type", type, "must be a non-blank event type");
        }
        if (occurred == null) {
            throw new InvalidInputException(null, 0, "occurred", null, "is required");
        }
        inRange("occurred", occurred);
        if (published == null) {
            published = occurred;
        }
        inRange("published", published);
        if (published.isBefore(occurred)) {
            throw new InvalidInputException(null, 0, "published", published.toString(),
                    "is earlier than occurred (" + occurred + "): an event cannot be published before it happens");
        }
        entities = entities == null ? List.of() : copyEntities(entities);
        if (magnitude != null && !(magnitude >= 0 && magnitude < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException(null, 0, "magnitude", magnitude.toString(),
                    "must be a finite number >= 0");
        }
        if (!(credibility >= 0 && credibility <= 1)) {
            throw new InvalidInputException(null, 0, "credibility", Double.toString(credibility),
                    "is not in [0, 1]");
        }
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    private static void inRange(String field, Instant t) {
        try {
            Times.requireInRange(t);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(null, 0, field, t.toString(), e.getMessage());
        }
    }

    private static List<String> copyEntities(List<String> entities) {
        List<String> copy = new ArrayList<>(entities.size());
        for (String entity : entities) {
            if (entity == null || entity.isBlank()) {
                throw new InvalidInputException(null, 0, "entities", String.valueOf(entity),
                        "must hold non-blank entity names");
            }
            copy.add(entity);
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Starts building an event.
     *
     * @param id the identifier
     * @param type the event type
     * @return a builder with credibility 1 and nothing else set
     */
    public static Builder builder(String id, String type) {
        return new Builder(id, type);
    }

    /** @return whether the event has a magnitude */
    public boolean hasMagnitude() {
        return magnitude != null;
    }

    /**
     * @param ifAbsent what to return without a magnitude
     * @return the magnitude or {@code ifAbsent}; no boxing
     */
    public double magnitudeOr(double ifAbsent) {
        return magnitude == null ? ifAbsent : magnitude;
    }

    /**
     * @param entity an entity name
     * @return whether this event is about it
     */
    public boolean hasEntity(String entity) {
        return entities.contains(entity);
    }

    /** @return {@code occurred} in nanoseconds since the epoch (see {@link Times}) */
    public long occurredNanos() {
        return Times.nanos(occurred);
    }

    /** @return {@code published} in nanoseconds since the epoch */
    public long publishedNanos() {
        return Times.nanos(published);
    }

    /** A fluent builder of events; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String type;
        private Instant occurred;
        private Instant published;
        private final List<String> entities = new ArrayList<>();
        private Double magnitude;
        private double credibility = 1;
        private String source;
        private String text;
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder(String id, String type) {
            this.id = id;
            this.type = type;
        }

        /**
         * @param t when it happened
         * @return this builder
         */
        public Builder occurred(Instant t) {
            this.occurred = t;
            return this;
        }

        /**
         * @param iso an ISO-8601 instant, offset date-time or date (see {@link Times#parse})
         * @return this builder
         * @throws IllegalArgumentException if the text is not a time
         */
        public Builder occurred(String iso) {
            return occurred(Times.parse(iso));
        }

        /**
         * @param t when it became known; defaults to {@code occurred}
         * @return this builder
         */
        public Builder published(Instant t) {
            this.published = t;
            return this;
        }

        /**
         * @param iso an ISO-8601 instant, offset date-time or date
         * @return this builder
         * @throws IllegalArgumentException if the text is not a time
         */
        public Builder published(String iso) {
            return published(Times.parse(iso));
        }

        /**
         * @param names entities the event is about (added to any already given)
         * @return this builder
         */
        public Builder entities(String... names) {
            entities.addAll(List.of(names));
            return this;
        }

        /**
         * @param names entities the event is about (added to any already given)
         * @return this builder
         */
        public Builder entities(List<String> names) {
            entities.addAll(names);
            return this;
        }

        /**
         * @param value the magnitude, finite and {@code >= 0}
         * @return this builder
         */
        public Builder magnitude(double value) {
            this.magnitude = value;
            return this;
        }

        /**
         * @param value the credibility in [0, 1]
         * @return this builder
         */
        public Builder credibility(double value) {
            this.credibility = value;
            return this;
        }

        /**
         * @param value where it was reported
         * @return this builder
         */
        public Builder source(String value) {
            this.source = value;
            return this;
        }

        /**
         * @param value a free description
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * @param key an attribute name
         * @param value its value
         * @return this builder
         */
        public Builder attribute(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        /**
         * @return the event
         * @throws InvalidInputException if a field is invalid (see {@link Event})
         */
        public Event build() {
            return new Event(id, type, occurred, published, entities, magnitude, credibility, source, text,
                    attributes);
        }
    }
}
