package org.forecast4j.features.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureFormulas;
import org.forecast4j.features.spec.FeatureKind;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.HazardPrior;
import org.forecast4j.features.spec.Transform;
import org.forecast4j.features.spec.Weight;

/**
 * Where each feature of a spec lives in a {@link QuestionState}, and which features each event type feeds:
 * computed once per spec, immutable, so that reads and writes run over primitive index arrays grouped by kind
 * instead of switching on every feature's kind.
 *
 * <p>A question's state is two primitive arrays. {@code values} (doubles): the decayed sums, grouped by
 * half-life ({@code [0, decayCount)}), then one slot per <em>static</em> feature holding its transformed value
 * ({@code staticOut}), its raw value ({@code staticRaw}), and the running magnitude sums of the log-magnitude
 * features ({@code magnitudeSum}). {@code times} (longs): one reference time per half-life group, the latest
 * occurrence of each days-since feature, and for each count the oldest time in its window and its size.
 *
 * <p>Static features are those whose value changes only when the writer applies something (tags, the market
 * price, log-magnitudes): the writer stores them already transformed, so a read copies them.
 *
 * <p>Decayed sums of the same half-life share one reference time: the latest occurrence among the events fed
 * to any of them. When an event moves it forward, every sum of the group is rescaled by one factor
 * {@code 2^(−Δ/halfLife)}; a read then needs one {@code exp} per distinct half-life, not one per feature.
 */
final class LiveLayout {
    /** Below this a rescaled decayed sum is set to 0, which keeps subnormal arithmetic off the hot path. */
    static final double FLUSH_TO_ZERO = Double.MIN_NORMAL;

    final int size;

    // Decayed sums: slot j in [0, decayCount), group g holds slots [groupStart[g], groupStart[g + 1]).
    final int decayCount;
    final int groupCount;
    final double[] groupRate;
    final int[] groupStart;
    final int[] decayFeature;
    final int[] decayGroup;
    final boolean[] decayCredibility;

    // Days-since: times[sinceBase + k].
    final int sinceCount;
    final int sinceBase;
    final int[] sinceFeature;
    final double[] sinceIfNone;

    // Counts: oldest time at times[countOldestBase + c], size at times[countSizeBase + c], window c.
    final int countCount;
    final int countOldestBase;
    final int countSizeBase;
    final int[] countFeature;
    final long[] countWindow;

    final int timesLength;

    // Static features: values[staticOutBase + k] (transformed), values[staticRawBase + k] (raw).
    final int staticCount;
    final int staticOutBase;
    final int staticRawBase;
    final int[] staticFeature;
    final FeatureKind[] staticKind;
    final Transform[] staticTransform;
    /** For a log-magnitude static feature, its slot in {@code values}; else -1. */
    final int[] staticMagnitudeSlot;
    /** The static features of kind market price. */
    final int[] priceStatics;
    /** The static indices of the market-change features, set on each price. */
    final int[] changeStatics;

    final int valuesLength;

    // Features computed from the read time alone.
    final int[] deadlineFeature;
    /** The deadline-hazard features, and their rates. */
    final int[] hazardFeature;
    final HazardPrior[] hazards;
    final int[] elapsedFeature;

    // Transforms applied at read time (static features are stored transformed).
    final int[] log1pFeature;
    final int[] logitFeature;

    /** What each event type feeds. */
    final Map<String, TypeFeeds> feedsByType;

    /** The slots fed by events of one type. */
    static final class TypeFeeds {
        /** The half-life groups to move forward. */
        final int[] groups;
        /** The decayed-sum slots to add the event to. */
        final int[] decaySlots;
        /** The counts (indices c) to insert into. */
        final int[] counts;
        /** The days-since indices k to update. */
        final int[] since;
        /** The static log-magnitude features (indices k) to add the magnitude to. */
        final int[] magnitudes;

        TypeFeeds(int[] groups, int[] decaySlots, int[] counts, int[] since, int[] magnitudes) {
            this.groups = groups;
            this.decaySlots = decaySlots;
            this.counts = counts;
            this.since = since;
            this.magnitudes = magnitudes;
        }
    }

