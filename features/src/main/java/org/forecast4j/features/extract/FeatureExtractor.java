package org.forecast4j.features.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureFormulas;
import org.forecast4j.features.spec.FeatureKind;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;

/**
 * Computes a spec's features for a question as of a time, from the events published by then (see the package
 * documentation for why nothing later can leak in). Immutable and thread-safe.
 *
 * <pre>{@code
 * FeatureExtractor extractor = new FeatureExtractor(FeatureSpec.read(Path.of("spec.json")));
 * double[] x = extractor.extract(question, log, Instant.parse("2026-01-15T00:00:00Z"));
 * FeatureValues why = extractor.explain(question, log, t);     // with the events behind each value
 * FeatureMatrix all = extractor.extractAll(questions, log, t); // one row per question; writeCsv()
 * }</pre>
 *
 * Work per call is linear in the number of events about the question published by {@code t}.
 */
public final class FeatureExtractor {
    private final FeatureSpec spec;
    private final FeatureDefinition[] features;
    private final double[] rates;
    private final long[] windows;

    /**
     * @param spec the features to compute
     */
    public FeatureExtractor(FeatureSpec spec) {
        this.spec = spec;
        this.features = spec.features().toArray(new FeatureDefinition[0]);
        this.rates = new double[features.length];
        this.windows = new long[features.length];
        for (int i = 0; i < features.length; i++) {
            if (features[i].kind() == FeatureKind.DECAYED_SUM) {
                rates[i] = FeatureFormulas.decayRate(features[i].halfLifeDays());
            }
            windows[i] = features[i].windowNanos();
        }
    }

    /** @return the spec */
    public FeatureSpec spec() {
        return spec;
    }

    /**
     * The features of a question as of {@code t}.
     *
     * @param question the question
     * @param log the events; only those published at or before {@code t} are read
     * @param t the time
     * @return the feature values after transforms, in spec order
     */
    public double[] extract(Question question, EventLog log, Instant t) {
        double[] out = new double[features.length];
        extract(question, log.publishedBy(t), out);
        return out;
    }

    /**
     * The features of a question as of the view's time.
     *
     * @param question the question
     * @param view the events published by the time wanted
     * @param out receives the values, length {@code spec().size()} at least
     */
    public void extract(Question question, EventLog.View view, double[] out) {
        compute(question, view, out, null, null);
    }

    /**
     * The features of a question as of {@code t}, with raw values and the events behind each.
     *
     * @param question the question
     * @param log the events; only those published at or before {@code t} are read
     * @param t the time
     * @return the values and their evidence
     */
    public FeatureValues explain(Question question, EventLog log, Instant t) {
        return explain(question, log.publishedBy(t));
    }

