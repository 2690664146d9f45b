package org.forecast4j.features.live;

/**
 * The occurrence times of the events in a count's window: a ring buffer of {@code long} epoch nanoseconds
 * kept sorted ascending. Writer methods are called under the question's write lock; {@link #countAfter} may
 * run in an optimistic read and must tolerate torn state without throwing (the caller discards the result).
 */
final class CountWindow {
    private long[] times;
    private int head;
    private int size;

    CountWindow(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(2, initialCapacity) - 1) << 1;
        this.times = new long[capacity];
    }

    /** Inserts an occurrence time in order; amortised O(1) when times arrive in order. */
    void insert(long t) {
        long[] a = times;
        if (size == a.length) {
            a = grow();
        }
        int mask = a.length - 1;
        int j = size;
        while (j > 0 && a[(head + j - 1) & mask] > t) {
            a[(head + j) & mask] = a[(head + j - 1) & mask];
            j--;
        }
        a[(head + j) & mask] = t;
        size++;
    }

    /** Drops every time {@code <= threshold}. */
    void expire(long threshold) {
        long[] a = times;
        int mask = a.length - 1;
        while (size > 0 && a[head] <= threshold) {
            head = (head + 1) & mask;
            size--;
        }
    }

    /**
     * The number of stored times {@code > threshold}: a short scan from the oldest (reads usually come soon
     * after the watermark, so few stored times are at or below the threshold), then a binary search.
     * Allocation-free; never throws, even on torn state.
     *
     * @param threshold the exclusive lower bound
     * @return the count
     */
    int countAfter(long threshold) {
        long[] a = times;
        int mask = a.length - 1;
        int h = head & mask;
        int n = size;
        if (n < 0 || n > a.length) {
            return 0;
        }
        int lo = 0;
        while (lo < n && lo < 4) {
            if (a[(h + lo) & mask] > threshold) {
                return n - lo;
            }
            lo++;
        }
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[(h + mid) & mask] > threshold) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return n - lo;
    }

    /** @return the oldest stored time; meaningful only when {@link #size()} {@code > 0} */
    long oldest() {
        return times[head];
    }

    int size() {
        return size;
    }

    int capacity() {
        return times.length;
    }

    private long[] grow() {
        long[] old = times;
        long[] bigger = new long[old.length * 2];
        int mask = old.length - 1;
        for (int i = 0; i < size; i++) {
            bigger[i] = old[(head + i) & mask];
        }
        head = 0;
        times = bigger;
        return bigger;
    }
}
