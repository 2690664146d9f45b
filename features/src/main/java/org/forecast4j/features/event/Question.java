package org.forecast4j.features.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.forecast4j.core.io.InvalidInputException;

/**
 * A binary question: will something happen by the deadline? Immutable and thread-safe.
 *
 * <pre>{@code
 * Question q = Question.builder("potus-tokyo-2026")
 *         .text("Will the US President visit Tokyo in 2026?")
 *         .opened("2025-12-01").deadline("2026-12-31T23:59:59Z")
 *         .entities("Trump", "Japan")
 *         .price("2025-12-05", 0.31).build();
 * }</pre>
 *
 * @param id a non-blank identifier
 * @param text the question as asked, or {@code null}
 * @param opened when the question opened
 * @param deadline when it closes; after {@code opened}
 * @param entities the entities it is about (case-sensitive); a question with none sees every event
 * @param resolvedAt when it resolved, or {@code null}
 * @param outcome how it resolved, or {@code null} while unresolved
 * @param prices observed market prices, sorted by time (ties keep their given order); never {@code null}
 */
public record Question(String id, String text, Instant opened, Instant deadline, List<String> entities,
        Instant resolvedAt, Boolean outcome, List<PricePoint> prices) {

    /**
     * Validates and copies the fields.
     *
     * @param id a non-blank identifier
     * @param text the question as asked, or {@code null}
     * @param opened when the question opened
     * @param deadline when it closes; after {@code opened}
     * @param entities the entities it is about (case-sensitive); a question with none sees every event
     * @param resolvedAt when it resolved, or {@code null}
     * @param outcome how it resolved, or {@code null} while unresolved
     * @param prices observed market prices, sorted by time (ties keep their given order); never {@code null}
     * @throws InvalidInputException naming the first invalid field and its value
     */
    public Question {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(null, 0, "id", id, "must be a non-blank identifier");
        }
        if (opened == null) {
            throw new InvalidInputException(null, 0, "opened", null, "is required");
        }
        if (deadline == null) {
            throw new InvalidInputException(null, 0, "deadline", null, "is required");
        }
        inRange("opened", opened);
        inRange("deadline", deadline);
        if (resolvedAt != null) {
            inRange("resolvedAt", resolvedAt);
        }
        if (!deadline.isAfter(opened)) {
            throw new InvalidInputException(null, 0, "deadline", deadline.toString(),
                    "is not after opened (" + opened + ")");
        }
        List<String> copy = new ArrayList<>();
        for (String entity : entities == null ? List.<String>of() : entities) {
            if (entity == null || entity.isBlank()) {
                throw new InvalidInputException(null, 0, "entities", String.valueOf(entity),
                        "must hold non-blank entity names");
            }
            copy.add(entity);
        }
        entities = Collections.unmodifiableList(copy);
        List<PricePoint> sorted = new ArrayList<>(prices == null ? List.of() : prices);
        sorted.sort(Comparator.comparing(PricePoint::time));
        prices = Collections.unmodifiableList(sorted);
    }

    private static void inRange(String field, Instant t) {
        try {
            Times.requireInRange(t);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(null, 0, field, t.toString(), e.getMessage());
        }
    }

    /**
     * Starts building a question.
     *
     * @param id the identifier
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * @param entity an entity name
     * @return whether the question is about it
     */
    public boolean hasEntity(String entity) {
        return entities.contains(entity);
    }

    /** @return whether an outcome is known */
    public boolean isResolved() {
        return outcome != null;
    }

    /**
     * The latest price observed at or before {@code t}; of several at the same time, the last given.
     *
     * @param t a time
     * @return the price point, or {@code null} if none was observed by then
     */
    public PricePoint latestPrice(Instant t) {
        int n = pricesAtOrBefore(t);
        return n == 0 ? null : prices.get(n - 1);
    }

    /** @return how many prices were observed at or before {@code t} (a binary search of the sorted prices) */
    private int pricesAtOrBefore(Instant t) {
        int lo = 0;
        int hi = prices.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prices.get(mid).time().isAfter(t)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The price observed before the latest one at or before {@code t}: the latest price at a strictly earlier
     * time than {@link #latestPrice}{@code (t)}'s.
     *
     * @param t the time
     * @return that price, or {@code null} if fewer than two distinct price times lie at or before {@code t}
     */
    public PricePoint previousPrice(Instant t) {
        PricePoint latest = latestPrice(t);
        if (latest == null) {
            return null;
        }
        return latestPrice(latest.time().minusNanos(1));
    }

    /**
     * The close known at {@code t}: that of the latest price at or before {@code t} that quotes one, else the
     * {@link #deadline()}.
     *
     * @param t the time
     * @return the deadline as known at {@code t}
     */
    public Instant deadlineAt(Instant t) {
        for (int i = pricesAtOrBefore(t) - 1; i >= 0; i--) {
            if (prices.get(i).close() != null) {
                return prices.get(i).close();
            }
        }
        return deadline;
    }

    /** @return a copy of this question without prices, outcome or resolution time: what is known when it opens */
    public Question withoutHindsight() {
        return new Question(id, text, opened, deadline, entities, null, null, List.of());
    }

    /** A fluent builder of questions; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String text;
        private Instant opened;
        private Instant deadline;
        private final List<String> entities = new ArrayList<>();
        private Instant resolvedAt;
        private Boolean outcome;
        private final List<PricePoint> prices = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param value the question text
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * @param t when it opened
         * @return this builder
         */
        public Builder opened(Instant t) {
            this.opened = t;
            return this;
        }

        /**
         * @param iso an ISO-8601 instant, offset date-time or date
         * @return this builder
         */
        public Builder opened(String iso) {
            return opened(Times.parse(iso));
        }

        /**
         * @param t the deadline
         * @return this builder
         */
        public Builder deadline(Instant t) {
            this.deadline = t;
            return this;
        }

        /**
         * @param iso an ISO-8601 instant, offset date-time or date
         * @return this builder
         */
        public Builder deadline(String iso) {
            return deadline(Times.parse(iso));
        }

        /**
         * @param names entities the question is about (added to any already given)
         * @return this builder
         */
        public Builder entities(String... names) {
            entities.addAll(List.of(names));
            return this;
        }

        /**
         * @param names entities the question is about (added to any already given)
         * @return this builder
         */
        public Builder entities(List<String> names) {
            entities.addAll(names);
            return this;
        }

        /**
         * @param t when it resolved
         * @param happened the outcome
         * @return this builder
         */
        public Builder resolved(Instant t, boolean happened) {
            this.resolvedAt = t;
            this.outcome = happened;
            return this;
        }

        /**
         * @param t when the price was observed
         * @param price the YES price in [0, 1]
         * @return this builder
         */
        public Builder price(Instant t, double price) {
            prices.add(new PricePoint(t, price));
            return this;
        }

        /**
         * @param iso when the price was observed, ISO-8601
         * @param price the YES price in [0, 1]
         * @return this builder
         */
        public Builder price(String iso, double price) {
            return price(Times.parse(iso), price);
        }

        /**
         * @return the question
         * @throws InvalidInputException if a field is invalid
         */
        public Question build() {
            return new Question(id, text, opened, deadline, entities, resolvedAt, outcome, prices);
        }
    }
}
