package org.forecast4j.backtest;

import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.modelfile.ModelFiles;

/**
 * A fitted model or calibrator as the JSON text of its model file (without the time written), and back through
 * {@link ModelFiles#fromTree} (with a model file's checks, checksum included) and its kind's reader: how a
 * {@link RefitPeriod} crosses to another JVM.
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
        return ModelFiles.fromTree(ForecastJson.mapper().readTree(text), SOURCE);
    }
}
