package org.forecast4j.features.live;

/**
 * What a read of a question's live state saw besides its features, filled by
 * {@link LiveFeatureState#snapshot}: a caller-owned, reusable holder (one per reader thread), so that a read
 * allocates nothing. Not thread-safe.
 */
public final class LiveSnapshot {
    long asOf;
    long watermark;
    long writes;
    long deadline;
    long resolvedAt;

    /** @return the time the features are as of, epoch nanoseconds */
    public long asOf() {
        return asOf;
    }

    /** @return the question's watermark, epoch nanoseconds, or {@code Long.MIN_VALUE} before anything was applied */
    public long watermark() {
        return watermark;
    }

    /** @return how many writes (events, prices, resolutions) had been applied to the question */
    public long writes() {
        return writes;
    }

    /** @return the deadline as known then (a quoted close, else the question's), epoch nanoseconds */
    public long deadline() {
        return deadline;
    }

    /** @return when the question resolved, epoch nanoseconds, or {@code Long.MAX_VALUE} if it has not */
    public long resolvedAt() {
        return resolvedAt;
    }

    /** @return the earlier of the deadline and the resolution: no probability is given at or after it */
    public long closesAt() {
        return Math.min(deadline, resolvedAt);
    }
}
