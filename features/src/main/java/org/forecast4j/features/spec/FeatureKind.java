package org.forecast4j.features.spec;

import java.util.List;

/**
 * The kinds of feature a spec can ask for. Times are in days of 86,400 s; {@code t} is the time the features
 * are computed as of, and only events published at or before {@code t} are seen.
 */
public enum FeatureKind {
    /**
     * {@code Σ w · 2^(−age/halfLifeDays)} over the events of {@code type}, with {@code age = t − occurred} in days
     * and {@code w} the event's credibility ({@code "weight": "credibility"}, the default) or 1
     * ({@code "weight": "one"}). Fields: {@code type}, {@code halfLifeDays} &gt; 0, {@code weight}.
     */
    DECAYED_SUM("decayed-sum", true, false, "type", "halfLifeDays", "weight"),
    /**
     * The number of events of {@code type} with {@code occurred} in {@code (t − windowDays, t]}: an event exactly
     * {@code windowDays} old is out. Fields: {@code type}, {@code windowDays} &gt; 0.
     */
    COUNT("count", true, false, "type", "windowDays"),
    /**
     * Days from the latest {@code occurred} among the events of {@code type} to {@code t}, or {@code ifNone} when
     * there is none. Fields: {@code type}, {@code ifNone}.
     */
    DAYS_SINCE("days-since", true, false, "type", "ifNone"),
    /**
     * {@code ln(1 + Σ magnitude)} over the events of {@code type} (events without a magnitude add 0). Field:
     * {@code type}.
     */
    LOG_MAGNITUDE("log-magnitude", true, false, "type"),
    /** {@code max(0, deadline − t)} in days. No fields. */
    DAYS_TO_DEADLINE("days-to-deadline", false, false),
    /** {@code (t − opened)/(deadline − opened)} clipped to [0, 1]. No fields. */
    ELAPSED_FRACTION("elapsed-fraction", false, true),
    /**
     * The question's latest market price observed at or before {@code t}, or {@code ifNone} (in [0, 1]) when
     * none was. Field: {@code ifNone}.
     */
    MARKET_PRICE("market-price", false, true, "ifNone"),
    /**
     * The move of the market since its previous observation: {@code logit(latest) − logit(previous)}, the two
     * latest prices at distinct times at or before {@code t} (each clipped to [1e-6, 1 − 1e-6]), or 0 when fewer
     * than two were observed. No fields.
     */
    MARKET_CHANGE("market-change", false, false),
    /**
     * The probability of at least one event of a Gamma-Poisson rate before the deadline known at {@code t}: a
     * prior that moves with the clock, falling as the deadline nears with nothing happening (see
     * {@link HazardPrior}). Fields: {@code events}, {@code exposureDays}, {@code priorShape} (default 0.5),
     * {@code priorRate} (default 0), and optionally {@code windowStart} and {@code windowEnd} (ISO-8601: the
     * window the question asks about, when it is not the time from the forecast to the deadline). With
     * {@code "transform": "logit"} it is the prior log-odds.
     */
    DEADLINE_HAZARD("deadline-hazard", false, true, "events", "exposureDays", "priorShape", "priorRate",
            "windowStart", "windowEnd"),
    /** 1 if the question has the entity {@code entity}, else 0. Field: {@code entity}. */
    TAG("tag", false, true, "entity");

    private final String label;
    private final boolean usesEvents;
    private final boolean unitRange;
    private final List<String> fields;

    FeatureKind(String label, boolean usesEvents, boolean unitRange, String... fields) {
        this.label = label;
        this.usesEvents = usesEvents;
        this.unitRange = unitRange;
        this.fields = List.of(fields);
    }

    /** @return the name used in spec files, e.g. {@code "decayed-sum"} */
    public String label() {
        return label;
    }

    /** @return whether the feature is computed from events (and has a {@code type}) */
    public boolean usesEvents() {
        return usesEvents;
    }

    /** @return whether the raw values lie in [0, 1], so that the {@code logit} transform applies */
    public boolean unitRange() {
        return unitRange;
    }

    /** @return the kind-specific fields a spec may give, besides {@code name}, {@code kind} and {@code transform} */
    public List<String> fields() {
        return fields;
    }

    /**
     * @param label a name used in spec files
     * @return the kind, or {@code null} if unknown
     */
    public static FeatureKind fromLabel(String label) {
        for (FeatureKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        return null;
    }

    /** @return the names of every kind, for messages */
    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(FeatureKind::label).toList();
    }
}
