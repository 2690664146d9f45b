package org.forecast4j.features.spec;

import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.event.Times;
import tools.jackson.databind.node.ObjectNode;

/**
 * One feature of a spec. Fields that do not apply to the kind are NaN (numbers) or {@code null} (text); use
 * the factories, e.g. {@code FeatureDefinition.decayedSum("fundShift", "sovereign-fund-shift", 30)}.
 * Immutable.
 *
 * @param name the feature's name, non-blank, unique within a spec; it becomes the model's feature name
 * @param kind what to compute (see {@link FeatureKind})
 * @param type the event type, for kinds that use events; else {@code null}
 * @param halfLifeDays the half-life in days, &gt; 0, for {@link FeatureKind#DECAYED_SUM}; else NaN
 * @param weight the event weight for {@link FeatureKind#DECAYED_SUM}; else {@code null}
 * @param windowDays the window in days, in (0, 106000], for {@link FeatureKind#COUNT}; else NaN
 * @param ifNone the value when there is nothing to measure, for {@link FeatureKind#DAYS_SINCE} (finite) and
 *     {@link FeatureKind#MARKET_PRICE} (in [0, 1]); else NaN
 * @param entity the entity of a {@link FeatureKind#TAG}; else {@code null}
 * @param transform the transform applied to the raw value; {@code null} means {@link Transform#NONE}
 * @param hazard the rate of a {@link FeatureKind#DEADLINE_HAZARD}; else {@code null}
 */
