package org.forecast4j.features.live;

import java.util.concurrent.locks.StampedLock;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;

/**
 * The live state of one question: primitive accumulators indexed by feature position, guarded by a
 * {@link StampedLock} used as a sequence lock (see the package documentation). Fields are written only by the
 * writer thread under the write lock.
 */
final class QuestionState {
    static final long NONE = Long.MIN_VALUE;

    final StampedLock lock = new StampedLock();
    final Question question;
    final long opened;
    final long deadline;
    final double[] tags;

    /** Decayed sum (at time {@code ref}) or summed magnitude, per feature. */
    final double[] sum;
    /** Reference time of a decayed sum, or latest occurrence for days-since, per feature; NONE when empty. */
    final long[] ref;
    /** The count windows, per feature ({@code null} for other kinds). */
    final CountWindow[] windows;

    long watermark = NONE;
    long priceTime = NONE;
    double price;
    long eventCount;
    /** The sequence number of the last event applied, so an event matching two entities is applied once. */
    long lastEvent = -1;

    QuestionState(Question question, int features) {
        this.question = question;
        this.opened = Times.nanos(question.opened());
        this.deadline = Times.nanos(question.deadline());
        this.tags = new double[features];
        this.sum = new double[features];
        this.ref = new long[features];
        java.util.Arrays.fill(ref, NONE);
        this.windows = new CountWindow[features];
    }
}
