package org.forecast4j.core.baserate;

import java.util.Map;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model-file form of a {@link GammaPoissonHazard}, kind {@value GammaPoissonHazard#KIND}: writes its
 * parameters to a {@link ModelDocument} and reads them back. Parameters: {@code priorShape}, {@code priorRate},
 * {@code events}, {@code exposure} and {@code logHazardRatios}, one per covariate; the covariates are the
 * document's features.
 */
final class GammaPoissonHazardFile {
    private GammaPoissonHazardFile() {
    }

    /** The document of a model with these fields; see {@link GammaPoissonHazard#toDocument()}. */
    static ModelDocument toDocument(double priorShape, double priorRate, double events, double exposure,
            FeatureSchema covariates, double[] logHazardRatios) {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("priorShape", priorShape);
        parameters.put("priorRate", priorRate);
        parameters.put("events", events);
        parameters.put("exposure", exposure);
        ModelDocument.addNumbers(parameters.putArray("logHazardRatios"), logHazardRatios);
        Provenance provenance = Provenance.of("gamma-poisson", Map.of(), 0);
        return ModelDocument.of(GammaPoissonHazard.KIND, covariates, provenance, parameters);
    }

    /** The model of a document; see {@link GammaPoissonHazard#fromDocument(ModelDocument)}. */
    static GammaPoissonHazard fromDocument(ModelDocument document) {
        document.requireKind(GammaPoissonHazard.KIND);
        double[] ratios = document.numbers("logHazardRatios", document.schema().size());
        try {
            return GammaPoissonHazard.create(document.number("priorShape"), document.number("priorRate"),
                    document.number("events"), document.number("exposure"), document.schema(), ratios);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw document.invalid("events", null, e.getMessage());
        }
    }
}
