package org.forecast4j.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.forecast.Forecaster;
import org.forecast4j.features.live.LiveFeatureState;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Transform;
import org.forecast4j.features.spec.Weight;

/**
 * A trading bot's live state: 1,000 registered questions, a 32-feature spec of every live kind, a logistic
 * model on it, and an endless stream of events in publication order made from a pool of pre-generated event
 * fields cycled by index while the clock keeps advancing.
 *
 * <p>Why fields and not {@code Event} records: an event stream must move forward in time forever (a replayed
 * event is a late duplicate, which a count stores again, so the state and its cost would grow without bound),
 * and an {@code Event} is immutable, so a pool of records cannot advance. The pool therefore holds the fields
 * of 65,536 events (type, question, credibility, magnitude, gap to the previous event, publication lag) and
 * each step feeds {@link LiveFeatureState#onEvent(String, long, long, List, double, double)} with the next
 * fields at a clock advanced by the next gap: the same state an {@code Event} with those fields would give (a
 * tested identity), without allocating.
 *
 * <p>The stream: one event every 10 s on average (exponential gaps), each about one question chosen at random,
 * of one of seven types; half are published when they occur, half up to six hours later (so some arrive out of
 * order). Each question thus sees an event about every 2.8 hours and its 30-day counts hold about 37 events per
 * type. The clock starts on 2000-01-01 and must stay before 2260 (epoch nanoseconds end in 2262): at the
 * default run length it reaches about 2002.
 */
final class LiveScenario {
    static final int QUESTIONS = 1000;
    static final int POOL = 1 << 16;
    static final int WARM_UP_EVENTS = 1 << 20;
    static final String[] TYPES = {"deal", "decline", "fund-shift", "disbursement", "statement", "visit", "rumor"};
    static final Instant START = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant OPENED = Instant.parse("1999-01-01T00:00:00Z");
    static final Instant DEADLINE = Instant.parse("2260-01-01T00:00:00Z");
    private static final long CLOCK_LIMIT = Times.nanos(Instant.parse("2259-01-01T00:00:00Z"));
    private static final double MEAN_GAP_NANOS = 10e9;
    private static final double MAX_LAG_NANOS = 6 * 3600e9;

    final FeatureSpec spec;
    final LinearLogOddsModel model;
    final Forecaster forecaster;
    final LiveFeatureState live;
    private final List<List<String>> entities = new ArrayList<>();

    // The pool of event fields, cycled by index.
    private final String[] type = new String[POOL];
    private final int[] question = new int[POOL];
    private final double[] credibility = new double[POOL];
    private final double[] magnitude = new double[POOL];
    private final long[] gap = new long[POOL];
    private final long[] lag = new long[POOL];
    private int cursor;
    private long clock;

    /**
     * Builds the state and feeds it {@value #WARM_UP_EVENTS} events (about 121 days), so that decayed sums and
     * count windows are in their steady state before anything is measured.
     *
     * @param seed the seed of the stream and the model
     */
    LiveScenario(long seed) {
        this(seed, false);
    }

    /**
     * As {@link #LiveScenario(long)}, with a logistic model or a Bayesian posterior with a dense covariance (the
     * prior after 64 online updates on seeded examples), whose predictive costs O(k²) per probability.
     *
     * @param seed the seed of the stream and the model
     * @param bayesian whether the model is the Bayesian posterior
     */
    LiveScenario(long seed, boolean bayesian) {
        spec = spec();
        SplitMix64 random = new SplitMix64(seed);
        model = bayesian ? posterior(spec, random)
                : Inputs.logistic(spec.schema(), 0.0, Inputs.gaussian(random, spec.size(), 0.1));
        forecaster = Forecaster.builder(spec, model).windowCapacity(64).build();
        live = forecaster.live();
        String[] regions = {"region-a", "region-b", "region-c"};
        for (int q = 0; q < QUESTIONS; q++) {
            String entity = "Q" + q;
            entities.add(List.of(entity));
            Question question = Question.builder("q" + q).opened(OPENED).deadline(DEADLINE)
                    .entities(entity, regions[q % regions.length]).build();
            int handle = forecaster.register(question);
            if (handle != q) {
                throw new IllegalStateException("handles are dense from 0; got " + handle + " for question " + q);
            }
            forecaster.onPrice(question.id(), START, 0.05 + 0.9 * random.nextDouble());
        }
        for (int i = 0; i < POOL; i++) {
            int t = random.nextInt(TYPES.length);
            type[i] = TYPES[t];
            question[i] = random.nextInt(QUESTIONS);
            credibility[i] = 0.3 + 0.7 * random.nextDouble();
            magnitude[i] = TYPES[t].equals("disbursement") ? Math.exp(15 + 2 * random.nextGaussian()) : 0.0;
            gap[i] = 1 + (long) (-MEAN_GAP_NANOS * Math.log1p(-random.nextDouble()));
            lag[i] = random.nextInt(2) == 0 ? 0 : (long) (MAX_LAG_NANOS * random.nextDouble());
        }
        clock = Times.nanos(START);
        for (int i = 0; i < WARM_UP_EVENTS; i++) {
            nextEvent();
        }
    }

