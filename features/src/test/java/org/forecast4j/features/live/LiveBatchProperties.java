package org.forecast4j.features.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.extract.FeatureExtractor;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;

/**
 * Live and batch features agree for any event order the live contract accepts (jqwik): events of any stream,
 * arriving late by up to {@code disorder} places, read at any time, whatever the reader's clock lag; the live
 * read is as of {@code max(now, watermark)} and equals a batch extraction over the events fed so far at that
 * time. {@link LiveFeatureStateTest} checks fixed streams, prices and reads long after the last event.
 */
class LiveBatchProperties {

    @Property(tries = 40)
    void liveEqualsBatchForAnyAcceptedArrivalOrder(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll Match match, @ForAll @IntRange(min = 1, max = 400) int eventCount,
            @ForAll @IntRange(min = 0, max = 30) int disorder, @ForAll @IntRange(min = 1, max = 50) int readEvery) {
        checkLateArrivals(match, seed, eventCount, disorder, readEvery);
    }

    /**
     * Feeds a random stream whose events each swap with one up to {@code disorder} places later, reads every
     * question after about one event in {@code readEvery} with a clock up to two days behind or ahead of the
     * feed, and checks each read against a batch extraction over the events fed so far.
     */
    static void checkLateArrivals(Match match, long seed, int eventCount, int disorder, int readEvery) {
        FeatureSpec spec = RandomStreams.spec(match);
        List<Question> questions = RandomStreams.questions();
        List<Event> events = new ArrayList<>(RandomStreams.events(seed, eventCount));
        events.sort(Comparator.comparing(Event::published));
        SplitMix64 random = new SplitMix64(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < events.size(); i++) {
            int j = Math.min(events.size() - 1, i + random.nextInt(disorder + 1));
            Event tmp = events.get(i);
            events.set(i, events.get(j));
            events.set(j, tmp);
        }
        FeatureExtractor batch = new FeatureExtractor(spec);
        LiveFeatureState live = new LiveFeatureState(spec);
        questions.forEach(live::register);
        List<Event> fed = new ArrayList<>();
        double[] x = new double[spec.size()];
        for (int k = 0; k < events.size(); k++) {
            live.onEvent(events.get(k));
            fed.add(events.get(k));
            if (random.nextInt(readEvery) != 0 && k + 1 < events.size()) {
                continue;
            }
            EventLog fedLog = EventLog.of(fed);
            for (int q = 0; q < questions.size(); q++) {
                long now = events.get(k).publishedNanos()
                        + (long) ((random.nextDouble() * 4 - 2) * Times.NANOS_PER_DAY);
                long at = live.features(q, now, x);
                assertEquals(Math.max(now, live.watermark(q)), at);
                double[] expected = batch.extract(questions.get(q), fedLog, Times.instant(at));
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], x[i], 1e-9, match + " seed " + seed + " event " + k + ", question " + q + ", feature " + i);
                }
            }
        }
    }
}
