package org.forecast4j.features.live;

import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureFormulas;
import org.forecast4j.features.spec.Transform;

/**
 * The readers' side of the live state: one question's features as of a time, computed from its primitive state,
 * and the consistent read (an optimistic read validated by the question's stamp, retried, then the read lock).
 * Stateless and allocation-free; any thread.
 */
final class StateReads {
    private static final int OPTIMISTIC_ATTEMPTS = 64;

    private StateReads() {
    }

    /**
     * Reads features as of {@code max(asOf, watermark)} from one consistent state: optimistic reads validated by
     * the lock's stamp, then the read lock after {@value #OPTIMISTIC_ATTEMPTS} failures. Fills {@code seen}, if
     * given, from the same state.
     */
    static long consistentRead(LiveLayout l, QuestionState s, long asOf, double[] out, double[] rawOut,
            LiveSnapshot seen) {
        for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
            long stamp = s.lock.tryOptimisticRead();
            if (stamp == 0) {
                Thread.onSpinWait();
                continue;
            }
            long t = read(l, s, asOf, out, rawOut);
            long watermark = s.watermark;
            long writes = s.writes;
            long deadline = s.deadline;
            long resolved = s.resolvedAt;
            if (s.lock.validate(stamp)) {
                return seen == null ? t : fill(seen, t, watermark, writes, deadline, resolved);
            }
        }
        long stamp = s.lock.readLock();
        try {
            long t = read(l, s, asOf, out, rawOut);
            return seen == null ? t : fill(seen, t, s.watermark, s.writes, s.deadline, s.resolvedAt);
        } finally {
            s.lock.unlockRead(stamp);
        }
    }

    private static long fill(LiveSnapshot seen, long asOf, long watermark, long writes, long deadline,
            long resolved) {
        seen.asOf = asOf;
        seen.watermark = watermark;
        seen.writes = writes;
        seen.deadline = deadline;
        seen.resolvedAt = resolved;
        return asOf;
    }

    static long read(LiveLayout l, QuestionState s, long now, double[] out, double[] rawOut) {
                double[] values = s.values;
        long[] times = s.times;
        long t = Math.max(now, s.watermark);
        // Decayed sums: one exp per half-life group.
        for (int g = 0; g < l.groupCount; g++) {
            long ref = times[g];
            double factor = ref == QuestionState.NONE ? 0 : FeatureFormulas.decay(t - ref, l.groupRate[g]);
            for (int j = l.groupStart[g]; j < l.groupStart[g + 1]; j++) {
                out[l.decayFeature[j]] = values[j] * factor;
            }
        }
        // Counts: the whole window unless its oldest time has left it since the watermark.
        for (int c = 0; c < l.countCount; c++) {
            long size = times[l.countSizeBase + c];
            long threshold = t - l.countWindow[c];
            out[l.countFeature[c]] = Times.toDouble(size == 0 || times[l.countOldestBase + c] > threshold ? size
                    : s.windows[c].countAfter(threshold));
        }
        for (int k = 0; k < l.sinceCount; k++) {
            long ref = times[l.sinceBase + k];
            out[l.sinceFeature[k]] = ref == QuestionState.NONE ? l.sinceIfNone[k] : FeatureFormulas.daysSince(t, ref);
        }
        for (int i : l.deadlineFeature) {
            out[i] = FeatureFormulas.daysToDeadline(t, s.deadline);
        }
        for (int i : l.elapsedFeature) {
            out[i] = FeatureFormulas.elapsedFraction(t, s.opened, s.deadline);
        }
        for (int k = 0; k < l.hazardFeature.length; k++) {
            out[l.hazardFeature[k]] = l.hazards[k].probability(l.hazards[k].daysLeft(t, s.deadline));
        }
        if (rawOut != null) {
            System.arraycopy(out, 0, rawOut, 0, l.size);
            for (int k = 0; k < l.staticCount; k++) {
                rawOut[l.staticFeature[k]] = values[l.staticRawBase + k];
            }
        }
        for (int k = 0; k < l.staticCount; k++) {
            out[l.staticFeature[k]] = values[l.staticOutBase + k];
        }
        for (int i : l.log1pFeature) {
            out[i] = Probabilities.log1p(out[i]);
        }
        for (int i : l.logitFeature) {
            out[i] = Transform.LOGIT.apply(out[i]);
        }
        return t;
    }
}
