package org.forecast4j.features.forecast;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Each live question's published probability and the window of read times it answers, in one primitive array
 * (eight longs, one cache line, per question) guarded per question by a sequence lock. Package-private; the
 * reasoning is in the package documentation.
 *
 * <p>Slots of question {@code h}, from {@code h * 8}: the sequence (even when stable, odd while being
 * written), the probability's bits, the first and the end (exclusive) of the read times it answers, the epoch
 * of the model binding that computed it, and the write count of the state it was computed from.
 *
 * <p>A read ({@link #read}) loads the sequence with acquire semantics, the fields, a load-load fence and the
 * sequence again: equal and even means the fields are one publication's. A publication first takes the
 * sequence from even to odd by compare-and-set (so one thread at a time publishes a question), then writes
 * the fields and releases the sequence at the next even value. The array grows by copying; the old array's
 * sequences are then left odd for ever, so a reader holding it falls back to the slow path and re-reads.
 */
final class PublishedProbabilities {
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int STRIDE = 8;
    private static final int SEQUENCE = 0;
    private static final int PROBABILITY = 1;
    private static final int FROM = 2;
    private static final int UNTIL = 3;
    private static final int EPOCH = 4;
    private static final int WRITES = 5;

    private volatile long[] slots = new long[16 * STRIDE];

    /** Makes room for question {@code handle}. Writer thread. */
    void ensure(int handle) {
        long[] current = slots;
        if ((handle + 1) * STRIDE <= current.length) {
            return;
        }
        long[] grown = new long[Math.max(current.length * 2, (handle + 1) * STRIDE)];
        for (int base = 0; base < current.length; base += STRIDE) {
            long claimed = claim(current, base);
            System.arraycopy(current, base + 1, grown, base + 1, STRIDE - 1);
            grown[base] = claimed + 1;
            // The old array's sequence stays odd: its readers miss and re-read the field.
        }
        for (int base = current.length; base < grown.length; base += STRIDE) {
            grown[base + UNTIL] = Long.MIN_VALUE;
        }
        slots = grown;
    }

    /**
     * The probability published for {@code handle} if it answers a read at {@code t} by the binding of
     * {@code epoch}; allocation-free, lock-free.
     *
     * @return the probability, or NaN if none does (a miss)
     */
    double read(int handle, long t, long epoch) {
        long[] s = slots;
        int base = handle * STRIDE;
        if (base + STRIDE > s.length) {
            return Double.NaN;
        }
        long sequence = (long) SLOTS.getAcquire(s, base);
        long bits = s[base + PROBABILITY];
        long from = s[base + FROM];
        long until = s[base + UNTIL];
        long published = s[base + EPOCH];
        VarHandle.loadLoadFence();
        if ((sequence & 1) != 0 || s[base] != sequence || published != epoch || t < from || t >= until) {
            return Double.NaN;
        }
        return Double.longBitsToDouble(bits);
    }

    /**
     * @return the write count of the state the published value was computed from (any epoch), or -1 while a
     *     publication is under way
     */
    long writes(int handle) {
        long[] s = slots;
        int base = handle * STRIDE;
        long sequence = (long) SLOTS.getAcquire(s, base);
        long writes = s[base + WRITES];
        VarHandle.loadLoadFence();
        return (sequence & 1) != 0 || s[base] != sequence ? -1 : writes;
    }

    /**
     * Tries to become the one thread publishing {@code handle}.
     *
     * @return a claim to pass to {@link #publish}, or -1 if another thread is publishing it (or the array was
     *     replaced)
     */
    long tryClaim(int handle) {
        long[] s = slots;
        int base = handle * STRIDE;
        if (base + STRIDE > s.length) {
            return -1;
        }
        long sequence = (long) SLOTS.getAcquire(s, base);
        if ((sequence & 1) != 0 || !SLOTS.compareAndSet(s, base, sequence, sequence + 1)) {
            return -1;
        }
        return sequence + 1;
    }

    /** Claims {@code handle}, waiting for another publisher to finish. Writer thread, after {@link #ensure}. */
    long claim(int handle) {
        return claim(slots, handle * STRIDE);
    }

    private static long claim(long[] s, int base) {
        while (true) {
            long sequence = (long) SLOTS.getAcquire(s, base);
            if ((sequence & 1) == 0 && SLOTS.compareAndSet(s, base, sequence, sequence + 1)) {
                return sequence + 1;
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Writes a publication under a claim and releases it.
     *
     * @param claim from {@link #tryClaim} or {@link #claim}
     */
    void publish(int handle, long claim, double p, long from, long until, long epoch, long writes) {
        long[] s = slots;
        int base = handle * STRIDE;
        s[base + PROBABILITY] = Double.doubleToRawLongBits(p);
        s[base + FROM] = from;
        s[base + UNTIL] = until;
        s[base + EPOCH] = epoch;
        s[base + WRITES] = writes;
        SLOTS.setRelease(s, base, claim + 1);
    }

    /** Releases a claim without publishing (the previous value stays). */
    void release(int handle, long claim) {
        SLOTS.setRelease(slots, handle * STRIDE, claim + 1);
    }
}
