package org.forecast4j.features.forecast;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.extract.FeatureExtractor;
import org.forecast4j.features.extract.FeatureValues;
import org.forecast4j.features.live.LiveFeatureState;
import org.forecast4j.features.live.LiveOptions;
import org.forecast4j.features.live.LiveSnapshot;
import org.forecast4j.features.live.QuestionClosedException;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * A feature spec, a linear log-odds model and an optional calibrator: forecasts in batch, explained feature
 * by feature, and live, for bots.
 *
 * <pre>{@code
 * Forecaster f = Forecaster.load(Path.of("spec.json"), Path.of("model.json"), null);
 * Forecast why = f.forecast(question, log, Instant.parse("2026-01-15T00:00:00Z"));   // batch
 *
 * f.register(question);                                     // live: writer thread
 * f.onEvent(event);
 * double p = f.probability("potus-tokyo-2026", Instant.now()); // any thread, allocation-free
 * f.swap(newModel, newCalibrator);                          // atomic
 * }</pre>
 *
 * <h2>Threads</h2>
 * Batch methods are thread-safe. The live writer methods ({@link #register}, {@link #onEvent},
 * {@link #onPrice}) must be called by one thread at a time; {@link #probability} may be called from any number
 * of threads concurrently with it (see {@code org.forecast4j.features.live} for the memory model).
 * {@link #swap} replaces model and calibrator together through one volatile write: every probability is
 * computed with one pair, never a mix. The model must be thread-safe and immutable, as every forecast4j
 * model is.
 */
public final class Forecaster {
    private static final AtomicLong EPOCHS = new AtomicLong();
    private static final int REUSE_SPINS = 2048;

    private final FeatureSpec spec;
    private final FeatureExtractor extractor;
    private final LiveFeatureState live;
    private final LiveOptions options;
    private final long resolution;
    private final PublishedProbabilities published = new PublishedProbabilities();
    private final EventLog events;
    private final ThreadLocal<double[]> scratch;
    private final ThreadLocal<LiveSnapshot> seen = ThreadLocal.withInitial(LiveSnapshot::new);
    private final double[] writerScratch;
    private final LiveSnapshot writerSeen = new LiveSnapshot();
    private volatile Binding binding;

    /** A model and its calibrator, swapped together; the epoch tells the values it published from others'. */
    private record Binding(LinearLogOddsModel model, Calibrator calibrator, long epoch) {
        double score(double[] x) {
            double p = model.probability(x);
            return calibrator == null ? p : calibrator.calibrate(p);
        }
    }

    private Forecaster(Builder b) {
        this.spec = b.spec;
        this.extractor = new FeatureExtractor(b.spec);
        this.options = b.options;
        this.resolution = b.options.resolutionNanos();
        this.live = new LiveFeatureState(b.spec, b.options.windowCapacity());
        this.events = b.events;
        int n = b.spec.size();
        this.scratch = ThreadLocal.withInitial(() -> new double[n]);
        this.writerScratch = new double[n];
        this.binding = bind(b.spec, b.model, b.calibrator, "the model");
        if (resolution > 0) {
            live.onWrite(this::publishAfterWrite);
        }
    }

    /**
     * @param spec the features
     * @param model a model trained on exactly the spec's features, in order
     * @return a builder
     */
    public static Builder builder(FeatureSpec spec, LinearLogOddsModel model) {
        return new Builder(spec, model);
    }

    /**
     * @param spec the features
     * @param model a model trained on exactly the spec's features
     * @return a forecaster without a calibrator
     * @throws InvalidInputException if the model's feature schema differs from the spec's
     */
    public static Forecaster of(FeatureSpec spec, LinearLogOddsModel model) {
        return builder(spec, model).build();
    }

    /**
     * Loads a spec file, a model file and optionally a calibrator file.
     *
     * @param specFile the feature spec (JSON)
     * @param modelFile a model file of a linear log-odds kind
     * @param calibratorFile a calibrator file, or {@code null}
     * @return the forecaster
     * @throws InvalidInputException if a file is missing or malformed, the model is not a linear log-odds
     *     model, or its feature schema differs from the spec's
     */
    public static Forecaster load(Path specFile, Path modelFile, Path calibratorFile) {
        FeatureSpec spec = FeatureSpec.read(specFile);
        ProbabilityModel model = ModelReaders.readModel(modelFile, spec.schema());
        if (!(model instanceof LinearLogOddsModel linear)) {
            throw new InvalidInputException(modelFile.toString(), 0, "kind", model.kind(),
                    "is not a linear log-odds model, which the Forecaster needs to explain its forecasts");
        }
        Builder builder = builder(spec, linear);
        if (calibratorFile != null) {
            builder.calibrator(ModelReaders.readCalibrator(calibratorFile));
        }
        return builder.build();
    }

    private static Binding bind(FeatureSpec spec, LinearLogOddsModel model, Calibrator calibrator, String what) {
        Objects.requireNonNull(model, "model");
        model.schema().requireSameAs(spec.schema(), what + " (" + model.kind() + ")");
        return new Binding(model, calibrator, EPOCHS.incrementAndGet());
    }

    /** @return the spec */
    public FeatureSpec spec() {
        return spec;
    }

    /** @return the current model */
    public LinearLogOddsModel model() {
        return binding.model();
    }

    /** @return the current calibrator, or {@code null} */
    public Calibrator calibrator() {
        return binding.calibrator();
    }

    /** @return the batch extractor */
    public FeatureExtractor extractor() {
        return extractor;
    }

    /** @return the live options: the clock resolution of published probabilities */
    public LiveOptions liveOptions() {
        return options;
    }

    /** @return the live state, for direct feature reads */
    public LiveFeatureState live() {
        return live;
    }

    /**
     * Replaces the model and calibrator atomically. Any thread.
     *
     * @param model the new model, trained on the spec's features
     * @param calibrator the new calibrator, or {@code null} for none
     * @throws InvalidInputException if the model's feature schema differs from the spec's (nothing changes)
     */
    public void swap(LinearLogOddsModel model, Calibrator calibrator) {
        binding = bind(spec, model, calibrator, "the new model");
    }

    // ---------------------------------------------------------------- batch

    /**
     * A forecast for a question as of {@code t}, from the events published by then, explained by feature.
     *
     * @param question the question
     * @param log the events
     * @param t the time
     * @return the forecast
     */
    public Forecast forecast(Question question, EventLog log, Instant t) {
        FeatureValues values = extractor.explain(question, log, t);
        int n = values.size();
        double[] raw = new double[n];
        List<List<Event>> behind = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            raw[i] = values.rawValue(i);
            behind.add(values.events(i));
        }
        return explain(question.id(), values.asOf(), raw, values.values(), behind, binding);
    }

    /**
     * A forecast from the event log given to the builder.
     *
     * @param question the question
     * @param t the time
     * @return the forecast
     * @throws IllegalStateException if the builder was given no event log
     */
    public Forecast forecast(Question question, Instant t) {
        if (events == null) {
            throw new IllegalStateException("no event log: give one to the builder, or call forecast(question,"
                    + " log, t)");
        }
        return forecast(question, events, t);
    }

    private Forecast explain(String questionId, Instant asOf, double[] raw, double[] x, List<List<Event>> behind,
            Binding b) {
        LinearLogOddsModel model = b.model();
        double base = model.intercept();
        double logOdds = base;
        List<Contribution> contributions = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            double coefficient = model.coefficient(i);
            double c = model.term(i, x[i]);
            logOdds += c;
            contributions.add(new Contribution(spec.feature(i).name(), raw[i], x[i], coefficient, c,
                    behind == null ? List.of() : behind.get(i)));
        }
        double modelProbability = model.probability(x);
        double probability = b.calibrator() == null ? modelProbability : b.calibrator().calibrate(modelProbability);
        ProbabilityInterval interval = model.interval(x);
        if (interval != null && b.calibrator() != null) {
            double lo = b.calibrator().calibrate(interval.lower());
            double hi = b.calibrator().calibrate(interval.upper());
            interval = new ProbabilityInterval(Math.min(lo, hi), Math.max(lo, hi), interval.level());
        }
        return new Forecast(questionId, asOf, probability, modelProbability, logOdds, base, interval, contributions,
                model.kind(), model.schema().hash());
    }

    // ---------------------------------------------------------------- live

    /**
     * Registers a question for live forecasting. Writer thread.
     *
     * @param question the question
     * @return its handle
     * @throws IllegalArgumentException if already registered
     */
    public int register(Question question) {
        int handle = live.register(question);
        published.ensure(handle);
        return handle;
    }

    /**
     * Feeds an event to the live state, once: an event whose id was already fed is ignored and counted
     * ({@link LiveFeatureState#duplicateEvents()}). Writer thread; O(1) per matching question and feature, then
     * each question it changed has its probability recomputed and published (unless the options are exact).
     *
     * @param event the event
     * @return whether it was applied ({@code false} for a repeated id)
     */
    public boolean onEvent(Event event) {
        return live.onEvent(event);
    }

    /**
     * Records that a question resolved: from {@code time} on, a live read of it throws
     * {@link QuestionClosedException}. Writer thread.
     *
     * @param questionId the question
     * @param time when it resolved
     * @throws IllegalArgumentException if the question is not registered
     */
    public void onResolution(String questionId, Instant time) {
        live.onResolution(requireHandle(questionId), Times.nanos(time));
    }

    /**
     * Feeds a market price. Writer thread.
     *
     * @param questionId the question
     * @param time when the price was observed
     * @param price the YES price in [0, 1]
     */
    public void onPrice(String questionId, Instant time, double price) {
        live.onPrice(questionId, time, price);
    }

    /**
     * The live probability of a question. Any thread; allocation-free (it uses a per-thread feature buffer).
     *
     * @param questionId a registered question
     * @param now the reader's time; features are as of {@code max(now, watermark)}
     * @return the probability, calibrated if a calibrator is set
     * @throws IllegalArgumentException if the question is not registered
     */
    public double probability(String questionId, Instant now) {
        return probability(requireHandle(questionId), Times.nanos(now), scratch.get());
    }

    private int requireHandle(String questionId) {
        int handle = live.handle(questionId);
        if (handle < 0) {
            throw new IllegalArgumentException("question '" + questionId + "' is not registered");
        }
        return handle;
    }

    /**
     * The live probability of a question by handle, with a caller-owned feature buffer. Any thread;
     * allocation-free.
     *
     * <p>With a clock resolution (the default, one second), a read returns the probability published for the
     * window its time falls in, computing nothing: the writer publishes after every event, price or resolution,
     * and the first read past a window's end recomputes and publishes (one reader does; others arriving
     * meanwhile wait for it and reuse its value). Its features are as of {@code max(⌊nowNanos⌋, watermark)}; in
     * the exact mode ({@link LiveOptions#exact()}) every read computes them as of {@code max(nowNanos,
     * watermark)}. See {@link LiveOptions} and the package documentation for the largest error of each feature
     * kind.
     *
     * @param handle the handle from {@link #register}
     * @param nowNanos the reader's time, epoch nanoseconds
     * @param x a buffer of length {@code spec().size()}, owned by the calling thread; receives the features when
     *     the read computes them (left as it was on a published read)
     * @return the probability
     * @throws QuestionClosedException if {@code nowNanos} is at or after the question's deadline or resolution
     */
    public double probability(int handle, long nowNanos, double[] x) {
        Binding b = binding;
        if (resolution > 0) {
            double p = published.read(handle, nowNanos, b.epoch());
            if (p == p) {
                return p;
            }
        }
        return computeAndPublish(handle, nowNanos, x, b);
    }

    private double computeAndPublish(int handle, long now, double[] x, Binding b) {
        LiveSnapshot s = seen.get();
        if (resolution == 0) {
            return compute(handle, now, x, b, s);
        }
        long claim = published.tryClaim(handle);
        if (claim < 0) {
            // Another thread is publishing this question: reuse its value if it answers this read.
            for (int spin = 0; spin < REUSE_SPINS && claim < 0; spin++) {
                Thread.onSpinWait();
                double p = published.read(handle, now, b.epoch());
                if (p == p) {
                    return p;
                }
                claim = published.tryClaim(handle);
            }
            if (claim < 0) {
                return compute(handle, now, x, b, s);
            }
        }
        boolean released = false;
        try {
            double p = compute(handle, now, x, b, s);
            long from;
            long until;
            if (s.asOf() == s.watermark()) {
                from = Long.MIN_VALUE;
                until = windowEnd(s.watermark());
            } else {
                from = s.asOf();
                until = from + resolution;
            }
            published.publish(handle, claim, p, from, Math.min(until, s.closesAt()), b.epoch(), s.writes());
            released = true;
            return p;
        } finally {
            if (!released) {
                published.release(handle, claim);
            }
        }
    }

    /** The probability of the features as of max(⌊now⌋, watermark), computed now; throws if the question closed. */
    private double compute(int handle, long now, double[] x, Binding b, LiveSnapshot s) {
        live.snapshot(handle, now, resolution, x, s);
        requireOpen(handle, now, s);
        return b.score(x);
    }

    /** @return the end (exclusive) of the resolution window holding {@code t} */
    private long windowEnd(long t) {
        return Math.floorDiv(t, resolution) * resolution + resolution;
    }

    private void requireOpen(int handle, long now, LiveSnapshot s) {
        if (now >= s.closesAt()) {
            boolean resolved = s.resolvedAt() <= s.deadline();
            throw new QuestionClosedException(live.question(handle).id(), Times.instant(s.closesAt()),
                    resolved ? "its resolution" : "its deadline", Times.instant(now));
        }
    }

    /** After a write: the question's probability as of its new watermark, published for its window. */
    private void publishAfterWrite(int handle) {
        Binding b = binding;
        LiveSnapshot s = writerSeen;
        published.ensure(handle);
        long claim = published.claim(handle);
        boolean released = false;
        try {
            long watermark = live.watermark(handle);
            if (watermark == Long.MIN_VALUE) {
                return;
            }
            live.snapshot(handle, watermark, resolution, writerScratch, s);
            if (s.asOf() >= s.closesAt()) {
                return;
            }
            double p = b.score(writerScratch);
            published.publish(handle, claim, p, Long.MIN_VALUE, Math.min(windowEnd(s.watermark()), s.closesAt()),
                    b.epoch(), s.writes());
            released = true;
        } finally {
            if (!released) {
                published.release(handle, claim);
            }
        }
    }

    /**
     * A live forecast with its contributions (but no event lists: the live state keeps aggregates, not
     * events). Any thread; allocates the result.
     *
     * @param questionId a registered question
     * @param now the reader's time
     * @return the forecast, as of {@code max(now, watermark)}
     * @throws IllegalArgumentException if the question is not registered
     */
    public Forecast forecastLive(String questionId, Instant now) {
        int handle = requireHandle(questionId);
        double[] x = new double[spec.size()];
        double[] raw = new double[spec.size()];
        LiveSnapshot s = new LiveSnapshot();
        long t = live.snapshot(handle, Times.nanos(now), 0, x, raw, s);
        requireOpen(handle, Times.nanos(now), s);
        return explain(questionId, Times.instant(t), raw, x, null, binding);
    }

    /** Configures a {@link Forecaster}. */
    public static final class Builder {
        private final FeatureSpec spec;
        private final LinearLogOddsModel model;
        private Calibrator calibrator;
        private EventLog events;
        private LiveOptions options = LiveOptions.DEFAULTS;

        private Builder(FeatureSpec spec, LinearLogOddsModel model) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.model = Objects.requireNonNull(model, "model");
        }

        /**
         * @param value a calibrator applied to the model's probabilities, or {@code null}
         * @return this builder
         */
        public Builder calibrator(Calibrator value) {
            this.calibrator = value;
            return this;
        }

        /**
         * @param log the events {@link Forecaster#forecast(Question, Instant)} reads
         * @return this builder
         */
        public Builder events(EventLog log) {
            this.events = log;
            return this;
        }

        /**
         * @param capacity the initial ring-buffer capacity of each live count (see {@link LiveFeatureState})
         * @return this builder
         */
        public Builder windowCapacity(int capacity) {
            this.options = options.withWindowCapacity(capacity);
            return this;
        }

        /**
         * @param value the live options: the clock resolution of published probabilities (default one second;
         *     {@link LiveOptions#exact()} for none) and the count buffers' initial capacity
         * @return this builder
         */
        public Builder live(LiveOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        /**
         * @return the forecaster
         * @throws InvalidInputException if the model's feature schema differs from the spec's
         */
        public Forecaster build() {
            return new Forecaster(this);
        }
    }
}