    /**
     * The 32 features: for each of six event types a 7-day and a 60-day decayed sum (weighted by credibility),
     * a 30-day count and the days since the last one (log1p); the log of the summed magnitudes of
     * disbursements; for rumours a 3-day decayed sum (unweighted) and a 7-day count; days to the deadline
     * (log1p), the elapsed fraction, the market price (logit), its move since the previous price and a region
     * tag.
     *
     * @return the spec, matching events to questions by entity
     */
    static FeatureSpec spec() {
        List<FeatureDefinition> features = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String name = TYPES[t].replace("-", "");
            features.add(FeatureDefinition.decayedSum(name + "7d", TYPES[t], 7));
            features.add(FeatureDefinition.decayedSum(name + "60d", TYPES[t], 60));
            features.add(FeatureDefinition.count(name + "30d", TYPES[t], 30));
            features.add(FeatureDefinition.daysSince(name + "Since", TYPES[t], 365).withTransform(Transform.LOG1P));
        }
        features.add(FeatureDefinition.logMagnitude("disbursedLog", "disbursement"));
        features.add(FeatureDefinition.decayedSum("rumor3d", "rumor", 3).withWeight(Weight.ONE));
        features.add(FeatureDefinition.count("rumor7d", "rumor", 7));
        features.add(FeatureDefinition.daysToDeadline("daysLeft").withTransform(Transform.LOG1P));
        features.add(FeatureDefinition.elapsedFraction("elapsed"));
        features.add(FeatureDefinition.marketPrice("market", 0.5).withTransform(Transform.LOGIT));
        features.add(FeatureDefinition.marketChange("marketMove"));
        features.add(FeatureDefinition.tag("regionA", "region-a"));
        return FeatureSpec.of(Match.ENTITIES, features);
    }

    private static BayesianLogisticModel posterior(FeatureSpec spec, SplitMix64 random) {
        BayesianLogisticModel model = new BayesianLogisticRegression(BayesianLogisticRegression.Options.DEFAULTS
                .withPriorSd(0.1)).prior(spec.schema());
        for (int i = 0; i < 64; i++) {
            model = model.update(Inputs.gaussian(random, spec.size(), 1.0), random.nextDouble() < 0.5);
        }
        return model;
    }

    /**
     * Feeds the next event of the stream. Allocation-free.
     *
     * @return the handle of the question it is about
     */
    int nextEvent() {
        int i = cursor;
        cursor = (i + 1) & (POOL - 1);
        long published = clock + gap[i];
        clock = published;
        int q = question[i];
        live.onEvent(type[i], published - lag[i], published, entities.get(q), credibility[i], magnitude[i]);
        return q;
    }

    /** @return the publication time of the last event fed, epoch nanoseconds */
    long clock() {
        return clock;
    }

    /**
     * @throws IllegalStateException if the clock has come within a year of the questions' deadline (a run
     *     about 3,000 times longer than the default)
     */
    void requireClockInRange() {
        if (clock > CLOCK_LIMIT) {
            throw new IllegalStateException("the live stream's clock reached " + Times.instant(clock)
                    + "; run shorter or fewer iterations (see LiveScenario)");
        }
    }
}
