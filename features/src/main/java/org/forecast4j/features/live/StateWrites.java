package org.forecast4j.features.live;

import org.forecast4j.features.spec.FeatureFormulas;

/**
 * The writer's side of the live state: how an event, a price or a resolution changes one question's primitive
 * state, under that question's write lock. Stateless; the writer thread calls it through
 * {@link LiveFeatureState}.
 */
final class StateWrites {

    private StateWrites() {
    }

    /**
     * Applies an event to one question under its write lock.
     *
     * @return whether it was applied (false if already, through another entity)
     */
    static boolean event(LiveLayout l, QuestionState s, LiveLayout.TypeFeeds feeds, long sequence, long occurred,
            long published, double credibility, double magnitude) {
        if (s.lastEvent == sequence) {
            return false;
        }
                double[] values = s.values;
        long[] times = s.times;
        long stamp = s.lock.writeLock();
        try {
            s.lastEvent = sequence;
            s.eventCount++;
            s.writes++;
            if (published > s.watermark) {
                s.watermark = published;
                expireCounts(l, s);
            }
            // Move each fed half-life group's reference forward to this event, rescaling its sums.
            for (int g : feeds.groups) {
                long ref = times[g];
                if (ref == QuestionState.NONE) {
                    times[g] = occurred; // every sum of the group is still 0
                } else if (occurred > ref) {
                    double factor = FeatureFormulas.decay(occurred - ref, l.groupRate[g]);
                    for (int j = l.groupStart[g]; j < l.groupStart[g + 1]; j++) {
                        double v = values[j] * factor;
                        values[j] = v < LiveLayout.FLUSH_TO_ZERO ? 0 : v;
                    }
                    times[g] = occurred;
                }
            }
            for (int j : feeds.decaySlots) {
                double w = l.decayCredibility[j] ? credibility : 1.0;
                int g = l.decayGroup[j];
                long ref = times[g];
                values[j] += occurred == ref ? w : w * FeatureFormulas.decay(ref - occurred, l.groupRate[g]);
            }
            for (int c : feeds.counts) {
                if (occurred > s.watermark - l.countWindow[c]) {
                    CountWindow window = s.windows[c];
                    window.insert(occurred);
                    times[l.countOldestBase + c] = window.oldest();
                    times[l.countSizeBase + c] = window.size();
                }
            }
            for (int k : feeds.since) {
                if (occurred > times[l.sinceBase + k]) {
                    times[l.sinceBase + k] = occurred;
                }
            }
            if (magnitude != 0) {
                for (int k : feeds.magnitudes) {
                    int slot = l.staticMagnitudeSlot[k];
                    values[slot] += magnitude;
                    setStatic(l, s, k, FeatureFormulas.logMagnitude(values[slot]));
                }
            }
        } finally {
            s.lock.unlockWrite(stamp);
        }
        return true;
    }

    /**
     * Records a market price under the question's write lock (see {@link LiveFeatureState#onPrice(int, long, double,
     * long)}).
     */
    static void price(LiveLayout l, QuestionState s, long timeNanos, double price, long closeNanos) {
        long stamp = s.lock.writeLock();
        try {
            s.writes++;
            if (timeNanos >= s.priceTime) {
                if (timeNanos > s.priceTime) {
                    s.previousPrice = s.latestPrice;
                }
                s.priceTime = timeNanos;
                s.latestPrice = price;
                for (int k : l.priceStatics) {
                    setStatic(l, s, k, price);
                }
                if (l.changeStatics.length > 0) {
                    double change = FeatureFormulas.marketChange(price, s.previousPrice);
                    for (int k : l.changeStatics) {
                        setStatic(l, s, k, change);
                    }
                }
                if (closeNanos != QuestionState.NONE) {
                    s.deadline = closeNanos;
                }
            }
            if (timeNanos > s.watermark) {
                s.watermark = timeNanos;
                expireCounts(l, s);
            }
        } finally {
            s.lock.unlockWrite(stamp);
        }
    }

    /**
     * Drops from every count's window the times at or before {@code watermark − window}, which no read (made at
     * or after the watermark) can count. Keeps the invariant that a read at the watermark counts the whole
     * buffer. Under the write lock.
     */
    static void expireCounts(LiveLayout l, QuestionState s) {
                long[] times = s.times;
        for (int c = 0; c < l.countCount; c++) {
            long threshold = s.watermark - l.countWindow[c];
            if (times[l.countSizeBase + c] > 0 && times[l.countOldestBase + c] <= threshold) {
                CountWindow window = s.windows[c];
                window.expire(threshold);
                times[l.countOldestBase + c] = window.size() > 0 ? window.oldest() : 0;
                times[l.countSizeBase + c] = window.size();
            }
        }
    }

    /** Stores a static feature's raw and transformed value. Under the write lock, or before publication. */
    static void setStatic(LiveLayout l, QuestionState s, int k, double raw) {
                s.values[l.staticRawBase + k] = raw;
        s.values[l.staticOutBase + k] = l.staticTransform[k].apply(raw);
    }
}
