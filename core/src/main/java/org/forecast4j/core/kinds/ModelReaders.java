package org.forecast4j.core.kinds;

import java.nio.file.Path;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.modelfile.ModelFiles;

/**
 * Loads any model or calibrator file by its logical {@code kind}, through the registry ({@link ModelKinds}):
 * there is no reflection and no class name in any file.
 */
public final class ModelReaders {

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
        for (ModelKind<?, ?> kind : ModelKinds.models()) {
            if (kind.name().equals(document.kind())) {
                return kind.read(document);
            }
        }
        throw unknown(document, "a probability-model", ModelKinds.modelNames());
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
        for (CalibratorKind kind : ModelKinds.calibrators()) {
            if (!kind.isNone() && kind.name().equals(document.kind())) {
                return kind.reader().apply(document);
            }
        }
        java.util.List<String> names = new java.util.ArrayList<>(ModelKinds.calibratorNames());
        names.remove(CalibratorKind.NONE.name());
        throw unknown(document, "a calibrator", names);
    }

    private static InvalidInputException unknown(ModelDocument document, String what, java.util.List<String> known) {
        return new InvalidInputException(document.source(), 0, "kind", document.kind(),
                "is not " + what + " kind this build knows (known: " + String.join(", ", new java.util.TreeSet<>(known))
                        + ")");
    }
}