public record FeatureDefinition(String name, FeatureKind kind, String type, double halfLifeDays, Weight weight,
        double windowDays, double ifNone, String entity, Transform transform, HazardPrior hazard) {

    /**
     * A definition of any kind but {@link FeatureKind#DEADLINE_HAZARD} (no hazard).
     *
     * @param name as in the canonical constructor
     * @param kind as in the canonical constructor
     * @param type as in the canonical constructor
     * @param halfLifeDays as in the canonical constructor
     * @param weight as in the canonical constructor
     * @param windowDays as in the canonical constructor
     * @param ifNone as in the canonical constructor
     * @param entity as in the canonical constructor
     * @param transform as in the canonical constructor
     * @throws InvalidInputException as the canonical constructor
     */
    public FeatureDefinition(String name, FeatureKind kind, String type, double halfLifeDays, Weight weight,
            double windowDays, double ifNone, String entity, Transform transform) {
        this(name, kind, type, halfLifeDays, weight, windowDays, ifNone, entity, transform, null);
    }

    /**
     * Validates the definition.
     *
     * @param name the feature's name, non-blank, unique within a spec; it becomes the model's feature name
     * @param kind what to compute (see {@link FeatureKind})
     * @param type the event type, for kinds that use events; else {@code null}
     * @param halfLifeDays the half-life in days, &gt; 0, for {@link FeatureKind#DECAYED_SUM}; else NaN
     * @param weight the event weight for {@link FeatureKind#DECAYED_SUM}; else {@code null}
     * @param windowDays the window in days, in (0, 106000], for {@link FeatureKind#COUNT}; else NaN
     * @param ifNone the value when there is nothing to measure, for {@link FeatureKind#DAYS_SINCE} (finite) and {@link FeatureKind#MARKET_PRICE} (in [0, 1]); else NaN
     * @param entity the entity of a {@link FeatureKind#TAG}; else {@code null}
     * @param transform the transform applied to the raw value; {@code null} means {@link Transform#NONE}
     * @param hazard the rate of a {@link FeatureKind#DEADLINE_HAZARD}; else {@code null}
     * @throws InvalidInputException naming the offending field and value (no file or line: the spec reader     adds them)
     */
    public FeatureDefinition {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(null, 0, "name", name, "must be a non-blank feature name");
        }
        if (kind == null) {
            throw new InvalidInputException(null, 0, "kind", null, "is required (kinds: "
                    + String.join(", ", FeatureKind.labels()) + ")");
        }
        if (transform == null) {
            transform = Transform.NONE;
        }
        if (kind == FeatureKind.DECAYED_SUM && weight == null) {
            weight = Weight.CREDIBILITY;
        }
        requireAbsent(kind, "type", type == null, kind.usesEvents());
        requireAbsent(kind, "halfLifeDays", Double.isNaN(halfLifeDays), kind == FeatureKind.DECAYED_SUM);
        requireAbsent(kind, "weight", weight == null, kind == FeatureKind.DECAYED_SUM);
        requireAbsent(kind, "windowDays", Double.isNaN(windowDays), kind == FeatureKind.COUNT);
        requireAbsent(kind, "ifNone", Double.isNaN(ifNone),
                kind == FeatureKind.DAYS_SINCE || kind == FeatureKind.MARKET_PRICE);
        requireAbsent(kind, "entity", entity == null, kind == FeatureKind.TAG);
        requireAbsent(kind, "events", hazard == null, kind == FeatureKind.DEADLINE_HAZARD);
        if (kind == FeatureKind.DEADLINE_HAZARD && hazard == null) {
            throw new InvalidInputException(null, 0, "events", null, "is required for a deadline-hazard feature,"
                    + " with exposureDays: the events seen and the days they were seen in");
        }
        if (kind.usesEvents() && (type == null || type.isBlank())) {
            throw new InvalidInputException(null, 0, "type", type, "is required for a " + kind.label()
                    + " feature: the event type it counts");
        }
        switch (kind) {
            case DECAYED_SUM -> {
                if (!(halfLifeDays > 0 && halfLifeDays < Double.POSITIVE_INFINITY)) {
                    throw new InvalidInputException(null, 0, "halfLifeDays", Double.toString(halfLifeDays),
                            "must be a finite number of days > 0");
                }
            }
            case COUNT -> {
                if (!(windowDays > 0 && windowDays <= 106_000)) {
                    throw new InvalidInputException(null, 0, "windowDays", Double.toString(windowDays),
                            "must be a number of days in (0, 106000]");
                }
            }
            case DAYS_SINCE -> {
                if (!Double.isFinite(ifNone)) {
                    throw new InvalidInputException(null, 0, "ifNone", Double.toString(ifNone),
                            "is required: a finite number of days to use when no event has occurred");
                }
            }
            case MARKET_PRICE -> {
                if (!(ifNone >= 0 && ifNone <= 1)) {
                    throw new InvalidInputException(null, 0, "ifNone", Double.toString(ifNone),
                            "is required: a price in [0, 1] to use before the first price");
                }
            }
            case TAG -> {
                if (entity == null || entity.isBlank()) {
                    throw new InvalidInputException(null, 0, "entity", entity, "is required: the entity to test");
                }
            }
            default -> {
            }
        }
        if (transform == Transform.LOGIT && !kind.unitRange()) {
            throw new InvalidInputException(null, 0, "transform", "logit", "applies only to kinds with values in"
                    + " [0, 1] (elapsed-fraction, market-price, tag), not to " + kind.label());
        }
        if (transform == Transform.LOG1P && kind == FeatureKind.MARKET_CHANGE) {
            throw new InvalidInputException(null, 0, "transform", "log1p", "does not apply to market-change,"
                    + " whose values can be below -1");
        }
        if (transform == Transform.LOG1P && kind == FeatureKind.DAYS_SINCE && ifNone < 0) {
            throw new InvalidInputException(null, 0, "ifNone", Double.toString(ifNone),
                    "must be >= 0 with the log1p transform");
        }
    }

    private static void requireAbsent(FeatureKind kind, String field, boolean absent, boolean applies) {
        if (!absent && !applies) {
            throw new InvalidInputException(null, 0, field, null, "is not a field of a " + kind.label()
                    + " feature (fields: name, kind, " + (kind.fields().isEmpty() ? ""
                            : String.join(", ", kind.fields()) + ", ") + "transform)");
        }
    }

    /**
     * @param name the feature name
     * @param type the event type
     * @param halfLifeDays the half-life in days
     * @return a {@link FeatureKind#DECAYED_SUM} weighted by credibility
     */
    public static FeatureDefinition decayedSum(String name, String type, double halfLifeDays) {
        return new FeatureDefinition(name, FeatureKind.DECAYED_SUM, type, halfLifeDays, Weight.CREDIBILITY,
                Double.NaN, Double.NaN, null, Transform.NONE);
    }

    /**
     * @param name the feature name
     * @param type the event type
     * @param windowDays the window in days
     * @return a {@link FeatureKind#COUNT}
     */
    public static FeatureDefinition count(String name, String type, double windowDays) {
        return new FeatureDefinition(name, FeatureKind.COUNT, type, Double.NaN, null, windowDays, Double.NaN, null,
                Transform.NONE);
    }

    /**
     * @param name the feature name
     * @param type the event type
     * @param ifNone the days to report when no event of the type has occurred
     * @return a {@link FeatureKind#DAYS_SINCE}
     */
    public static FeatureDefinition daysSince(String name, String type, double ifNone) {
        return new FeatureDefinition(name, FeatureKind.DAYS_SINCE, type, Double.NaN, null, Double.NaN, ifNone, null,
                Transform.NONE);
    }

    /**
     * @param name the feature name
     * @param type the event type
     * @return a {@link FeatureKind#LOG_MAGNITUDE}
     */
    public static FeatureDefinition logMagnitude(String name, String type) {
        return new FeatureDefinition(name, FeatureKind.LOG_MAGNITUDE, type, Double.NaN, null, Double.NaN,
                Double.NaN, null, Transform.NONE);
    }

    /**
     * @param name the feature name
     * @return a {@link FeatureKind#DAYS_TO_DEADLINE}
     */
    public static FeatureDefinition daysToDeadline(String name) {
        return new FeatureDefinition(name, FeatureKind.DAYS_TO_DEADLINE, null, Double.NaN, null, Double.NaN,
                Double.NaN, null, Transform.NONE);
    }

    /**
     * @param name the feature name
     * @return a {@link FeatureKind#ELAPSED_FRACTION}
     */
    public static FeatureDefinition elapsedFraction(String name) {
        return new FeatureDefinition(name, FeatureKind.ELAPSED_FRACTION, null, Double.NaN, null, Double.NaN,
                Double.NaN, null, Transform.NONE);
    }

    /**
     * @param name the feature name
     * @param ifNone the price to report before the first observed price
     * @return a {@link FeatureKind#MARKET_PRICE}
     */
    public static FeatureDefinition marketPrice(String name, double ifNone) {
        return new FeatureDefinition(name, FeatureKind.MARKET_PRICE, null, Double.NaN, null, Double.NaN, ifNone,
                null, Transform.NONE);
    }

    /**
     * @param name the feature name
     * @return a {@link FeatureKind#MARKET_CHANGE}
     */
    public static FeatureDefinition marketChange(String name) {
        return new FeatureDefinition(name, FeatureKind.MARKET_CHANGE, null, Double.NaN, null, Double.NaN,
                Double.NaN, null, Transform.NONE);
    }

    /**
     * @param name the feature name
     * @param hazard the rate whose probability of an event before the deadline the feature is
     * @return a {@link FeatureKind#DEADLINE_HAZARD}
     */
    public static FeatureDefinition deadlineHazard(String name, HazardPrior hazard) {
        return new FeatureDefinition(name, FeatureKind.DEADLINE_HAZARD, null, Double.NaN, null, Double.NaN,
                Double.NaN, null, Transform.NONE, java.util.Objects.requireNonNull(hazard, "hazard"));
    }

    /**
     * @param name the feature name
     * @param entity the entity
     * @return a {@link FeatureKind#TAG}
     */
    public static FeatureDefinition tag(String name, String entity) {
        return new FeatureDefinition(name, FeatureKind.TAG, null, Double.NaN, null, Double.NaN, Double.NaN, entity,
                Transform.NONE);
    }

    /**
     * @param t the transform
     * @return a copy with that transform
     * @throws InvalidInputException if the transform does not apply to the kind
     */
    public FeatureDefinition withTransform(Transform t) {
        return new FeatureDefinition(name, kind, type, halfLifeDays, weight, windowDays, ifNone, entity, t, hazard);
    }

    /**
     * @param w the event weight of a decayed sum
     * @return a copy with that weight
     * @throws InvalidInputException if this is not a decayed sum
     */
    public FeatureDefinition withWeight(Weight w) {
        return new FeatureDefinition(name, kind, type, halfLifeDays, w, windowDays, ifNone, entity, transform,
                hazard);
    }

    /** @return the count window in nanoseconds (0 for other kinds) */
    public long windowNanos() {
        return kind == FeatureKind.COUNT ? Times.nanosOfDays(windowDays) : 0;
    }

    /** @return the definition as it is written in a spec file */
    public ObjectNode toJson() {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        node.put("name", name);
        node.put("kind", kind.label());
        if (type != null) {
            node.put("type", type);
        }
        if (!Double.isNaN(halfLifeDays)) {
            node.put("halfLifeDays", halfLifeDays);
        }
        if (weight != null && weight != Weight.CREDIBILITY) {
            node.put("weight", weight.label());
        }
        if (!Double.isNaN(windowDays)) {
            node.put("windowDays", windowDays);
        }
        if (!Double.isNaN(ifNone)) {
            node.put("ifNone", ifNone);
        }
        if (entity != null) {
            node.put("entity", entity);
        }
        if (hazard != null) {
            node.put("events", hazard.events());
            node.put("exposureDays", hazard.exposureDays());
            node.put("priorShape", hazard.priorShape());
            node.put("priorRate", hazard.priorRate());
            if (hazard.windowStart() != null) {
                node.put("windowStart", hazard.windowStart().toString());
            }
            if (hazard.windowEnd() != null) {
                node.put("windowEnd", hazard.windowEnd().toString());
            }
        }
        if (transform != Transform.NONE) {
            node.put("transform", transform.label());
        }
        return node;
    }

    /** @return a short description, e.g. {@code decayed-sum(sovereign-fund-shift, halfLifeDays=30)} */
    public String describe() {
        StringBuilder sb = new StringBuilder(kind.label()).append('(');
        String sep = "";
        if (type != null) {
            sb.append(type);
            sep = ", ";
        }
        if (!Double.isNaN(halfLifeDays)) {
            sb.append(sep).append("halfLifeDays=").append(plain(halfLifeDays));
            sep = ", ";
        }
        if (weight == Weight.ONE) {
            sb.append(sep).append("weight=one");
            sep = ", ";
        }
        if (!Double.isNaN(windowDays)) {
            sb.append(sep).append("windowDays=").append(plain(windowDays));
            sep = ", ";
        }
        if (!Double.isNaN(ifNone)) {
            sb.append(sep).append("ifNone=").append(plain(ifNone));
            sep = ", ";
        }
        if (entity != null) {
            sb.append(sep).append(entity);
        }
        if (hazard != null) {
            sb.append(sep).append(plain(hazard.events())).append(" events in ").append(plain(hazard.exposureDays()))
                    .append(" days");
            if (hazard.windowStart() != null || hazard.windowEnd() != null) {
                sb.append(", window ").append(hazard.windowStart() == null ? "now" : hazard.windowStart())
                        .append(" to ").append(hazard.windowEnd() == null ? "deadline" : hazard.windowEnd());
            }
        }
        sb.append(')');
        if (transform != Transform.NONE) {
            sb.insert(0, transform.label() + " ");
        }
        return sb.toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
