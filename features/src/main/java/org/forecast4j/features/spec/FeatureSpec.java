package org.forecast4j.features.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.core.io.JsonRecord;
import org.forecast4j.features.io.JsonRecords;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A declarative feature spec: how events are matched to questions and the ordered features to compute (see
 * the package documentation for the file format). The feature names, in order, form the
 * {@link FeatureSchema} a model must have been trained on. Immutable and thread-safe.
 */
public final class FeatureSpec {
    /** The top-level fields of a spec file. */
    public static final List<String> FIELDS = List.of("match", "features");

    private final Match match;
    private final List<FeatureDefinition> features;
    private final FeatureSchema schema;

    private FeatureSpec(Match match, List<FeatureDefinition> features) {
        this.match = match;
        this.features = features;
        List<String> names = new ArrayList<>(features.size());
        for (FeatureDefinition f : features) {
            names.add(f.name());
        }
        this.schema = FeatureSchema.of(names);
    }

    /**
     * @param match how events are matched to questions
     * @param features the features, in vector order: at least one, names unique
     * @return the spec
     * @throws InvalidInputException naming field {@code name} if a name repeats, or {@code features} if empty
     */
    public static FeatureSpec of(Match match, List<FeatureDefinition> features) {
        if (features.isEmpty()) {
            throw new InvalidInputException(null, 0, "features", null, "must list at least one feature");
        }
        Set<String> names = new LinkedHashSet<>();
        for (FeatureDefinition f : features) {
            if (!names.add(f.name())) {
                throw new InvalidInputException(null, 0, "name", f.name(), "names two features");
            }
        }
        return new FeatureSpec(match, Collections.unmodifiableList(new ArrayList<>(features)));
    }

    /**
     * @param match how events are matched to questions
     * @param features the features, in vector order
     * @return the spec
     * @throws InvalidInputException if a name repeats or there are none
     */
    public static FeatureSpec of(Match match, FeatureDefinition... features) {
        return of(match, List.of(features));
    }

    /**
     * Reads a spec file.
     *
     * @param file a JSON file
     * @return the spec
     * @throws InvalidInputException naming the file, line, field and value of the first problem, e.g. an
     *     unknown kind, field or transform
     */
    public static FeatureSpec read(Path file) {
        return fromRecord(JsonRecords.readObject(file));
    }

    /**
     * Parses spec text.
     *
     * @param source the name used in messages
     * @param json the JSON text
     * @return the spec
     * @throws InvalidInputException naming the line, field and value of the first problem
     */
    public static FeatureSpec parse(String source, String json) {
        return fromRecord(JsonRecords.readObject(source, json));
    }

    private static FeatureSpec fromRecord(JsonRecord root) {
        root.requireOnly(FIELDS, "a feature spec");
        Match match = Match.ENTITIES;
        String matchText = root.optionalText("match");
        if (matchText != null) {
            match = Match.fromLabel(matchText);
            if (match == null) {
                throw root.invalid("match", matchText, "is not a match mode (modes: entities, all)");
            }
        }
        if (!root.has("features")) {
            throw root.invalid("features", null, "is required: the list of features");
        }
        List<JsonRecord> records = root.objects("features");
        if (records.isEmpty()) {
            throw root.invalid("features", "[]", "must list at least one feature");
        }
        List<FeatureDefinition> features = new ArrayList<>(records.size());
        Set<String> names = new LinkedHashSet<>();
        for (JsonRecord record : records) {
            FeatureDefinition feature = definition(record);
            if (!names.add(feature.name())) {
                throw record.invalid("name", feature.name(), "names two features");
            }
            features.add(feature);
        }
        return new FeatureSpec(match, Collections.unmodifiableList(features));
    }

    private static FeatureDefinition definition(JsonRecord record) {
        String kindText = record.text("kind");
        FeatureKind kind = FeatureKind.fromLabel(kindText);
        if (kind == null) {
            throw record.invalid("kind", kindText, "is not a feature kind (kinds: "
                    + String.join(", ", FeatureKind.labels()) + ")");
        }
        List<String> allowed = new ArrayList<>(List.of("name", "kind"));
        allowed.addAll(kind.fields());
        allowed.add("transform");
        record.requireOnly(allowed, "a " + kind.label() + " feature");
        String name = record.text("name");
        Transform transform = Transform.NONE;
        String transformText = record.optionalText("transform");
        if (transformText != null) {
            transform = Transform.fromLabel(transformText);
            if (transform == null) {
                throw record.invalid("transform", transformText, "is not a transform (transforms: none, logit,"
                        + " log1p)");
            }
        }
        Weight weight = null;
        String weightText = record.optionalText("weight");
        if (weightText != null) {
            weight = Weight.fromLabel(weightText);
            if (weight == null) {
                throw record.invalid("weight", weightText, "is not an event weight (weights: credibility, one)");
            }
        }
        String type = kind.usesEvents() ? record.text("type") : null;
        double halfLife = kind == FeatureKind.DECAYED_SUM ? record.number("halfLifeDays") : Double.NaN;
        double window = kind == FeatureKind.COUNT ? record.number("windowDays") : Double.NaN;
        double ifNone = kind.fields().contains("ifNone") ? record.number("ifNone") : Double.NaN;
        String entity = kind == FeatureKind.TAG ? record.text("entity") : null;
        try {
            HazardPrior hazard = kind != FeatureKind.DEADLINE_HAZARD ? null : new HazardPrior(record.number("events"),
                    record.number("exposureDays"), record.has("priorShape") ? record.number("priorShape") : 0.5,
                    record.has("priorRate") ? record.number("priorRate") : 0.0, record.optionalInstant("windowStart"),
                    record.optionalInstant("windowEnd"));
            return new FeatureDefinition(name, kind, type, halfLife, weight, window, ifNone, entity, transform,
                    hazard);
        } catch (InvalidInputException e) {
            throw record.locate(e);
        }
    }

    /** @return how events are matched to questions */
    public Match match() {
        return match;
    }

    /** @return the features, in vector order, unmodifiable */
    public List<FeatureDefinition> features() {
        return features;
    }

    /** @return the number of features */
    public int size() {
        return features.size();
    }

    /**
     * @param i a position in [0, size)
     * @return the feature there
     */
    public FeatureDefinition feature(int i) {
        return features.get(i);
    }

    /** @return the feature names in vector order, as the schema a model must match */
    public FeatureSchema schema() {
        return schema;
    }

    /** @return the spec as it is written in a file */
    public ObjectNode toJson() {
        ObjectNode root = ForecastJson.mapper().createObjectNode();
        root.put("match", match.label());
        ArrayNode list = root.putArray("features");
        for (FeatureDefinition f : features) {
            list.add(f.toJson());
        }
        return root;
    }

    /**
     * Writes the spec atomically as indented JSON.
     *
     * @param file the file to create or replace
     * @throws IOException if it cannot be written
     */
    public void write(Path file) throws IOException {
        ForecastJson.writePretty(file, toJson());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpec other && match == other.match && features.equals(other.features);
    }

    @Override
    public int hashCode() {
        return match.hashCode() * 31 + features.hashCode();
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("#", "feature", "definition");
        for (int i = 0; i < features.size(); i++) {
            table.row(i, features.get(i).name(), features.get(i).describe());
        }
        return "FeatureSpec (match: " + match.label() + ")\n" + table;
    }
}
