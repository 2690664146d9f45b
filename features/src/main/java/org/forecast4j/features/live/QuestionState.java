package org.forecast4j.features.live;

import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;

/**
 * The live state of one question: two primitive arrays laid out by a {@link LiveLayout} (so a read touches a
 * few contiguous cache lines), the ring buffers of its counts, and a few scalars, guarded by a
 * {@link StampedLock} used as a sequence lock (see the package documentation). Fields are written only by the
 * writer thread under the write lock.
 */
final class QuestionState {
    static final long NONE = Long.MIN_VALUE;

    final StampedLock lock = new StampedLock();
    final Question question;
    final int handle;
    final long opened;
    /** The close as known from the latest price that quoted one, else the question's deadline. */
    long deadline;

    /** Decayed sums, static features (transformed and raw) and magnitude sums; see {@link LiveLayout}. */
    final double[] values;
    /** Half-life group references, days-since occurrences, count oldest times and sizes; see {@link LiveLayout}. */
    final long[] times;
    /** The ring buffer of each count, by count index. */
    final CountWindow[] windows;

    long watermark = NONE;
    long priceTime = NONE;
    /** The latest price fed, and the one before it (at an earlier time), NaN until fed. */
    double latestPrice = Double.NaN;
    double previousPrice = Double.NaN;
    long eventCount;
    /** Writes applied (events, prices, resolutions): the version a published value was computed from. */
    long writes;
    /** When the question resolved, or {@code Long.MAX_VALUE}. */
    long resolvedAt = Long.MAX_VALUE;
    /** The sequence number of the last event applied, so an event matching two entities is applied once. */
    long lastEvent = -1;

    QuestionState(Question question, int handle, LiveLayout layout, int windowCapacity) {
        this.question = question;
        this.handle = handle;
        if (question.resolvedAt() != null) {
            this.resolvedAt = Times.nanos(question.resolvedAt());
        }
        this.opened = Times.nanos(question.opened());
        this.deadline = Times.nanos(question.deadline());
        this.values = new double[layout.valuesLength];
        this.times = new long[layout.timesLength];
        Arrays.fill(times, 0, layout.countOldestBase, NONE);
        this.windows = new CountWindow[layout.countCount];
        for (int c = 0; c < windows.length; c++) {
            windows[c] = new CountWindow(windowCapacity);
        }
    }
}
