package org.forecast4j.features.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureFormulas;
import org.forecast4j.features.spec.FeatureKind;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Transform;

/**
 * Incremental feature state for many questions, fed one event at a time. See the package documentation for
 * costs, semantics (the watermark, out-of-order events) and the threading contract: one writer, many readers.
 *
 * <pre>{@code
 * LiveFeatureState live = new LiveFeatureState(spec);
 * int q = live.register(question);            // writer thread, before its events
 * live.onEvent(event);                        // writer thread: O(1) per matching question and feature
 * live.onPrice(q, Times.nanos(t), 0.42);      // writer thread
 * double[] x = new double[spec.size()];       // reader thread: caller-owned buffer
 * live.features(q, Times.nanos(Instant.now()), x);
 * }</pre>
 *
 * A question's {@link Question#prices()} are not loaded by {@link #register}: live prices arrive through
 * {@link #onPrice}. Events fed before a question is registered are not part of its state; to start a bot,
 * register the questions, replay the history, then go live.
 */
public final class LiveFeatureState {
    private static final int OPTIMISTIC_ATTEMPTS = 64;

    private final FeatureSpec spec;
    private final int n;
    private final FeatureKind[] kinds;
    private final double[] rates;
    private final long[] windowNanos;
    private final double[] ifNone;
    private final Transform[] transforms;
    private final boolean[] creditWeight;
    private final int initialWindowCapacity;

    /** Feature positions fed by each event type. Writer thread only. */
    private final Map<String, int[]> featuresByType = new HashMap<>();
    /** Question handles by entity, and the handles of questions with no entities. Writer thread only. */
    private final Map<String, IntList> questionsByEntity = new HashMap<>();
    private final IntList universal = new IntList();
    private long eventSequence;

    private final ConcurrentHashMap<String, Integer> handles = new ConcurrentHashMap<>();
    private volatile QuestionState[] states = new QuestionState[0];

    /**
     * @param spec the features to maintain
     */
    public LiveFeatureState(FeatureSpec spec) {
        this(spec, 16);
    }

