package org.forecast4j.features.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.ThreadAllocation;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.live.LiveOptions;
import org.forecast4j.features.live.LiveSnapshot;
import org.forecast4j.features.live.QuestionClosedException;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.HazardPrior;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Transform;
import org.forecast4j.features.spec.Weight;
import org.junit.jupiter.api.Test;

/** The live contract of the default mode: writes publish, reads return a published value, at a clock resolution. */
class PublishedReadsTest {
    static final long SECOND = 1_000_000_000L;
    static final long HOUR = 3600 * SECOND;
    static final long DAY = 24 * HOUR;
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String[] TYPES = {"A", "B", "C"};

    /** Every time-dependent kind and a few static ones. */
    static final FeatureSpec SPEC = FeatureSpec.of(Match.ENTITIES,
            FeatureDefinition.decayedSum("a2", "A", 2),
            FeatureDefinition.decayedSum("b30", "B", 30).withWeight(Weight.ONE),
            FeatureDefinition.count("a7", "A", 7),
            FeatureDefinition.count("c1", "C", 1).withTransform(Transform.LOG1P),
            FeatureDefinition.daysSince("sinceB", "B", 100),
            FeatureDefinition.daysSince("sinceC", "C", 100).withTransform(Transform.LOG1P),
            FeatureDefinition.logMagnitude("mag", "A"),
            FeatureDefinition.daysToDeadline("left").withTransform(Transform.LOG1P),
            FeatureDefinition.elapsedFraction("elapsed"),
            FeatureDefinition.marketPrice("market", 0.5).withTransform(Transform.LOGIT),
            FeatureDefinition.tag("x", "X"),
            FeatureDefinition.deadlineHazard("hazard", new HazardPrior(3, 400, 0.5, 0)));
    static final TestModels.Linear MODEL = TestModels.Linear.plain(SPEC.schema(), -0.3, 0.4, 0.2, 0.1, 0.3, -0.01,
            -0.2, 0.15, -0.1, 0.5, 0.6, 0.2, 0.7);

