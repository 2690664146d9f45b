package org.forecast4j.core.kinds;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.forecast4j.core.calibration.BetaCalibrator;
import org.forecast4j.core.calibration.IsotonicCalibrator;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.LogisticModel;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.pooling.LogOddsPool;

/**
 * Loads any model or calibrator file by its logical {@code kind}. Each model family registers the function
 * that rebuilds it from a {@link ModelDocument}; there is no reflection and no class name in any file.
 */
public final class ModelReaders {
    private static final Map<String, Function<ModelDocument, ProbabilityModel>> MODELS = new TreeMap<>(Map.of(
            // "kind", SomeModel::fromDocument — one entry per probability-model kind.
            BayesianLogisticModel.KIND, BayesianLogisticModel::fromDocument,
            EvidenceModel.KIND, EvidenceModel::fromDocument,
            LogisticModel.KIND, LogisticModel::fromDocument,
            MarketAnchoredModel.KIND, MarketAnchoredModel::fromDocument,
            LogOddsPool.KIND, LogOddsPool::fromDocument
    ));
    private static final Map<String, Function<ModelDocument, Calibrator>> CALIBRATORS = new TreeMap<>(Map.of(
            // "kind", SomeCalibrator::fromDocument — one entry per calibrator kind.
            PlattCalibrator.KIND, PlattCalibrator::fromDocument,
            IsotonicCalibrator.KIND, IsotonicCalibrator::fromDocument,
            BetaCalibrator.KIND, BetaCalibrator::fromDocument
    ));

    private ModelReaders() {
    }

    /**
     * Reads a probability-model file of any registered kind.
     *
     * @param file the model file
     * @return the model
     * @throws InvalidInputException if the file is unreadable, malformed, or of a kind that is not a
     *     probability model; the message lists the kinds that are
     */
    public static ProbabilityModel readModel(Path file) {
        ModelDocument document = ModelFiles.read(file);
        return lookup(MODELS, document, "a probability-model").apply(document);
    }

    /**
     * Reads a probability-model file and checks it against the caller's feature schema.
     *
     * @param file the model file
     * @param callers the schema the caller will pass vectors in
     * @return the model
     * @throws InvalidInputException as {@link #readModel(Path)}, or if the schemas differ
     */
    public static ProbabilityModel readModel(Path file, FeatureSchema callers) {
        ProbabilityModel model = readModel(file);
        model.schema().requireSameAs(callers, file.toString());
        return model;
    }

    /**
     * Reads a calibrator file of any registered kind.
     *
     * @param file the calibrator file
     * @return the calibrator
     * @throws InvalidInputException if the file is unreadable, malformed, or not a calibrator
     */
    public static Calibrator readCalibrator(Path file) {
        ModelDocument document = ModelFiles.read(file);
        return lookup(CALIBRATORS, document, "a calibrator").apply(document);
    }

    private static <T> Function<ModelDocument, T> lookup(Map<String, Function<ModelDocument, T>> registry,
            ModelDocument document, String what) {
        Function<ModelDocument, T> reader = registry.get(document.kind());
        if (reader == null) {
            throw new InvalidInputException(document.source(), 0, "kind", document.kind(),
                    "is not " + what + " kind this build knows (known: " + String.join(", ", registry.keySet())
                            + ")");
        }
        return reader;
    }
}
