package org.forecast4j.features.live;

import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the live state did not apply, so that a bot can see a feed that stopped matching: events whose id was
 * already applied (ignored: an event counts once), events of a type no feature uses, and events of a used type
 * that are about no registered question (an entity spelt or cased differently, say). Written by the writer
 * thread; the counts may be read by any thread. Each first sighting of a type is logged at debug level
 * ({@link System.Logger}, logger {@code org.forecast4j.features.live}).
 */
final class EventLedger {
    private static final System.Logger LOG = System.getLogger("org.forecast4j.features.live");

    private final Set<String> ids = new HashSet<>();
    private final LongSet numericIds = new LongSet();
    private final AtomicLong duplicates = new AtomicLong();
    private final ConcurrentHashMap<String, AtomicLong> unknownTypes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> unmatched = new ConcurrentHashMap<>();

    /** @return whether the id is new; counts a repeat. Writer thread. */
    boolean firstSighting(String id) {
        if (ids.add(id)) {
            return true;
        }
        duplicates.incrementAndGet();
        return false;
    }

    /** @return whether the numeric id is new; counts a repeat. Writer thread; allocation-free but for growth. */
    boolean firstSighting(long id) {
        if (numericIds.add(id)) {
            return true;
        }
        duplicates.incrementAndGet();
        return false;
    }

    /** Counts an event of a type no feature uses. Writer thread. */
    void unknownType(String type) {
        count(unknownTypes, type, "of a type no feature uses");
    }

    /** Counts an event of a used type that is about no registered question. Writer thread. */
    void unmatched(String type) {
        count(unmatched, type, "about no registered question");
    }

    private static void count(ConcurrentHashMap<String, AtomicLong> counts, String type, String what) {
        AtomicLong n = counts.get(type);
        if (n == null) {
            n = new AtomicLong();
            counts.put(type, n);
            LOG.log(Level.DEBUG, () -> "live state: first event " + what + ": type '" + type + "'");
        }
        n.incrementAndGet();
    }

    long duplicates() {
        return duplicates.get();
    }

    static Map<String, Long> snapshot(ConcurrentHashMap<String, AtomicLong> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((type, n) -> copy.put(type, n.get()));
        return copy;
    }

    Map<String, Long> unknownTypes() {
        return snapshot(unknownTypes);
    }

    Map<String, Long> unmatched() {
        return snapshot(unmatched);
    }
}
