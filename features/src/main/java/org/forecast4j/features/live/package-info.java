/**
 * Live, incremental feature state for trading bots: one writer thread feeds events and prices, any number of
 * threads read a question's features at any moment.
 *
 * <h2>Cost</h2>
 * Per event: O(1) per (matching question, feature fed by the event's type) — decayed sums are rescaled
 * incrementally, counts go into a sorted primitive ring buffer (amortised O(1) for events arriving in order).
 * Per read: O(features) with one {@code exp} per distinct half-life (decayed sums of one half-life share a
 * reference time, so one factor {@code 2^(−Δ/halfLife)} rescales them all), one {@code log} per {@code log1p}
 * transform ({@link org.forecast4j.core.prob.Probabilities#log1p}), and a count costs one comparison unless
 * events left its window after the watermark (then a short scan and a binary search over its buffer). Values
 * that change only when the writer applies something — tags, the market price, log-magnitudes — are stored
 * already transformed. A question's state is two primitive arrays (see {@code LiveLayout}), so a read touches
 * a few contiguous cache lines. Neither allocates once the ring buffers have grown to the largest window
 * population (the warm-up).
 *
 * <h2>Semantics</h2>
 * The state of a question is the set of events fed so far that are about it, plus the latest price fed.
 * Each question has a <em>watermark</em>: the latest publication time of an event (or observation time of a
 * price) applied to it. Features are computed as of {@code max(now, watermark)}, so they never use an event
 * from the future of the time they are computed at; a reader whose clock lags the feed gets the features as
 * of the newest thing it can see. With that time, live features equal the batch features of
 * {@link org.forecast4j.features.extract.FeatureExtractor} over the events fed, to rounding (about 1e-15
 * relative; the tests require 1e-9).
 *
 * <h2>What is not applied, and said so</h2>
 * An event whose id was already applied is ignored ({@code duplicateEvents()} counts it): {@code onEvent(Event)}
 * remembers String ids, {@code onEvent(long id, …)} numeric ids in a primitive table. Events of a type no feature
 * uses, and events about no registered question, are counted per type ({@code ignoredEventTypes()},
 * {@code unmatchedEvents()}) and logged at debug level the first time. A {@link
 * org.forecast4j.features.live.LiveOptions clock resolution} and the publication of probabilities belong to the
 * {@link org.forecast4j.features.forecast.Forecaster}, which listens to this state's writes ({@code onWrite}).
 *
 * <h2>Out-of-order arrival</h2>
 * Events may arrive in any order, by publication or occurrence time. Every kind is an order-free aggregate of
 * the events fed (sums, a maximum, a count over a window), so the state after a late event equals the state
 * had it arrived in order. The only consequences of lateness: a read made before the late event arrived did
 * not include it, and a late event that occurred at or before {@code watermark − windowDays} is not stored
 * in a count's buffer — it could never be inside a window again, since reads happen at or after the
 * watermark. A price observed before the latest price fed is ignored for the same reason.
 *
 * <h2>Threads and the memory model</h2>
 * The writer methods ({@code register}, {@code onEvent}, {@code onPrice}, {@code onResolution}) must be called by
 * one thread at a time. Readers may call concurrently with the writer. Each question's state is guarded by a
 * {@link java.util.concurrent.locks.StampedLock} used as a sequence lock: the writer holds the write lock for
 * its O(1) update; a reader makes an optimistic read, copies what it needs, and keeps the result only if
 * {@code validate} confirms no write intervened (validate has acquire-fence semantics), else retries; after 64
 * failed attempts it takes the read lock (which may allocate). A validated read is a consistent snapshot of
 * one question. New questions are published through a volatile array and a {@code ConcurrentHashMap}.
 */
package org.forecast4j.features.live;