    LiveLayout(FeatureSpec spec) {
        size = spec.size();
        // Group the decayed sums by half-life, in order of first appearance.
        Map<Double, List<Integer>> byHalfLife = new LinkedHashMap<>();
        List<Integer> since = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Integer> statics = new ArrayList<>();
        List<Integer> deadline = new ArrayList<>();
        List<Integer> hazard = new ArrayList<>();
        List<Integer> elapsed = new ArrayList<>();
        List<Integer> log1p = new ArrayList<>();
        List<Integer> logit = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            FeatureDefinition f = spec.feature(i);
            boolean isStatic = false;
            switch (f.kind()) {
                case DECAYED_SUM -> byHalfLife.computeIfAbsent(f.halfLifeDays(), h -> new ArrayList<>()).add(i);
                case DAYS_SINCE -> since.add(i);
                case COUNT -> counts.add(i);
                case DAYS_TO_DEADLINE -> deadline.add(i);
                case DEADLINE_HAZARD -> hazard.add(i);
                case ELAPSED_FRACTION -> elapsed.add(i);
                case LOG_MAGNITUDE, MARKET_PRICE, MARKET_CHANGE, TAG -> {
                    statics.add(i);
                    isStatic = true;
                }
                default -> throw new IllegalStateException("unknown kind " + f.kind());
            }
            if (!isStatic && f.transform() == Transform.LOG1P) {
                log1p.add(i);
            } else if (!isStatic && f.transform() == Transform.LOGIT) {
                logit.add(i);
            }
        }
        groupCount = byHalfLife.size();
        groupRate = new double[groupCount];
        groupStart = new int[groupCount + 1];
        List<Integer> decay = new ArrayList<>();
        int[] slotOfFeature = new int[size];
        int[] groupOfFeature = new int[size];
        int g = 0;
        for (Map.Entry<Double, List<Integer>> e : byHalfLife.entrySet()) {
            groupRate[g] = FeatureFormulas.decayRate(e.getKey());
            groupStart[g] = decay.size();
            for (int i : e.getValue()) {
                slotOfFeature[i] = decay.size();
                groupOfFeature[i] = g;
                decay.add(i);
            }
            g++;
        }
        groupStart[groupCount] = decay.size();
        decayCount = decay.size();
        decayFeature = toArray(decay);
        decayGroup = new int[decayCount];
        decayCredibility = new boolean[decayCount];
        for (int j = 0; j < decayCount; j++) {
            decayGroup[j] = groupOfFeature[decayFeature[j]];
            decayCredibility[j] = spec.feature(decayFeature[j]).weight() == Weight.CREDIBILITY;
        }

        sinceCount = since.size();
        sinceBase = groupCount;
        sinceFeature = toArray(since);
        sinceIfNone = new double[sinceCount];
        for (int k = 0; k < sinceCount; k++) {
            sinceIfNone[k] = spec.feature(sinceFeature[k]).ifNone();
        }
        countCount = counts.size();
        countOldestBase = sinceBase + sinceCount;
        countSizeBase = countOldestBase + countCount;
        countFeature = toArray(counts);
        countWindow = new long[countCount];
        for (int c = 0; c < countCount; c++) {
            countWindow[c] = spec.feature(countFeature[c]).windowNanos();
        }
        timesLength = countSizeBase + countCount;

        staticCount = statics.size();
        staticOutBase = decayCount;
        staticRawBase = staticOutBase + staticCount;
        staticFeature = toArray(statics);
        staticKind = new FeatureKind[staticCount];
        staticTransform = new Transform[staticCount];
        staticMagnitudeSlot = new int[staticCount];
        List<Integer> prices = new ArrayList<>();
        List<Integer> changes = new ArrayList<>();
        int magnitudeSlot = staticRawBase + staticCount;
        for (int k = 0; k < staticCount; k++) {
            FeatureDefinition f = spec.feature(staticFeature[k]);
            staticKind[k] = f.kind();
            staticTransform[k] = f.transform();
            staticMagnitudeSlot[k] = f.kind() == FeatureKind.LOG_MAGNITUDE ? magnitudeSlot++ : -1;
            if (f.kind() == FeatureKind.MARKET_PRICE) {
                prices.add(k);
            } else if (f.kind() == FeatureKind.MARKET_CHANGE) {
                changes.add(k);
            }
        }
        priceStatics = toArray(prices);
        changeStatics = toArray(changes);
        valuesLength = magnitudeSlot;
        deadlineFeature = toArray(deadline);
        hazardFeature = toArray(hazard);
        hazards = new HazardPrior[hazardFeature.length];
        for (int k = 0; k < hazards.length; k++) {
            hazards[k] = spec.feature(hazardFeature[k]).hazard();
        }
        elapsedFeature = toArray(elapsed);
        log1pFeature = toArray(log1p);
        logitFeature = toArray(logit);

        // What each type feeds.
        Map<String, List<Integer>> typeFeatures = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            FeatureDefinition f = spec.feature(i);
            if (f.kind().usesEvents()) {
                typeFeatures.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(i);
            }
        }
        feedsByType = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : typeFeatures.entrySet()) {
            List<Integer> groups = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            List<Integer> fedCounts = new ArrayList<>();
            List<Integer> fedSince = new ArrayList<>();
            List<Integer> fedMagnitudes = new ArrayList<>();
            for (int i : e.getValue()) {
                switch (spec.feature(i).kind()) {
                    case DECAYED_SUM -> {
                        slots.add(slotOfFeature[i]);
                        if (!groups.contains(groupOfFeature[i])) {
                            groups.add(groupOfFeature[i]);
                        }
                    }
                    case COUNT -> fedCounts.add(counts.indexOf(i));
                    case DAYS_SINCE -> fedSince.add(since.indexOf(i));
                    case LOG_MAGNITUDE -> fedMagnitudes.add(statics.indexOf(i));
                    default -> throw new IllegalStateException("not an event kind: " + spec.feature(i).kind());
                }
            }
            feedsByType.put(e.getKey(), new TypeFeeds(toArray(groups), toArray(slots), toArray(fedCounts),
                    toArray(fedSince), toArray(fedMagnitudes)));
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
