package org.forecast4j.features.event;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.forecast4j.core.io.InvalidInputException;

/**
 * Events in publication order (stable: events published at the same instant keep their given order), with an
 * index by entity. {@link #publishedBy(Instant)} answers "what had been published by time t" as a
 * {@link View} that shares this log's storage: a binary search, no copying. Immutable and thread-safe.
 *
 * <p>Feature extraction only ever receives a {@link View}, and reads its time from it, so features as of
 * {@code t} cannot see an event published after {@code t} (see {@code org.forecast4j.features.extract}).
 */
public final class EventLog implements Iterable<Event> {
    private static final EventLog EMPTY = new EventLog(new Event[0]);

    private final Event[] events;
    private final long[] published;
    private final Map<String, int[]> byEntity;

    private EventLog(Event[] sorted) {
        this.events = sorted;
        this.published = new long[sorted.length];
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            published[i] = sorted[i].publishedNanos();
            for (String entity : new HashSet<>(sorted[i].entities())) {
                positions.computeIfAbsent(entity, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        positions.forEach((entity, list) -> index.put(entity, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byEntity = index;
    }

    /**
     * Orders events by publication time.
     *
     * @param events the events, in any order
     * @return the log
     * @throws InvalidInputException naming field {@code id} if two events share an id
     */
    public static EventLog of(Collection<Event> events) {
        Event[] sorted = events.toArray(new Event[0]);
        Set<String> ids = new HashSet<>();
        for (Event e : sorted) {
            if (!ids.add(e.id())) {
                throw new InvalidInputException(null, 0, "id", e.id(), "appears on two events");
            }
        }
        Arrays.sort(sorted, (a, b) -> a.published().compareTo(b.published())); // stable merge sort
        return new EventLog(sorted);
    }

    /**
     * @param events the events, in any order
     * @return the log
     * @throws InvalidInputException if two events share an id
     */
    public static EventLog of(Event... events) {
        return of(List.of(events));
    }

    /** @return the log with no events */
    public static EventLog empty() {
        return EMPTY;
    }

    /** @return the number of events */
    public int size() {
        return events.length;
    }

    /**
     * @param i a position in publication order, in [0, size)
     * @return the event there
     */
    public Event get(int i) {
        return events[i];
    }

    /** @return every event in publication order, as an unmodifiable view */
    public List<Event> events() {
        return new Slice(events, events.length);
    }

    /** @return the earliest publication time, or {@code null} if the log is empty */
    public Instant firstPublished() {
        return events.length == 0 ? null : events[0].published();
    }

    /** @return the latest publication time, or {@code null} if the log is empty */
    public Instant lastPublished() {
        return events.length == 0 ? null : events[events.length - 1].published();
    }

    /**
     * What had been published by time {@code t}: every event with {@code published <= t}.
     *
     * @param t the time, within {@link Times#MIN}..{@link Times#MAX}
     * @return a view sharing this log's storage
     * @throws IllegalArgumentException if {@code t} is out of range
     */
    public View publishedBy(Instant t) {
        Times.requireInRange(t);
        return new View(Times.nanos(t), t);
    }

    /**
     * The number of events published at or before {@code tNanos}. Allocation-free.
     *
     * @param tNanos a time in epoch nanoseconds
     * @return the count, which is also the end of the view as of that time
     */
    public int countPublishedBy(long tNanos) {
        int lo = 0;
        int hi = published.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (published[mid] > tNanos) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Override
    public Iterator<Event> iterator() {
        return events().iterator();
    }

    @Override
    public String toString() {
        return "EventLog[" + events.length + " events" + (events.length == 0 ? "]"
                : ", published " + firstPublished() + " to " + lastPublished() + "]");
    }

    /**
     * The events of a log published at or before a time {@link #asOf()}: a window onto the log, not a copy.
     * Immutable and thread-safe. Only {@link EventLog#publishedBy(Instant)} makes one.
     */
    public final class View {
        private final long asOfNanos;
        private final Instant asOf;
        private final int end;

        private View(long asOfNanos, Instant asOf) {
            this.asOfNanos = asOfNanos;
            this.asOf = asOf;
            this.end = countPublishedBy(asOfNanos);
        }

        /** @return the time this view is as of: it holds every event published at or before it */
        public Instant asOf() {
            return asOf;
        }

        /** @return {@link #asOf()} in epoch nanoseconds */
        public long asOfNanos() {
            return asOfNanos;
        }

        /** @return the number of events in the view */
        public int size() {
            return end;
        }

        /**
         * @param i a position in [0, size)
         * @return the event there, in publication order
         * @throws IndexOutOfBoundsException outside the view
         */
        public Event get(int i) {
            if (i < 0 || i >= end) {
                throw new IndexOutOfBoundsException("index " + i + " outside the " + end + " events published by "
                        + asOf);
            }
            return events[i];
        }

        /** @return the events in the view, in publication order, as an unmodifiable list sharing the log */
        public List<Event> events() {
            return new Slice(events, end);
        }

        /**
         * The events in the view about at least one of the entities, in publication order.
         *
         * @param entities entity names; an empty collection means every event
         * @return a new list
         */
        public List<Event> about(Collection<String> entities) {
            if (entities.isEmpty()) {
                return events();
            }
            List<int[]> lists = new ArrayList<>();
            for (String entity : entities) {
                int[] positions = byEntity.get(entity);
                if (positions != null) {
                    lists.add(positions);
                }
            }
            if (lists.size() == 1) {
                int[] positions = lists.get(0);
                List<Event> result = new ArrayList<>();
                for (int i = 0; i < positions.length && positions[i] < end; i++) {
                    result.add(events[positions[i]]);
                }
                return result;
            }
            boolean[] taken = new boolean[end];
            for (int[] positions : lists) {
                for (int i = 0; i < positions.length && positions[i] < end; i++) {
                    taken[positions[i]] = true;
                }
            }
            List<Event> result = new ArrayList<>();
            for (int i = 0; i < end; i++) {
                if (taken[i]) {
                    result.add(events[i]);
                }
            }
            return result;
        }

        /** @return the log this view is a window onto */
        public EventLog log() {
            return EventLog.this;
        }

        @Override
        public String toString() {
            return "EventLog.View[" + end + " of " + events.length + " events, published by " + asOf + "]";
        }
    }

    /** An unmodifiable prefix of the sorted array. */
    private static final class Slice extends AbstractList<Event> implements RandomAccess {
        private final Event[] events;
        private final int end;

        Slice(Event[] events, int end) {
            this.events = events;
            this.end = end;
        }

        @Override
        public Event get(int index) {
            if (index < 0 || index >= end) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + end);
            }
            return events[index];
        }

        @Override
        public int size() {
            return end;
        }
    }
}
