package org.forecast4j.core.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.modelfile.ModelFileEdits;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.model.ProbabilityModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogisticModelFilesTest {

    @TempDir
    Path dir;

    private static LogisticModel logistic() {
        return LogisticRegression.fit(TestData.features(TestData.DONNER), TestData.outcomes(TestData.DONNER),
                TestData.DONNER_SCHEMA, LogisticRegression.Options.DEFAULTS.withL2(0.25));
    }

    private static BayesianLogisticModel bayes() {
        return BayesianLogisticRegression.fit(TestData.features(TestData.DONNER), TestData.outcomes(TestData.DONNER),
                TestData.DONNER_SCHEMA,
                BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(2).withForgetting(0.01));
    }

    private Path write(ProbabilityModel model, String name) throws IOException {
        Path file = dir.resolve(name);
        ModelFiles.write(file, model.toDocument());
        return file;
    }

    @Test
    void logisticRoundTripGivesTheSameModel() throws IOException {
        LogisticModel model = logistic();
        Path file = write(model, "logistic.json");
        ProbabilityModel read = ModelReaders.readModel(file, TestData.DONNER_SCHEMA);
        LogisticModel copy = assertInstanceOf(LogisticModel.class, read);
        assertEquals(model.intercept(), copy.intercept(), 0.0);
        assertArrayEquals(model.coefficients(), copy.coefficients(), 0.0);
        assertEquals(model.interceptStandardError(), copy.interceptStandardError(), 0.0);
        assertEquals(model.standardError(1), copy.standardError(1), 0.0);
        assertEquals(model.provenance(), copy.provenance());
        assertEquals(model.toString(), copy.toString());
        for (double[] x : TestData.features(TestData.DONNER)) {
            assertEquals(model.probability(x), copy.probability(x), 0.0);
        }
        // Writing the copy again gives the same document (apart from the time written).
        assertEquals(ModelFiles.toTree(model.toDocument(), "t"), ModelFiles.toTree(copy.toDocument(), "t"));
        String text = Files.readString(file);
        assertTrue(text.contains("\"kind\" : \"logistic\""), text);
        assertTrue(text.contains("\"trainer\" : \"logistic-irls\""), text);
        assertTrue(text.contains("\"features\" : [ \"age\", \"male\" ]"), text);
    }

    @Test
    void bayesianRoundTripKeepsCovarianceUpdatesAndForgetting() throws IOException {
        BayesianLogisticModel model = bayes().update(new double[] {31, 1}, true).update(new double[] {52, 0}, false);
        Path file = write(model, "bayes.json");
        BayesianLogisticModel copy = assertInstanceOf(BayesianLogisticModel.class, ModelReaders.readModel(file));
        assertArrayEquals(model.posteriorMean(), copy.posteriorMean(), 0.0);
        double[][] a = model.posteriorCovariance();
        double[][] b = copy.posteriorCovariance();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
        assertEquals(model.logEvidence(), copy.logEvidence(), 0.0);
        assertEquals(2, copy.onlineUpdates());
        assertEquals(0.01, copy.forgetting());
        assertEquals(47, copy.provenance().trainingRows());
        assertEquals(model.toString(), copy.toString());
        double[] x = {30, 1};
        assertEquals(model.probability(x), copy.probability(x), 0.0);
        assertEquals(model.interval(x), copy.interval(x));
        // Updating the copy continues exactly where the original would.
        assertArrayEquals(model.update(x, true).posteriorMean(), copy.update(x, true).posteriorMean(), 0.0);
    }

    @Test
    void fitsAreReproducibleToTheByte() {
        assertEquals(ForecastJson.toPrettyJson(ModelFiles.toTree(bayes().toDocument(), "2026-01-01T00:00:00Z")),
                ForecastJson.toPrettyJson(ModelFiles.toTree(bayes().toDocument(), "2026-01-01T00:00:00Z")));
    }

    @Test
    void wrongKindAndMismatchedSchemaAreRefused() throws IOException {
        Path logisticFile = write(logistic(), "logistic.json");
        Path bayesFile = write(bayes(), "bayes.json");
        InvalidInputException kind = assertThrows(InvalidInputException.class,
                () -> LogisticModel.fromDocument(ModelFiles.read(bayesFile)));
        assertEquals(bayesFile + ", field 'kind': value 'bayes-logistic' is not a 'logistic' model file",
                kind.getMessage());
        assertThrows(InvalidInputException.class,
                () -> BayesianLogisticModel.fromDocument(ModelFiles.read(logisticFile)));
        assertTrue(assertThrows(InvalidInputException.class, () -> ModelFiles.read(logisticFile, "bayes-logistic"))
                .getMessage().contains("value 'logistic' is not what this needs: expected bayes-logistic"));

        InvalidInputException schema = assertThrows(InvalidInputException.class,
                () -> ModelReaders.readModel(logisticFile, FeatureSchema.of("male", "age")));
        assertEquals(logisticFile + ", field 'features': feature schema mismatch: the model expects [age, male]"
                + " but the caller supplies [male, age]; first difference at position 0: expected 'age', got"
                + " 'male'", schema.getMessage());
        assertTrue(assertThrows(InvalidInputException.class,
                () -> ModelReaders.readModel(bayesFile, FeatureSchema.of("age"))).getMessage()
                .contains("the model has 2 features, the caller 1"));

        ModelFileEdits.editAsFormatOne(logisticFile, text -> text.replace("\"kind\" : \"logistic\"",
                "\"kind\" : \"logistic-v2\""));
        // The list of known kinds grows as other model kinds register; it must name both logistic kinds.
        String unknown = assertThrows(InvalidInputException.class, () -> ModelReaders.readModel(logisticFile))
                .getMessage();
        String prefix = logisticFile + ", field 'kind': value 'logistic-v2' is not a probability-model kind this"
                + " build knows (known: ";
        assertTrue(unknown.startsWith(prefix) && unknown.endsWith(")"), unknown);
        List<String> known = List.of(unknown.substring(prefix.length(), unknown.length() - 1).split(", "));
        assertTrue(known.contains("bayes-logistic") && known.contains("logistic"), unknown);
    }

    /** Rewrites one parameter of a written model file and returns the error reading it gives. */
    private String editedError(ProbabilityModel model, String field, String json) throws IOException {
        Path file = dir.resolve("edited.json");
        ModelDocument document = model.toDocument();
        document.parameters().set(field, ForecastJson.mapper().readTree(json));
        ModelFiles.write(file, document);
        return assertThrows(InvalidInputException.class, () -> ModelReaders.readModel(file)).getMessage();
    }

    @Test
    void editedFilesAreRefusedWithTheFieldNamed() throws IOException {
        Path file = dir.resolve("edited.json");
        assertEquals(file + ", field 'parameters.coefficients': has 3 values, expected 2 (one per feature of"
                + " [age, male])", editedError(logistic(), "coefficients", "[1, 2, 3]"));
        assertEquals(file + ", field 'parameters.converged': value '\"yes\"' is not true or false",
                editedError(logistic(), "converged", "\"yes\""));
        assertEquals(file + ", field 'parameters.standardErrors[1]': value '-0.5' must be >= 0",
                editedError(logistic(), "standardErrors", "[1, -0.5]"));
        assertEquals(file + ", field 'parameters.iterations': value '2.5' is not a whole number >= 0",
                editedError(logistic(), "iterations", "2.5"));
        assertTrue(editedError(logistic(), "intercept", "null").contains("'parameters.intercept': is missing"));

        assertEquals(file + ", field 'parameters.covariance[0][1]': value '0.5' differs from covariance[1][0] ="
                + " 0.0: the covariance must be symmetric", editedError(bayes(), "covariance",
                        "[[1, 0.5, 0], [0, 1, 0], [0, 0, 1]]"));
        assertEquals(file + ", field 'parameters.covariance': is not a positive-definite matrix",
                editedError(bayes(), "covariance", "[[1, 2, 0], [2, 1, 0], [0, 0, 1]]"));
        assertTrue(editedError(bayes(), "covariance", "[[1, 0], [0, 1]]").contains("is missing or not 3 rows of 3"
                + " numbers (one per parameter: the intercept, then [age, male])"));
        assertEquals(file + ", field 'parameters.covariance[1][2]': value '\"x\"' is not a finite number",
                editedError(bayes(), "covariance", "[[1, 0, 0], [0, 1, \"x\"], [0, 0, 1]]"));
        assertEquals(file + ", field 'parameters.forgetting': value '1.5' must be < 1",
                editedError(bayes(), "forgetting", "1.5"));
        assertEquals(file + ", field 'parameters.priorSd': value '0.0' must be > 0", editedError(bayes(), "priorSd",
                "0"));
    }
}