    /**
     * As {@link #explain(Question, EventLog, Instant)}, as of the view's time.
     *
     * @param question the question
     * @param view the events published by the time wanted
     * @return the values and their evidence
     */
    public FeatureValues explain(Question question, EventLog.View view) {
        int n = features.length;
        double[] values = new double[n];
        double[] raw = new double[n];
        List<List<Event>> evidence = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            evidence.add(new ArrayList<>());
        }
        compute(question, view, values, raw, evidence);
        List<List<Event>> frozen = new ArrayList<>(n);
        for (List<Event> list : evidence) {
            frozen.add(Collections.unmodifiableList(list));
        }
        return new FeatureValues(question.id(), view.asOf(), spec.schema(), raw, values,
                Collections.unmodifiableList(frozen));
    }

    /**
     * The features of many questions as of one time.
     *
     * @param questions the questions, one row each, in order
     * @param log the events
     * @param t the time
     * @return the matrix
     */
    public FeatureMatrix extractAll(List<Question> questions, EventLog log, Instant t) {
        EventLog.View view = log.publishedBy(t);
        List<String> ids = new ArrayList<>(questions.size());
        List<Instant> times = new ArrayList<>(questions.size());
        double[][] rows = new double[questions.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[features.length];
            extract(questions.get(r), view, rows[r]);
            ids.add(questions.get(r).id());
            times.add(t);
        }
        return new FeatureMatrix(spec.schema(), ids, times, rows);
    }

    private void compute(Question question, EventLog.View view, double[] out, double[] rawOut,
            List<List<Event>> evidence) {
        long t = view.asOfNanos();
        int n = features.length;
        double[] acc = new double[n];
        long[] latest = new long[n];
        Event[] latestEvent = evidence == null ? null : new Event[n];
        java.util.Arrays.fill(latest, Long.MIN_VALUE);
        Match match = spec.match();
        List<Event> events = match == Match.ALL || question.entities().isEmpty() ? view.events()
                : view.about(question.entities());
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            if (!match.isAbout(question, e)) {
                continue;
            }
            String type = e.type();
            long occurred = e.occurredNanos();
            for (int i = 0; i < n; i++) {
                FeatureDefinition f = features[i];
                if (!f.kind().usesEvents() || !f.type().equals(type)) {
                    continue;
                }
                switch (f.kind()) {
                    case DECAYED_SUM -> {
                        acc[i] += f.weight().of(e) * FeatureFormulas.decay(t - occurred, rates[i]);
                        addEvidence(evidence, i, e);
                    }
                    case COUNT -> {
                        if (occurred > t - windows[i]) {
                            acc[i] += 1;
                            addEvidence(evidence, i, e);
                        }
                    }
                    case DAYS_SINCE -> {
                        if (occurred >= latest[i]) {
                            latest[i] = occurred;
                            if (latestEvent != null) {
                                latestEvent[i] = e;
                            }
                        }
                    }
                    case LOG_MAGNITUDE -> {
                        acc[i] += e.magnitudeOr(0);
                        addEvidence(evidence, i, e);
                    }
                    default -> throw new IllegalStateException("not an event kind: " + f.kind());
                }
            }
        }
        for (int i = 0; i < n; i++) {
            FeatureDefinition f = features[i];
            double raw = switch (f.kind()) {
                case DECAYED_SUM, COUNT -> acc[i];
                case DAYS_SINCE -> latest[i] == Long.MIN_VALUE ? f.ifNone() : FeatureFormulas.daysSince(t, latest[i]);
                case LOG_MAGNITUDE -> FeatureFormulas.logMagnitude(acc[i]);
                case DAYS_TO_DEADLINE -> FeatureFormulas.daysToDeadline(t,
                        Times.nanos(question.deadlineAt(view.asOf())));
                case ELAPSED_FRACTION -> FeatureFormulas.elapsedFraction(t, Times.nanos(question.opened()),
                        Times.nanos(question.deadlineAt(view.asOf())));
                case MARKET_PRICE -> {
                    PricePoint price = question.latestPrice(view.asOf());
                    yield price == null ? f.ifNone() : price.price();
                }
                case MARKET_CHANGE -> {
                    PricePoint last = question.latestPrice(view.asOf());
                    PricePoint previous = question.previousPrice(view.asOf());
                    yield last == null ? 0.0
                            : FeatureFormulas.marketChange(last.price(), previous == null ? Double.NaN
                                    : previous.price());
                }
                case DEADLINE_HAZARD -> f.hazard().probability(f.hazard().daysLeft(t,
                        Times.nanos(question.deadlineAt(view.asOf()))));
                case TAG -> question.hasEntity(f.entity()) ? 1.0 : 0.0;
            };
            if (rawOut != null) {
                rawOut[i] = raw;
            }
            out[i] = f.transform().apply(raw);
            if (latestEvent != null && latestEvent[i] != null) {
                evidence.get(i).add(latestEvent[i]);
            }
        }
    }

    private static void addEvidence(List<List<Event>> evidence, int i, Event e) {
        if (evidence != null) {
            evidence.get(i).add(e);
        }
    }
}
