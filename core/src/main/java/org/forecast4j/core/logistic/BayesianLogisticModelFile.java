package org.forecast4j.core.logistic;

import java.util.Arrays;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.model.ModelDocument;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model-file form of a {@link BayesianLogisticModel}, kind {@value BayesianLogisticModel#KIND}: writes the
 * posterior to a {@link ModelDocument} and reads it back, checking each parameter (the parameters are listed in
 * the model's class documentation).
 */
final class BayesianLogisticModelFile {
    private BayesianLogisticModelFile() {
    }

    /** The document of a posterior; see {@link BayesianLogisticModel#toDocument()}. */
    static ModelDocument toDocument(BayesianLogisticModel model) {
        double[] mean = model.meanArray();
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("priorSd", model.priorSd());
        parameters.put("interceptPriorSd", model.interceptPriorSd());
        parameters.put("forgetting", model.forgetting());
        parameters.put("intercept", mean[0]);
        ModelDocument.addNumbers(parameters.putArray("coefficients"), Arrays.copyOfRange(mean, 1, mean.length));
        ModelDocument.putMatrix(parameters, "covariance", model.posteriorCovariance());
        parameters.put("logLikelihood", model.logLikelihood());
        parameters.put("logEvidence", model.logEvidence());
        parameters.put("iterations", model.iterations());
        parameters.put("converged", model.converged());
        parameters.put("onlineUpdates", model.onlineUpdates());
        return ModelDocument.of(BayesianLogisticModel.KIND, model.schema(), model.provenance(), parameters);
    }

    /** The posterior of a document; see {@link BayesianLogisticModel#fromDocument(ModelDocument)}. */
    static BayesianLogisticModel fromDocument(ModelDocument document) {
        document.requireKind(BayesianLogisticModel.KIND);
        int k = document.schema().size();
        int d = k + 1;
        double priorSd = document.positive("priorSd");
        double interceptPriorSd = document.positive("interceptPriorSd");
        double forgetting = document.nonNegative("forgetting");
        if (!(forgetting < 1)) {
            throw document.invalid("forgetting", Double.toString(forgetting), "must be < 1");
        }
        double[] mean = new double[d];
        mean[0] = document.number("intercept");
        System.arraycopy(document.numbers("coefficients", k), 0, mean, 1, k);
        double[][] dense = CovarianceField.read(document, "covariance", d);
        double logLikelihood = document.number("logLikelihood");
        if (logLikelihood > 0) {
            throw document.invalid("logLikelihood", Double.toString(logLikelihood), "must be <= 0");
        }
        long iterations = document.count("iterations");
        return new BayesianLogisticModel(document.schema(), document.provenance(), priorSd, interceptPriorSd,
                forgetting, mean, PackedSymmetric.pack(dense), logLikelihood, document.number("logEvidence"),
                (int) Math.min(iterations, Integer.MAX_VALUE), document.bool("converged"),
                document.count("onlineUpdates"));
    }
}
