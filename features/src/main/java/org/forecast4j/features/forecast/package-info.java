/**
 * The {@link org.forecast4j.features.forecast.Forecaster}: a feature spec, a linear log-odds model and an
 * optional calibrator, used in batch ({@code forecast(question, log, t)}, explained feature by feature) and
 * live ({@code onEvent}, {@code probability(questionId, now)}, allocation-free, thread-safe for one writer
 * and many readers, with atomic model swaps).
 *
 * <h2>What a forecast reports</h2>
 * {@code logOdds} is the model's linear predictor {@code intercept + Σ coefficient_i · x_i}, summed left to
 * right in feature order, so the {@code baseLogOdds} (the intercept) plus the contributions, added in that
 * order, reproduce it exactly. {@code probability} is {@code model.probability(x)} — which for a Bayesian
 * model is the moderated predictive probability, not {@code σ(logOdds)} — then passed through the calibrator
 * if there is one; {@code modelProbability} is the value before calibration. The interval, where the model
 * has one, is calibrated end by end. A term is {@code model.term(i, x_i)}: {@code coefficient_i · x_i}, or for
 * the market-anchored model's price {@code (1 + β_L)·logit(price)}.
 *
 * <h2>Live: writes do the work, reads return a value</h2>
 * A bot reads far more often than events arrive, so the live path publishes. With a clock resolution
 * {@code r} ({@link org.forecast4j.features.live.LiveOptions}, default one second), every write (an event, a
 * price, a resolution) recomputes the features of each question it changed as of the question's new
 * watermark {@code w}, scores them (for a Bayesian model, its O(k²) predictive variance is paid here) and
 * publishes the probability for the read times {@code t < ⌊w⌋ + r}. A read at {@code t} returns the published
 * value if {@code t} falls in its window and it was computed by the current model; otherwise it computes the
 * features as of {@code max(⌊t⌋, w)} and publishes them for {@code [⌊t⌋, ⌊t⌋ + r)}: one reader does, by
 * claiming the question's publication slot; readers arriving meanwhile wait for it (a bounded spin) and reuse its
 * value. A read thus always returns the probability of the features as of {@code max(⌊t⌋, w)} of a state the
 * writer had during the read ({@code PublishedReadsTest} checks this with a writer and three readers against a
 * sequential replay). The exact mode ({@code LiveOptions.exact()}) publishes nothing and computes every read
 * as of {@code max(t, w)}, bit for bit as before.
 *
 * <p><b>Why a sequence lock and not an immutable snapshot swap.</b> A snapshot object per publication would
 * allocate on every write; the publication is instead eight longs per question in one primitive array (one
 * cache line each), guarded by a per-question sequence number: a publisher takes it from even to odd by
 * compare-and-set (so one thread publishes a question at a time), writes the fields, and releases it at the
 * next even value; a reader loads it with acquire semantics, the fields, a load-load fence and the sequence
 * again, and keeps the fields only if the sequence was even and unchanged. A read is then a handful of loads
 * and compares, allocation-free and lock-free, and never sees a torn value. A model swap changes the binding's
 * epoch, which every publication records, so a swap is seen by the next read.
 *
 * <p><b>The largest error of the clock resolution</b>, per feature kind, between a read at {@code t} and the
 * exact features at {@code t} (r in days; {@code PublishedReadsTest} checks each bound on random streams): a
 * decayed sum with half-life h is too large by at most a fraction {@code 1 − 2^(−r/h)} of its value; a count
 * may still include the events that left its window in the last {@code r}; days since an event and days to the
 * deadline are off by at most {@code r} (and their {@code log1p} by no more); the elapsed fraction by at most
 * {@code r / (deadline − opened)}; a deadline hazard by at most {@code (A + E)/(B + T) · r}, the largest slope
 * of its probability in the days left; the market price, its move, tags and log-magnitudes are exact.
 *
 * <h2>A live API that says so</h2>
 * A question is closed at its deadline (as known from the latest quoted close) or its resolution
 * ({@code onResolution}): a read at or after it throws
 * {@link org.forecast4j.features.live.QuestionClosedException} instead of returning a number. An event whose id
 * was already fed is ignored and counted; events of a type no feature uses, and events about no registered
 * question, are counted per type ({@code live().duplicateEvents()}, {@code ignoredEventTypes()},
 * {@code unmatchedEvents()}), and each first sighting of such a type is logged at debug level.
 */
package org.forecast4j.features.forecast;
