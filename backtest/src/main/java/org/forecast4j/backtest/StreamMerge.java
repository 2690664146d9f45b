package org.forecast4j.backtest;

import java.util.stream.IntStream;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.live.LiveFeatureState;

/**
 * The time-ordered input streams of a walk-forward run, merged into the live feature state: events in
 * publication order and every question's prices in time order (ties keep question order, then each question's
 * order). {@link #advanceTo} feeds everything published or observed at or before a time, and nothing later.
 * Single use, not thread-safe.
 */
final class StreamMerge {
    private final LiveFeatureState live;
    private final EventLog log;
    private final long[] priceTime;
    private final int[] priceQuestion;
    private final double[] priceValue;
    private final long[] priceClose;
    private int eventIndex;
    private int priceIndex;

    /**
     * @param live the live state, with every question registered (handle = question index)
     * @param log the events, in publication order
     * @param times each question's price times, ascending
     * @param values its prices
     * @param closes the close each price quoted, or {@code Long.MIN_VALUE}
     */
    StreamMerge(LiveFeatureState live, EventLog log, long[][] times, double[][] values, long[][] closes) {
        this.live = live;
        this.log = log;
        int count = 0;
        for (long[] t : times) {
            count += t.length;
        }
        long[] allTimes = new long[count];
        int[] question = new int[count];
        double[] value = new double[count];
        long[] close = new long[count];
        int k = 0;
        for (int i = 0; i < times.length; i++) {
            for (int j = 0; j < times[i].length; j++) {
                allTimes[k] = times[i][j];
                question[k] = i;
                value[k] = values[i][j];
                close[k] = closes[i][j];
                k++;
            }
        }
        int[] order = IntStream.range(0, count).boxed()
                .sorted((a, b) -> allTimes[a] != allTimes[b] ? Long.compare(allTimes[a], allTimes[b])
                        : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        this.priceTime = new long[count];
        this.priceQuestion = new int[count];
        this.priceValue = new double[count];
        this.priceClose = new long[count];
        for (int o = 0; o < count; o++) {
            priceTime[o] = allTimes[order[o]];
            priceQuestion[o] = question[order[o]];
            priceValue[o] = value[order[o]];
            priceClose[o] = close[order[o]];
        }
    }

    /**
     * Feeds every event published, and every price observed, at or before {@code t}.
     *
     * @param t epoch nanoseconds, not before the previous call's
     */
    void advanceTo(long t) {
        while (eventIndex < log.size() && log.get(eventIndex).publishedNanos() <= t) {
            live.onEvent(log.get(eventIndex++));
        }
        while (priceIndex < priceTime.length && priceTime[priceIndex] <= t) {
            live.onPrice(priceQuestion[priceIndex], priceTime[priceIndex], priceValue[priceIndex],
                    priceClose[priceIndex]);
            priceIndex++;
        }
    }
}