    static List<Question> questions() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            qs.add(Question.builder("q" + i).opened(START).deadline(START.plus(Duration.ofDays(90 + 10 * i)))
                    .entities("Q" + i, i % 2 == 0 ? "X" : "Y").build());
        }
        return qs;
    }

    /** Events about random questions, published in order, about every 40 minutes. */
    static List<Event> events(long seed, int n) {
        SplitMix64 random = new SplitMix64(seed);
        List<Event> events = new ArrayList<>(n);
        long t = Times.nanos(START);
        for (int i = 0; i < n; i++) {
            t += (long) (random.nextDouble() * 80 * 60 * SECOND) + 1;
            long occurred = t - (long) (random.nextDouble() * 6 * HOUR);
            events.add(Event.builder("e" + i, TYPES[random.nextInt(TYPES.length)])
                    .occurred(Times.instant(occurred)).published(Times.instant(t))
                    .entities("Q" + random.nextInt(4)).credibility(random.nextDouble())
                    .magnitude(random.nextDouble() * 10).build());
        }
        return events;
    }

    static Forecaster forecaster(LiveOptions options) {
        Forecaster f = Forecaster.builder(SPEC, MODEL).live(options).build();
        questions().forEach(f::register);
        return f;
    }

    @Test
    void aPublishedReadIsTheExactReadAtTheQuantisedTime() {
        long resolution = HOUR;
        Forecaster published = forecaster(LiveOptions.DEFAULTS.withResolution(Duration.ofNanos(resolution)));
        Forecaster exact = forecaster(LiveOptions.exact());
        List<Event> events = events(3, 400);
        SplitMix64 random = new SplitMix64(9);
        double[] x = new double[SPEC.size()];
        double[] y = new double[SPEC.size()];
        int hits = 0;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            published.onEvent(e);
            exact.onEvent(e);
            if (i % 7 == 0) {
                double price = 0.1 + 0.8 * random.nextDouble();
                published.onPrice("q" + (i % 4), e.published(), price);
                exact.onPrice("q" + (i % 4), e.published(), price);
            }
            for (int r = 0; r < 5; r++) {
                int h = random.nextInt(4);
                long t = e.publishedNanos() + (long) (random.nextDouble() * 3 * HOUR) - HOUR;
                long w = published.live().watermark(h);
                long quantised = Math.max(Math.floorDiv(t, resolution) * resolution, w);
                double expected = exact.probability(h, quantised, y);
                assertEquals(expected, published.probability(h, t, x), 0.0, "read at " + t + " of q" + h);
                // Once more: now from the published value (the first read may have computed it).
                hits += published.probability(h, t, x) == expected ? 1 : 0;
            }
        }
        assertEquals(400 * 5, hits);
    }

    @Test
    void quantisationErrorStaysWithinTheDocumentedBoundOfEachKind() {
        long resolution = 10 * 60 * SECOND; // ten minutes
        double r = resolution / (double) DAY;
        Forecaster f = forecaster(LiveOptions.DEFAULTS.withResolution(Duration.ofNanos(resolution)));
        List<Event> events = events(5, 600);
        SplitMix64 random = new SplitMix64(17);
        double[] q = new double[SPEC.size()];
        double[] e = new double[SPEC.size()];
        LiveSnapshot seen = new LiveSnapshot();
        int checked = 0;
        for (int i = 0; i < events.size(); i++) {
            f.onEvent(events.get(i));
            int h = random.nextInt(4);
            long t = events.get(i).publishedNanos() + (long) (random.nextDouble() * 2 * DAY);
            f.live().snapshot(h, t, resolution, q, seen);
            f.live().snapshot(h, t, 0, e, new LiveSnapshot());
            Question question = f.live().question(h);
            double span = (Times.nanos(question.deadline()) - Times.nanos(question.opened())) / (double) DAY;
            // Decayed sums only decay between the quantised time and t: the relative error is 1 − 2^(−r/h).
            assertTrue(q[0] - e[0] >= 0 && q[0] - e[0] <= q[0] * (1 - Math.pow(2, -r / 2)) + 1e-12, "a2");
            assertTrue(q[1] - e[1] >= 0 && q[1] - e[1] <= q[1] * (1 - Math.pow(2, -r / 30)) + 1e-12, "b30");
            // Counts: only events leaving the window between the two times (occurred in (T − w, t − w]).
            assertTrue(q[2] >= e[2], "a7");
            assertTrue(q[3] >= e[3], "c1");
            // Days since and days to the deadline move by at most the resolution (log1p: by no more).
            assertTrue(Math.abs(q[4] - e[4]) <= r + 1e-12, "sinceB");
            assertTrue(Math.abs(q[5] - e[5]) <= r + 1e-12, "sinceC");
            assertEquals(q[6], e[6], 0.0, "log-magnitude does not depend on the time");
            assertTrue(Math.abs(q[7] - e[7]) <= r + 1e-12, "left");
            assertTrue(Math.abs(q[8] - e[8]) <= r / span + 1e-12, "elapsed");
            assertEquals(q[9], e[9], 0.0, "market");
            assertEquals(q[10], e[10], 0.0, "tag");
            // The hazard's probability moves by at most its largest slope in the days left, (A + E)/(B + T), per day.
            assertTrue(Math.abs(q[11] - e[11]) <= 3.5 / 400 * r + 1e-12, "hazard");
            checked++;
        }
        assertEquals(600, checked);
    }

    @Test
    void theExactModeGivesTheFeaturesAndModelOfTheReadTime() {
        Forecaster f = forecaster(LiveOptions.exact());
        List<Event> events = events(7, 100);
        events.forEach(f::onEvent);
        double[] x = new double[SPEC.size()];
        double[] y = new double[SPEC.size()];
        long t = events.get(99).publishedNanos() + 12_345_678_901L;
        for (int h = 0; h < 4; h++) {
            double p = f.probability(h, t, x);
            f.live().features(h, t, y);
            assertEquals(MODEL.probability(y), p, 0.0);
        }
    }

    @Test
    void aClosedQuestionIsNeverGivenAProbability() {
        for (LiveOptions options : List.of(LiveOptions.DEFAULTS, LiveOptions.exact())) {
            Forecaster f = forecaster(options);
            events(11, 50).forEach(f::onEvent);
            Instant deadline = f.live().question(0).deadline();
            long before = Times.nanos(deadline) - SECOND;
            assertTrue(f.probability(0, before, new double[SPEC.size()]) > 0);
            QuestionClosedException atDeadline = assertThrows(QuestionClosedException.class,
                    () -> f.probability("q0", deadline));
            assertTrue(atDeadline.getMessage().contains("q0") && atDeadline.getMessage().contains("deadline"),
                    atDeadline.getMessage());
            Instant resolved = START.plus(Duration.ofDays(20));
            f.onResolution("q1", resolved);
            QuestionClosedException afterResolution = assertThrows(QuestionClosedException.class,
                    () -> f.probability("q1", resolved.plusSeconds(1)));
            assertTrue(afterResolution.getMessage().contains("resolution"), afterResolution.getMessage());
            assertThrows(QuestionClosedException.class, () -> f.forecastLive("q1", resolved));
            assertTrue(f.probability("q2", resolved.plusSeconds(1)) > 0, "other questions stay open");
        }
    }

    @Test
    void aRepeatedEventIsIgnoredAndCountedAndAFeedThatStoppedMatchingIsCounted() {
        Forecaster f = forecaster(LiveOptions.DEFAULTS);
        Event e = Event.builder("e1", "A").occurred(START.plusSeconds(60)).entities("Q0").magnitude(3).build();
        assertTrue(f.onEvent(e));
        double once = f.probability("q0", START.plusSeconds(120));
        assertFalse(f.onEvent(e));
        assertFalse(f.onEvent(Event.builder("e1", "B").occurred(START.plusSeconds(90)).entities("Q0").build()));
        assertEquals(once, f.probability("q0", START.plusSeconds(120)), 0.0);
        assertEquals(2, f.live().duplicateEvents());
        assertTrue(f.live().onEvent(7, "A", Times.nanos(START), Times.nanos(START), List.of("Q1"), 1, 0));
        assertFalse(f.live().onEvent(7, "A", Times.nanos(START), Times.nanos(START), List.of("Q1"), 1, 0));
        assertEquals(3, f.live().duplicateEvents());

        f.onEvent(Event.builder("e2", "deal").occurred(START.plusSeconds(60)).entities("Q0").build());
        f.onEvent(Event.builder("e3", "deal").occurred(START.plusSeconds(61)).entities("Q0").build());
        f.onEvent(Event.builder("e4", "A").occurred(START.plusSeconds(62)).entities("q0").build());
        assertEquals(Map.of("deal", 2L), f.live().ignoredEventTypes());
        assertEquals(Map.of("A", 1L), f.live().unmatchedEvents());
    }

    @Test
    void aSwapIsSeenByTheNextRead() {
        Forecaster f = forecaster(LiveOptions.DEFAULTS);
        events(13, 50).forEach(f::onEvent);
        long t = Times.nanos(START.plus(Duration.ofDays(5)));
        double[] x = new double[SPEC.size()];
        double before = f.probability(0, t, x);
        TestModels.Linear other = TestModels.Linear.plain(SPEC.schema(), 1.0, new double[SPEC.size()]);
        f.swap(other, null);
        double after = f.probability(0, t, x);
        assertEquals(1 / (1 + Math.exp(-1.0)), after, 1e-15);
        assertTrue(before != after);
    }

    @Test
    void aPublishedReadAllocatesNothing() {
        Forecaster f = forecaster(LiveOptions.DEFAULTS);
        events(19, 200).forEach(f::onEvent);
        long t = Times.nanos(START.plus(Duration.ofDays(8)));
        double[] x = new double[SPEC.size()];
        double sink = 0;
        for (int i = 0; i < 50_000; i++) {
            sink += f.probability(i & 3, t, x);
        }
        long before = ThreadAllocation.bytes();
        for (int i = 0; i < 200_000; i++) {
            sink += f.probability(i & 3, t + (i & 1023) * 1000, x);
        }
        long allocated = ThreadAllocation.bytes() - before;
        assertTrue(sink > 0);
        assertTrue(allocated < 2_000, "200,000 reads allocated " + allocated + " bytes");
    }

    /**
     * One writer feeds events while three readers read at times spread over a few resolution windows. Every
     * read must equal the value a sequential replay gives for some state the writer had between the read's start
     * and end (including the event being applied as it ended): the features of that state as of
     * max(⌊t⌋, watermark), scored by the model.
     */
    @Test
    void readersGetAValueOfAStateTheWriterHadDuringTheRead() throws Exception {
        long resolution = 10 * 60 * SECOND;
        Forecaster f = forecaster(LiveOptions.DEFAULTS.withResolution(Duration.ofNanos(resolution)));
        List<Event> events = events(23, 3000);
        AtomicLong applied = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        long first = events.get(0).publishedNanos();
        long span = events.get(events.size() - 1).publishedNanos() - first;
        record Read(int handle, long t, double p, long from, long to) {
        }
        List<List<Read>> reads = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int r = 0; r < 3; r++) {
            List<Read> mine = new ArrayList<>();
            reads.add(mine);
            long seed = 100 + r;
            threads.add(new Thread(() -> {
                SplitMix64 random = new SplitMix64(seed);
                double[] x = new double[SPEC.size()];
                try {
                    while (!done.get() && mine.size() < 200_000) {
                        int h = random.nextInt(4);
                        long from = applied.get();
                        long t = first + (long) (random.nextDouble() * span * (from + 1) / events.size());
                        double p = f.probability(h, t, x);
                        // The event being applied when the read ended may already be visible to it.
                        mine.add(new Read(h, t, p, from, applied.get() + 1));
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Event e : events) {
            f.onEvent(e);
            applied.incrementAndGet();
        }
        done.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertNull(failure.get());
        // Sequential replay in the exact mode, checking each read against the states in its interval.
        List<Read> all = new ArrayList<>();
        reads.forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.from(), b.from()));
        Forecaster replay = forecaster(LiveOptions.exact());
        boolean[] matched = new boolean[all.size()];
        double[] x = new double[SPEC.size()];
        int next = 0;
        List<Integer> open = new ArrayList<>();
        for (long k = 0; k <= events.size(); k++) {
            if (k > 0) {
                replay.onEvent(events.get((int) k - 1));
            }
            while (next < all.size() && all.get(next).from() <= k) {
                open.add(next++);
            }
            List<Integer> still = new ArrayList<>();
            for (int i : open) {
                Read read = all.get(i);
                long w = replay.live().watermark(read.handle());
                long quantised = Math.max(Math.floorDiv(read.t(), resolution) * resolution, w);
                if (replay.probability(read.handle(), quantised, x) == read.p()) {
                    matched[i] = true;
                } else if (read.to() > k) {
                    still.add(i);
                }
            }
            open = still;
        }
        int unmatched = 0;
        for (int i = 0; i < matched.length; i++) {
            unmatched += matched[i] ? 0 : 1;
        }
        assertTrue(all.size() > 1000, "reads: " + all.size());
        assertEquals(0, unmatched, unmatched + " of " + all.size() + " reads match no state of their interval");
    }
}
