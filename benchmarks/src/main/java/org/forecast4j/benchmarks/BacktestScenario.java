package org.forecast4j.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * Seeded inputs of a walk-forward backtest: resolved questions with weekly market prices, an event log with
 * {@value #EVENTS_PER_QUESTION} events per question whose types lean towards the outcome, and the 32-feature
 * spec of the live benchmark ({@link LiveScenario#spec()}).
 *
 * <p>Question {@code i} opens {@code i × 8.76 h} after 2020-01-01 (the openings span two years at 2,000
 * questions), is open for 180 days, so that a forecast every 7 days gives it {@value #FORECASTS_PER_QUESTION}
 * forecast times, and resolves YES with probability 0.4. Its events occur uniformly while it is open, about it
 * (entity {@code Q<i>}, plus one of three regions), and are published when they occur or up to six hours later;
 * their type is one of the six signed types of {@link LiveScenario#TYPES}, the first three more likely when the
 * outcome is YES, or a neutral rumour. A weekly market price drifts from 0.5 towards the outcome with noise.
 */
final class BacktestScenario {
    static final int EVENTS_PER_QUESTION = 100;
    static final int FORECASTS_PER_QUESTION = 26;
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    private static final double OPEN_DAYS = 180;
    private static final double SPAN_DAYS = 730;

    final List<Question> questions;
    final EventLog events;
    final FeatureSpec spec;

    /**
     * @param questionCount the number of questions; the log holds {@value #EVENTS_PER_QUESTION} times as many
     *     events
     * @param seed the seed
     */
    BacktestScenario(int questionCount, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        long start = Times.nanos(START);
        double day = Times.NANOS_PER_DAY;
        String[] regions = {"region-a", "region-b", "region-c"};
        questions = new ArrayList<>(questionCount);
        List<Event> log = new ArrayList<>(questionCount * EVENTS_PER_QUESTION);
        for (int i = 0; i < questionCount; i++) {
            long opened = start + (long) (i * (SPAN_DAYS / 2000.0) * day);
            long resolved = opened + (long) (OPEN_DAYS * day);
            boolean outcome = random.nextDouble() < 0.4;
            String entity = "Q" + i;
            String region = regions[i % regions.length];
            Question.Builder q = Question.builder("q" + i).opened(Times.instant(opened))
                    .deadline(Times.instant(resolved)).entities(entity, region)
                    .resolved(Times.instant(resolved), outcome);
            double logOdds = 0;
            for (int week = 0; week < FORECASTS_PER_QUESTION; week++) {
                logOdds += (outcome ? 0.08 : -0.08) + 0.3 * random.nextGaussian();
                long t = opened + (long) ((week * 7 + random.nextDouble()) * day);
                q.price(Times.instant(t), 0.02 + 0.96 * Probabilities.sigmoid(logOdds));
            }
            questions.add(q.build());
            for (int e = 0; e < EVENTS_PER_QUESTION; e++) {
                long occurred = opened + (long) (random.nextDouble() * OPEN_DAYS * day);
                long lag = random.nextInt(2) == 0 ? 0 : (long) (random.nextDouble() * 6 * 3600e9);
                int type;
                if (random.nextDouble() < 1.0 / 7) {
                    type = 6; // rumor: no signal
                } else {
                    boolean leansYes = random.nextDouble() < (outcome ? 0.65 : 0.35);
                    type = (leansYes ? 0 : 3) + random.nextInt(3);
                }
                Event.Builder b = Event.builder("e" + i + "-" + e, LiveScenario.TYPES[type])
                        .occurred(Times.instant(occurred)).published(Times.instant(occurred + lag))
                        .credibility(0.3 + 0.7 * random.nextDouble()).entities(entity);
                if (LiveScenario.TYPES[type].equals("disbursement")) {
                    b.magnitude(Math.exp(15 + 2 * random.nextGaussian()));
                }
                log.add(b.build());
            }
        }
        events = EventLog.of(log);
        spec = LiveScenario.spec();
    }
}
