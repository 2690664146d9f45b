package org.forecast4j.features.live;

import java.util.Arrays;

/**
 * A set of {@code long}s by open addressing (linear probing), for event ids: no boxing, and an insertion
 * allocates only when the table doubles (at half full). Not thread-safe.
 */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] table = new long[64];
    private boolean hasEmptyKey;
    private int size;

    /**
     * @param key any long
     * @return whether it was added (false if it was already there)
     */
    boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasEmptyKey;
            hasEmptyKey = true;
            size += added ? 1 : 0;
            return added;
        }
        int mask = table.length - 1;
        int i = mix(key) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    /** @return the number of keys */
    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, EMPTY);
        int mask = table.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = mix(key) & mask;
                while (table[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[i] = key;
            }
        }
    }

    LongSet() {
        Arrays.fill(table, EMPTY);
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser, so that sequential ids spread over the table. */
    private static int mix(long key) {
        long z = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (int) (z ^ (z >>> 31));
    }
}
