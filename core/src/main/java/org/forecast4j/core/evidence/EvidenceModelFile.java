package org.forecast4j.core.evidence;

import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model-file form of an {@link EvidenceModel}, kind {@value EvidenceModel#KIND}: writes its parameters to a
 * {@link ModelDocument} and reads them back. Parameters: {@code priorLogOdds}, {@code priorLogOddsSd},
 * {@code logLikelihoodRatios}, {@code covariance} (the k × k covariance of the log likelihood ratios, row by row)
 * and {@code level}.
 */
final class EvidenceModelFile {
    private EvidenceModelFile() {
    }

    /** The document of a model with these fields; see {@link EvidenceModel#toDocument()}. */
    static ModelDocument toDocument(FeatureSchema schema, Provenance provenance, double priorLogOdds,
            double priorLogOddsSd, double[] logLikelihoodRatios, double[] covariance, double level) {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("priorLogOdds", priorLogOdds);
        parameters.put("priorLogOddsSd", priorLogOddsSd);
        ModelDocument.addNumbers(parameters.putArray("logLikelihoodRatios"), logLikelihoodRatios);
        ModelDocument.addNumbers(parameters.putArray("covariance"), covariance);
        parameters.put("level", level);
        return ModelDocument.of(EvidenceModel.KIND, schema, provenance, parameters);
    }

    /** The model of a document; see {@link EvidenceModel#fromDocument(ModelDocument)}. */
    static EvidenceModel fromDocument(ModelDocument document) {
        document.requireKind(EvidenceModel.KIND);
        int k = document.schema().size();
        double[] ratios = document.numbers("logLikelihoodRatios", k);
        double[] cov = document.numbers("covariance", -1);
        if (cov.length != k * k) {
            throw document.invalid("covariance", null, "has " + cov.length + " values, expected " + (k * k)
                    + " (a " + k + " × " + k + " matrix, row by row)");
        }
        try {
            return EvidenceModel.create(document.schema(), document.number("priorLogOdds"),
                    document.number("priorLogOddsSd"), ratios, cov, document.number("level"), document.provenance());
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw document.invalid("logLikelihoodRatios", null, e.getMessage());
        }
    }
}
