package org.forecast4j.features.live;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureFormulas;
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
    private final FeatureSpec spec;
    private final LiveLayout layout;
    private final int initialWindowCapacity;

    /** Question handles by entity, and the handles of questions with no entities. Writer thread only. */
    private final Map<String, int[]> questionsByEntity = new HashMap<>();
    private int[] universal = new int[0];
    private long eventSequence;

    private final EventLedger ledger = new EventLedger();
    private IntConsumer writeListener;

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
        this.layout = new LiveLayout(spec);
        this.initialWindowCapacity = initialWindowCapacity;
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
        QuestionState state = new QuestionState(question, states.length, layout, initialWindowCapacity);
        LiveLayout l = layout;
        for (int k = 0; k < l.staticCount; k++) {
            FeatureDefinition f = spec.feature(l.staticFeature[k]);
            double raw = switch (l.staticKind[k]) {
                case TAG -> question.hasEntity(f.entity()) ? 1 : 0;
                case MARKET_PRICE -> f.ifNone();
                case MARKET_CHANGE -> 0.0;
                case LOG_MAGNITUDE -> FeatureFormulas.logMagnitude(0);
                default -> throw new IllegalStateException("not a static kind: " + l.staticKind[k]);
            };
            StateWrites.setStatic(l, state, k, raw);
        }
        QuestionState[] old = states;
        int handle = old.length;
        QuestionState[] grown = Arrays.copyOf(old, handle + 1);
        grown[handle] = state;
        if (question.entities().isEmpty()) {
            universal = append(universal, handle);
        } else {
            for (String entity : question.entities()) {
                int[] list = questionsByEntity.get(entity);
                if (list == null) {
                    questionsByEntity.put(entity, new int[] {handle});
                } else if (list[list.length - 1] != handle) {
                    questionsByEntity.put(entity, append(list, handle));
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
     * Sets the function told, on the writer thread, of every question a write changed (after its lock is
     * released): the Forecaster publishes the question's new probability there. Writer thread, before the
     * first write.
     *
     * @param listener receives the handle of each question written, or {@code null} for none
     */
    public void onWrite(IntConsumer listener) {
        this.writeListener = listener;
    }

    /**
     * Applies an event to every registered question it is about, once: an event whose id was already applied is
     * ignored and counted ({@link #duplicateEvents()}). Writer thread. O(1) per (question, feature fed);
     * allocates only to remember the id (and when a count buffer grows).
     *
     * @param event the event
     * @return whether it was applied ({@code false} for a repeated id)
     */
    public boolean onEvent(Event event) {
        if (!ledger.firstSighting(event.id())) {
            return false;
        }
        applyEvent(event.type(), event.occurredNanos(), event.publishedNanos(), event.entities(),
                event.credibility(), event.magnitudeOr(0));
        return true;
    }

    /**
     * Applies an event given by its fields, once per {@code id}: as {@link #onEvent(String, long, long, List,
     * double, double)}, but an id already applied through this method is ignored and counted. Writer thread;
     * allocation-free but when the id table doubles.
     *
     * @param id the event's numeric id, unique per event in the bot's feed
     * @param type the event type
     * @param occurredNanos when it happened, epoch nanoseconds
     * @param publishedNanos when it became known, epoch nanoseconds, {@code >= occurredNanos}
     * @param entities the entities it is about, read during the call and not kept
     * @param credibility how far to trust it, in [0, 1]
     * @param magnitude its size, finite and {@code >= 0}
     * @return whether it was applied ({@code false} for a repeated id)
     * @throws IllegalArgumentException as {@link #onEvent(String, long, long, List, double, double)}; nothing is
     *     applied or remembered then
     */
    public boolean onEvent(long id, String type, long occurredNanos, long publishedNanos, List<String> entities,
            double credibility, double magnitude) {
        checkEvent(occurredNanos, publishedNanos, credibility, magnitude);
        if (!ledger.firstSighting(id)) {
            return false;
        }
        applyEvent(Objects.requireNonNull(type, "type"), occurredNanos, publishedNanos,
                Objects.requireNonNull(entities, "entities"), credibility, magnitude);
        return true;
    }

    /** @return how many events were ignored because their id had been applied already */
    public long duplicateEvents() {
        return ledger.duplicates();
    }

    /**
     * @return per event type, the events ignored because no feature of the spec uses their type (a copy, sorted
     *     by type); any thread
     */
    public Map<String, Long> ignoredEventTypes() {
        return ledger.unknownTypes();
    }

    /**
     * @return per event type, the events of a used type that were about no registered question (their entities
     *     matched none, e.g. spelt or cased differently); a copy, sorted by type; any thread
     */
    public Map<String, Long> unmatchedEvents() {
        return ledger.unmatched();
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
        checkEvent(occurredNanos, publishedNanos, credibility, magnitude);
        applyEvent(Objects.requireNonNull(type, "type"), occurredNanos, publishedNanos,
                Objects.requireNonNull(entities, "entities"), credibility, magnitude);
    }

    private static void checkEvent(long occurredNanos, long publishedNanos, double credibility, double magnitude) {
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
    }

    private void applyEvent(String type, long occurred, long published, List<String> entities,
            double credibility, double magnitude) {
        LiveLayout.TypeFeeds feeds = layout.feedsByType.get(type);
        if (feeds == null) {
            ledger.unknownType(type);
            return;
        }
        long sequence = ++eventSequence;
        QuestionState[] all = states;
        boolean matched = false;
        if (spec.match() == Match.ALL) {
            for (QuestionState state : all) {
                matched |= applyTo(state, feeds, sequence, occurred, published, credibility, magnitude);
            }
        } else {
            for (int e = 0; e < entities.size(); e++) {
                int[] list = questionsByEntity.get(entities.get(e));
                if (list != null) {
                    for (int handle : list) {
                        matched |= applyTo(all[handle], feeds, sequence, occurred, published, credibility, magnitude);
                    }
                }
            }
            for (int handle : universal) {
                matched |= applyTo(all[handle], feeds, sequence, occurred, published, credibility, magnitude);
            }
        }
        if (!matched) {
            ledger.unmatched(type);
        }
    }

    private boolean applyTo(QuestionState s, LiveLayout.TypeFeeds feeds, long sequence, long occurred,
            long published, double credibility, double magnitude) {
        if (!StateWrites.event(layout, s, feeds, sequence, occurred, published, credibility, magnitude)) {
            return false;
        }
        written(s);
        return true;
    }

    private void written(QuestionState s) {
        IntConsumer listener = writeListener;
        if (listener != null) {
            listener.accept(s.handle);
        }
    }

    /**
     * Records that a question resolved: no probability is given for it at or after {@code timeNanos}. Writer
     * thread.
     *
     * @param handle the question's handle
     * @param timeNanos when it resolved, epoch nanoseconds
     */
    public void onResolution(int handle, long timeNanos) {
        QuestionState s = states[handle];
        long stamp = s.lock.writeLock();
        try {
            s.resolvedAt = Math.min(s.resolvedAt, timeNanos);
            s.writes++;
        } finally {
            s.lock.unlockWrite(stamp);
        }
        written(s);
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
        onPrice(handle, timeNanos, price, QuestionState.NONE);
    }

    /**
     * Records a market price of a question with the market's close as quoted then. Writer thread. A price
     * observed before the latest one fed is ignored; at the same time, the later call wins. The close, if given,
     * becomes the deadline of the time-to-deadline and elapsed-fraction features from then on.
     *
     * @param handle the question's handle
     * @param timeNanos when the price was observed, epoch nanoseconds
     * @param price the YES price, in [0, 1]
     * @param closeNanos the market's close as known at {@code timeNanos}, epoch nanoseconds, or
     *     {@code Long.MIN_VALUE} for none
     * @throws IllegalArgumentException if the price is not in [0, 1]
     */
    public void onPrice(int handle, long timeNanos, double price, long closeNanos) {
        if (!(price >= 0 && price <= 1)) {
            throw new IllegalArgumentException("price must be in [0, 1], got " + price);
        }
        QuestionState s = states[handle];
        StateWrites.price(layout, s, timeNanos, price, closeNanos);
        written(s);
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
        return StateReads.consistentRead(layout, states[handle], nowNanos, out, rawOut, null);
    }

    /**
     * Reads a question's features at a clock resolution, with what the read saw: the features as of
     * {@code max(⌊now⌋, watermark)}, {@code ⌊now⌋} being {@code now} rounded down to a multiple of
     * {@code resolutionNanos} (or {@code now} itself for a resolution of 0). Any thread; allocation-free unless the
     * optimistic read fails 64 times in a row.
     *
     * @param handle the question's handle
     * @param nowNanos the reader's time, epoch nanoseconds
     * @param resolutionNanos the clock resolution, {@code >= 0}
     * @param out receives the feature values after transforms
     * @param seen receives the time the features are as of, the watermark, the write count, the deadline and the
     *     resolution time, all from the same consistent snapshot
     * @return the time the features are as of
     */
    public long snapshot(int handle, long nowNanos, long resolutionNanos, double[] out, LiveSnapshot seen) {
        return snapshot(handle, nowNanos, resolutionNanos, out, null, seen);
    }

    /**
     * As {@link #snapshot(int, long, long, double[], LiveSnapshot)}, also returning the values before the spec's
     * transforms.
     *
     * @param handle the question's handle
     * @param nowNanos the reader's time, epoch nanoseconds
     * @param resolutionNanos the clock resolution, {@code >= 0}
     * @param out receives the feature values after transforms
     * @param rawOut receives the values before transforms, or {@code null}
     * @param seen receives what the read saw
     * @return the time the features are as of
     */
    public long snapshot(int handle, long nowNanos, long resolutionNanos, double[] out, double[] rawOut,
            LiveSnapshot seen) {
        long floor = resolutionNanos == 0 ? nowNanos : Math.floorDiv(nowNanos, resolutionNanos) * resolutionNanos;
        return StateReads.consistentRead(layout, states[handle], floor, out, rawOut, seen);
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

    private int requireHandle(String questionId) {
        int h = handle(questionId);
        if (h < 0) {
            throw new IllegalArgumentException("question '" + questionId + "' is not registered");
        }
        return h;
    }

    private static int[] append(int[] list, int value) {
        int[] grown = Arrays.copyOf(list, list.length + 1);
        grown[list.length] = value;
        return grown;
    }
}
