package org.forecast4j.backtest;

import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.modelfile.ModelFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fitted model or calibrator as the JSON text of its model file (without the time written), and back through
 * its kind's reader: how a {@link RefitPeriod} crosses to another JVM.
 */
final class ModelText {
    private static final String SOURCE = "a refit period's model";

    private ModelText() {
    }

    /**
     * @param document a model's or calibrator's document
     * @return its model-file JSON
     */
    static String of(ModelDocument document) {
        return ForecastJson.toJsonLine(ModelFiles.toTree(document, null));
    }

    /**
     * @param text what {@link #of} gave for a model
     * @return the model
     */
    static ProbabilityModel model(String text) {
        ModelDocument document = document(text);
        return ModelKinds.model(document.kind()).read(document);
    }

    /**
     * @param text what {@link #of} gave for a calibrator
     * @return the calibrator
     */
    static Calibrator calibrator(String text) {
        ModelDocument document = document(text);
        return ModelKinds.calibrator(document.kind()).reader().apply(document);
    }

    private static ModelDocument document(String text) {
        JsonNode root = ForecastJson.mapper().readTree(text);
        List<String> features = new ArrayList<>();
        root.get("features").forEach(f -> features.add(f.asString()));
        Provenance provenance = ForecastJson.mapper().treeToValue(root.get("provenance"), Provenance.class);
        return new ModelDocument(root.get("formatVersion").asInt(), root.get("kind").asString(), null,
                FeatureSchema.of(features), provenance, (ObjectNode) root.get("parameters"), SOURCE);
    }
}
