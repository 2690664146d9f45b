package org.forecast4j.core.modelfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.modelfile.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class ModelFilesTest {

    @TempDir
    Path dir;

    private static ModelDocument sample() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("intercept", -1.5);
        parameters.putArray("coefficients").add(0.25).add(2.0);
        Provenance provenance = Provenance.of("test-trainer", Map.of("l2", 0.5, "maxIter", 25), 120);
        return ModelDocument.of("test-kind", FeatureSchema.of("age", "male"), provenance, parameters);
    }

    @Test
    void roundTripKeepsEnvelopeAndParameters() throws IOException {
        Path file = dir.resolve("m.json");
        ModelFiles.write(file, sample());
        ModelDocument read = ModelFiles.read(file, "test-kind");
        assertEquals(ModelFiles.FORMAT_VERSION, read.formatVersion());
        assertEquals("test-kind", read.kind());
        assertEquals(FeatureSchema.of("age", "male"), read.schema());
        assertEquals(sample().provenance(), read.provenance());
        assertEquals(-1.5, read.number("intercept"));
        assertArrayEquals(new double[] {0.25, 2.0}, read.numbers("coefficients", 2));
        assertEquals(file.toString(), read.source());
        assertTrue(read.writtenAt().endsWith("Z"));
    }

    @Test
    void schemaHashChangesWithOrderAndMismatchIsExplained() {
        FeatureSchema model = FeatureSchema.of("a", "b", "c");
        assertNotEquals(model.hash(), FeatureSchema.of("a", "c", "b").hash());
        // sha256("a\nb\nc\n") computed with Python's hashlib.sha256(b"a\nb\nc\n").hexdigest()
        assertEquals("sha256:880553fca8fcea94e325ee2cfb48e5a985cc797f39a14cc6d3cedecfeb2ae4d2", model.hash());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model.requireSameAs(FeatureSchema.of("a", "c", "b"), "m.json"));
        assertEquals("m.json, field 'features': feature schema mismatch: the model expects [a, b, c] but the"
                + " caller supplies [a, c, b]; first difference at position 1: expected 'b', got 'c'",
                e.getMessage());
        InvalidInputException shorter = assertThrows(InvalidInputException.class,
                () -> model.requireSameAs(FeatureSchema.of("a", "b"), "m.json"));
        assertTrue(shorter.getMessage().endsWith("the model has 3 features, the caller 2"));
        model.requireSameAs(FeatureSchema.of("a", "b", "c"), "m.json");
        assertThrows(IllegalArgumentException.class, () -> FeatureSchema.of("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> FeatureSchema.of("a", " "));
    }

    @Test
    void wrongKindNewerVersionAndEditedFilesAreRefusedWithTheFieldNamed() throws IOException {
        Path file = dir.resolve("m.json");
        ModelFiles.write(file, sample());
        InvalidInputException kind = assertThrows(InvalidInputException.class,
                () -> ModelFiles.read(file, "logistic", "bayes-logistic"));
        assertEquals(file + ", field 'kind': value 'test-kind' is not what this needs: expected logistic or"
                + " bayes-logistic", kind.getMessage());

        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"formatVersion\" : 2", "\"formatVersion\" : 99"));
        InvalidInputException newer = assertThrows(InvalidInputException.class, () -> ModelFiles.read(file));
        assertTrue(newer.getMessage().contains("field 'formatVersion': value '99' is newer"), newer.getMessage());

        // Format 2: any edit after writing breaks the checksum, and the file is refused as damaged.
        Files.writeString(file, text.replace("\"intercept\" : -1.5", "\"intercept\" : -1.25"));
        InvalidInputException edited = assertThrows(InvalidInputException.class, () -> ModelFiles.read(file));
        assertTrue(edited.getMessage().startsWith(file + ", field 'checksum': value '\"sha256:"), edited.getMessage());
        assertTrue(edited.getMessage().endsWith("does not match the file's content: the file was damaged or edited"
                + " after it was written; refit the model, or restore the file from a copy"), edited.getMessage());
        Files.writeString(file, text.substring(0, text.length() / 2));
        InvalidInputException truncated = assertThrows(InvalidInputException.class, () -> ModelFiles.read(file));
        assertTrue(truncated.getMessage().startsWith(file + " line "), truncated.getMessage());
        assertTrue(truncated.getMessage().contains("malformed JSON"), truncated.getMessage());
        Files.writeString(file, text.replaceAll(",\\s*\"checksum\" : \"[^\"]*\"", ""));
        InvalidInputException unsigned = assertThrows(InvalidInputException.class, () -> ModelFiles.read(file));
        assertTrue(unsigned.getMessage().contains("field 'checksum': is missing"), unsigned.getMessage());

        // Format 1 (no checksum) still loads, and its envelope and parameters are still checked field by field.
        String formatOne = text.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")
                .replaceAll(",\\s*\"checksum\" : \"[^\"]*\"", "");
        Files.writeString(file, formatOne.replace("\"male\"", "\"female\""));
        InvalidInputException schema = assertThrows(InvalidInputException.class, () -> ModelFiles.read(file));
        assertTrue(schema.getMessage().contains("field 'featureSchemaHash'"), schema.getMessage());

        Files.writeString(file, formatOne.replace("\"intercept\" : -1.5", "\"intercept\" : \"high\""));
        ModelDocument doc = ModelFiles.read(file);
        InvalidInputException parameter = assertThrows(InvalidInputException.class, () -> doc.number("intercept"));
        assertEquals(file + ", field 'parameters.intercept': value '\"high\"' is not a finite number",
                parameter.getMessage());
        InvalidInputException length = assertThrows(InvalidInputException.class,
                () -> doc.numbers("coefficients", 3));
        assertTrue(length.getMessage().contains("has 2 values, expected 3"), length.getMessage());

        Files.writeString(file, "{\"kind\": \"logistic\"}");
        InvalidInputException notModel = assertThrows(InvalidInputException.class, () -> ModelFiles.read(file));
        assertTrue(notModel.getMessage().contains("formatVersion"), notModel.getMessage());
    }
}