    /**
     * @param spec the features to maintain
     * @param initialWindowCapacity the initial capacity of each count's ring buffer (rounded up to a power of
     *     two); a buffer doubles when full, so size it to the largest expected window population to avoid
     *     allocation after start-up
     */
    public LiveFeatureState(FeatureSpec spec, int initialWindowCapacity) {
        this.spec = spec;
        this.n = spec.size();
        this.kinds = new FeatureKind[n];
        this.rates = new double[n];
        this.windowNanos = new long[n];
        this.ifNone = new double[n];
        this.transforms = new Transform[n];
        this.creditWeight = new boolean[n];
        this.initialWindowCapacity = initialWindowCapacity;
        Map<String, List<Integer>> byType = new HashMap<>();
        for (int i = 0; i < n; i++) {
            FeatureDefinition f = spec.feature(i);
            kinds[i] = f.kind();
            transforms[i] = f.transform();
            ifNone[i] = f.ifNone();
            windowNanos[i] = f.windowNanos();
            if (f.kind() == FeatureKind.DECAYED_SUM) {
                rates[i] = FeatureFormulas.decayRate(f.halfLifeDays());
                creditWeight[i] = f.weight() == org.forecast4j.features.spec.Weight.CREDIBILITY;
            }
            if (f.kind().usesEvents()) {
                byType.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(i);
            }
        }
        byType.forEach((type, list) -> featuresByType.put(type, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** @return the spec */
    public FeatureSpec spec() {
        return spec;
    }

    /**
     * Registers a question. Writer thread.
     *
     * @param question the question; its prices are not loaded (see the class documentation)
     * @return its handle, a dense index from 0
     * @throws IllegalArgumentException if a question with that id is already registered
     */
    public int register(Question question) {
        if (handles.containsKey(question.id())) {
            throw new IllegalArgumentException("question '" + question.id() + "' is already registered");
        }
        QuestionState state = new QuestionState(question, n);
        for (int i = 0; i < n; i++) {
            if (kinds[i] == FeatureKind.TAG) {
                state.tags[i] = question.hasEntity(spec.feature(i).entity()) ? 1 : 0;
            } else if (kinds[i] == FeatureKind.COUNT) {
                state.windows[i] = new CountWindow(initialWindowCapacity);
            }
        }
        QuestionState[] old = states;
        int handle = old.length;
        QuestionState[] grown = Arrays.copyOf(old, handle + 1);
        grown[handle] = state;
        if (question.entities().isEmpty()) {
            universal.add(handle);
        } else {
            for (String entity : question.entities()) {
                IntList list = questionsByEntity.computeIfAbsent(entity, k -> new IntList());
                if (list.size == 0 || list.values[list.size - 1] != handle) {
                    list.add(handle);
                }
            }
        }
        states = grown;
        handles.put(question.id(), handle);
        return handle;
    }

    /**
     * @param questionId a question id
     * @return its handle, or -1 if it is not registered. Allocation-free.
     */
    public int handle(String questionId) {
        Integer h = handles.get(questionId);
        return h == null ? -1 : h;
    }

    /** @return the number of registered questions */
    public int questionCount() {
        return states.length;
    }

    /**
     * @param handle a handle from {@link #register}
     * @return the question
     */
    public Question question(int handle) {
        return states[handle].question;
    }

    /**
     * Applies an event to every registered question it is about. Writer thread. O(1) per (question, feature
     * fed); allocation-free once the count buffers have warmed up.
     *
     * @param event the event
     */
    public void onEvent(Event event) {
        applyEvent(event.type(), event.occurredNanos(), event.publishedNanos(), event.entities(),
                event.credibility(), event.magnitudeOr(0));
    }

    /**
     * Applies an event given by its fields: the same as {@link #onEvent(Event)} for an {@link Event} with these
     * fields, for a bot that keeps incoming events in its own reused structures and so never builds an
     * {@code Event} (which allocates). Writer thread. O(1) per (matching question, feature fed);
     * allocation-free once the count buffers have warmed up.
     *
     * @param type the event type; features select events by type
     * @param occurredNanos when it happened, epoch nanoseconds
     * @param publishedNanos when it became known, epoch nanoseconds, {@code >= occurredNanos}
     * @param entities the entities it is about, read during the call and not kept; empty for none
     * @param credibility how far to trust it, in [0, 1]
     * @param magnitude its size, finite and {@code >= 0}; 0 for an event without one (as
     *     {@link Event#magnitudeOr(double) magnitudeOr(0)})
     * @throws IllegalArgumentException if {@code publishedNanos < occurredNanos}, the credibility is not in
     *     [0, 1] or the magnitude is negative, NaN or infinite; nothing is applied then
     * @throws NullPointerException if {@code type} or {@code entities} is null
     */
    public void onEvent(String type, long occurredNanos, long publishedNanos, List<String> entities,
            double credibility, double magnitude) {
        if (publishedNanos < occurredNanos) {
            throw new IllegalArgumentException("published (" + publishedNanos + " ns) is earlier than occurred ("
                    + occurredNanos + " ns): an event cannot be published before it happens");
        }
        if (!(credibility >= 0 && credibility <= 1)) {
            throw new IllegalArgumentException("credibility must be in [0, 1], got " + credibility);
        }
        if (!(magnitude >= 0 && magnitude < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("magnitude must be a finite number >= 0, got " + magnitude);
        }
        applyEvent(Objects.requireNonNull(type, "type"), occurredNanos, publishedNanos,
                Objects.requireNonNull(entities, "entities"), credibility, magnitude);
    }

    private void applyEvent(String type, long occurred, long published, List<String> entities,
            double credibility, double magnitude) {
        int[] feeds = featuresByType.get(type);
        if (feeds == null) {
            return;
        }
        long sequence = ++eventSequence;
        QuestionState[] all = states;
        if (spec.match() == Match.ALL) {
            for (QuestionState state : all) {
                apply(state, feeds, sequence, occurred, published, credibility, magnitude);
            }
            return;
        }
        for (int e = 0; e < entities.size(); e++) {
            IntList list = questionsByEntity.get(entities.get(e));
            if (list != null) {
                for (int k = 0; k < list.size; k++) {
                    apply(all[list.values[k]], feeds, sequence, occurred, published, credibility, magnitude);
                }
            }
        }
        for (int k = 0; k < universal.size; k++) {
            apply(all[universal.values[k]], feeds, sequence, occurred, published, credibility, magnitude);
        }
    }

    private void apply(QuestionState s, int[] feeds, long sequence, long occurred, long published,
            double credibility, double magnitude) {
        if (s.lastEvent == sequence) {
            return;
        }
        long stamp = s.lock.writeLock();
        try {
            s.lastEvent = sequence;
            s.eventCount++;
            if (published > s.watermark) {
                s.watermark = published;
            }
            for (int f : feeds) {
                switch (kinds[f]) {
                    case DECAYED_SUM -> {
                        double w = creditWeight[f] ? credibility : 1.0;
                        long ref = s.ref[f];
                        if (ref == QuestionState.NONE) {
                            s.sum[f] = w;
                            s.ref[f] = occurred;
                        } else if (occurred > ref) {
                            s.sum[f] = s.sum[f] * FeatureFormulas.decay(occurred - ref, rates[f]) + w;
                            s.ref[f] = occurred;
                        } else {
                            s.sum[f] += w * FeatureFormulas.decay(ref - occurred, rates[f]);
                        }
                    }
                    case COUNT -> {
                        long threshold = s.watermark - windowNanos[f];
                        if (occurred > threshold) {
                            s.windows[f].insert(occurred);
                        }
                        s.windows[f].expire(threshold);
                    }
                    case DAYS_SINCE -> {
                        if (occurred > s.ref[f]) {
                            s.ref[f] = occurred;
                        }
                    }
                    case LOG_MAGNITUDE -> s.sum[f] += magnitude;
                    default -> {
                    }
                }
            }
        } finally {
            s.lock.unlockWrite(stamp);
        }
    }

    /**
     * Records a market price of a question. Writer thread. A price observed before the latest one fed is
     * ignored; at the same time, the later call wins.
     *
     * @param handle the question's handle
     * @param timeNanos when the price was observed, epoch nanoseconds
     * @param price the YES price, in [0, 1]
     * @throws IllegalArgumentException if the price is not in [0, 1]
     */
    public void onPrice(int handle, long timeNanos, double price) {
        if (!(price >= 0 && price <= 1)) {
            throw new IllegalArgumentException("price must be in [0, 1], got " + price);
        }
        QuestionState s = states[handle];
        long stamp = s.lock.writeLock();
        try {
            if (timeNanos >= s.priceTime) {
                s.priceTime = timeNanos;
                s.price = price;
            }
            if (timeNanos > s.watermark) {
                s.watermark = timeNanos;
            }
        } finally {
            s.lock.unlockWrite(stamp);
        }
    }

    /**
     * Records a market price of a question. Writer thread.
     *
     * @param questionId the question's id
     * @param time when the price was observed
     * @param price the YES price, in [0, 1]
     * @throws IllegalArgumentException if the question is unknown or the price not in [0, 1]
     */
    public void onPrice(String questionId, Instant time, double price) {
        onPrice(requireHandle(questionId), Times.nanos(time), price);
    }

    /**
     * Reads a question's features. Any thread, concurrently with the writer; allocation-free unless the
     * optimistic read fails 64 times in a row.
     *
     * @param handle the question's handle
     * @param nowNanos the reader's time, epoch nanoseconds
     * @param out receives the feature values after transforms, length {@code spec().size()} at least
     * @return the time the features are as of: {@code max(nowNanos, watermark)}
     */
    public long features(int handle, long nowNanos, double[] out) {
        return features(handle, nowNanos, out, null);
    }

    /**
     * As {@link #features(int, long, double[])}, also returning the values before the spec's transforms.
     *
     * @param handle the question's handle
     * @param nowNanos the reader's time, epoch nanoseconds
     * @param out receives the feature values after transforms
     * @param rawOut receives the values before transforms, or {@code null}
     * @return the time the features are as of: {@code max(nowNanos, watermark)}
     */
    public long features(int handle, long nowNanos, double[] out, double[] rawOut) {
        QuestionState s = states[handle];
        for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
            long stamp = s.lock.tryOptimisticRead();
            if (stamp == 0) {
                Thread.onSpinWait();
                continue;
            }
            long t = read(s, nowNanos, out, rawOut);
            if (s.lock.validate(stamp)) {
                return t;
            }
        }
        long stamp = s.lock.readLock();
        try {
            return read(s, nowNanos, out, rawOut);
        } finally {
            s.lock.unlockRead(stamp);
        }
    }

    /**
     * Reads a question's features by id. Any thread; allocation-free.
     *
     * @param questionId the question's id
     * @param now the reader's time
     * @param out receives the feature values
     * @return the time the features are as of, epoch nanoseconds
     * @throws IllegalArgumentException if the question is not registered
     */
    public long features(String questionId, Instant now, double[] out) {
        return features(requireHandle(questionId), Times.nanos(now), out);
    }

    /**
     * @param handle a question's handle
     * @return its watermark (latest publication or price time applied), epoch nanoseconds, or
     *     {@code Long.MIN_VALUE} before anything was applied
     */
    public long watermark(int handle) {
        QuestionState s = states[handle];
        long stamp = s.lock.tryOptimisticRead();
        long w = s.watermark;
        if (!s.lock.validate(stamp)) {
            stamp = s.lock.readLock();
            try {
                w = s.watermark;
            } finally {
                s.lock.unlockRead(stamp);
            }
        }
        return w;
    }

    /**
     * @param handle a question's handle
     * @return the number of events applied to it
     */
    public long eventCount(int handle) {
        QuestionState s = states[handle];
        long stamp = s.lock.readLock();
        try {
            return s.eventCount;
        } finally {
            s.lock.unlockRead(stamp);
        }
    }

    private long read(QuestionState s, long now, double[] out, double[] rawOut) {
        long watermark = s.watermark;
        long t = Math.max(now, watermark);
        for (int i = 0; i < n; i++) {
            double raw;
            switch (kinds[i]) {
                case DECAYED_SUM -> {
                    long ref = s.ref[i];
                    raw = ref == QuestionState.NONE ? 0 : s.sum[i] * FeatureFormulas.decay(t - ref, rates[i]);
                }
                case COUNT -> raw = s.windows[i].countAfter(t - windowNanos[i]);
                case DAYS_SINCE -> {
                    long ref = s.ref[i];
                    raw = ref == QuestionState.NONE ? ifNone[i] : FeatureFormulas.daysSince(t, ref);
                }
                case LOG_MAGNITUDE -> raw = Math.log1p(s.sum[i]);
                case DAYS_TO_DEADLINE -> raw = FeatureFormulas.daysToDeadline(t, s.deadline);
                case ELAPSED_FRACTION -> raw = FeatureFormulas.elapsedFraction(t, s.opened, s.deadline);
                case MARKET_PRICE -> raw = s.priceTime == QuestionState.NONE ? ifNone[i] : s.price;
                case TAG -> raw = s.tags[i];
                default -> raw = Double.NaN;
            }
            if (rawOut != null) {
                rawOut[i] = raw;
            }
            out[i] = transforms[i].apply(raw);
        }
        return t;
    }

    private int requireHandle(String questionId) {
        int h = handle(questionId);
        if (h < 0) {
            throw new IllegalArgumentException("question '" + questionId + "' is not registered");
        }
        return h;
    }

    /** A growable list of ints; writer thread only. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
