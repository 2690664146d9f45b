package org.forecast4j.core.modelfile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.forecast4j.core.internal.AtomicFiles;
import org.forecast4j.core.internal.Digests;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.io.JsonRecord;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes model files: JSON documents of the form
 *
 * <pre>{@code
 * {
 *   "formatVersion" : 1,
 *   "kind" : "logistic",
 *   "writtenAt" : "2026-11-22T10:15:30Z",
 *   "features" : [ "a", "b" ],
 *   "featureSchemaHash" : "sha256:…",
 *   "provenance" : { "library" : "forecast4j", "libraryVersion" : "…", "trainer" : "…", … },
 *   "parameters" : { … kind-specific … },
 *   "checksum" : "sha256:…"
 * }
 * }</pre>
 *
 * The {@code checksum} (format 2 on) is the SHA-256 of the document without it, as one line of compact JSON:
 * a file that was truncated, or edited after it was written, is refused with an error saying so. Format-1
 * files, which have no checksum, still load.
 *
 * Never Java serialization and never class names: {@code kind} is a logical name. Writes are atomic. The
 * time written honours {@code SOURCE_DATE_EPOCH} (seconds since the epoch) when that environment variable is
 * set, so that reproducible runs give byte-identical files.
 */
public final class ModelFiles {

    /** The format version this build writes; it reads every version from 1 up to this one. */
    public static final int FORMAT_VERSION = ModelDocument.FORMAT_VERSION;
    private static final String CHECKSUM = "checksum";

    private ModelFiles() {
    }

    /**
     * Writes a document atomically, stamping the time written.
     *
     * @param target the file to create or replace
     * @param document the document
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void write(Path target, ModelDocument document) throws IOException {
        AtomicFiles.writeString(target, ForecastJson.toPrettyJson(toTree(document, writeTime())));
    }

    /**
     * The JSON tree of a document, as {@link #write} would write it with the given time.
     *
     * @param document the document
     * @param writtenAt the time to record, or {@code null} to omit it
     * @return a fresh tree
     */
    public static ObjectNode toTree(ModelDocument document, String writtenAt) {
        ObjectNode root = ForecastJson.mapper().createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", document.kind());
        if (writtenAt != null) {
            root.put("writtenAt", writtenAt);
        }
        ArrayNode features = root.putArray("features");
        document.schema().names().forEach(features::add);
        root.put("featureSchemaHash", document.schema().hash());
        root.set("provenance", ForecastJson.mapper().valueToTree(document.provenance()));
        root.set("parameters", document.parameters());
        root.put(CHECKSUM, checksum(root));
        return root;
    }

    /** The SHA-256 of a document tree without its checksum field, as one line of compact JSON. */
    private static String checksum(ObjectNode root) {
        ObjectNode content = root.deepCopy();
        content.remove(CHECKSUM);
        return Digests.sha256(ForecastJson.toJsonLine(content));
    }

    /** Format 2 on: the file must carry the checksum of its content. */
    private static void verifyChecksum(ObjectNode root, String source) {
        JsonNode stored = root.get(CHECKSUM);
        if (stored == null) {
            throw new InvalidInputException(source, 0, CHECKSUM, null, "is missing: a model file of format 2 or"
                    + " later carries the checksum of its content (was the file cut short or edited?)");
        }
        String expected = checksum(root);
        if (!stored.isString() || !expected.equals(stored.asString())) {
            throw new InvalidInputException(source, 0, CHECKSUM, stored.toString(), "does not match the file's"
                    + " content: the file was damaged or edited after it was written; refit the model, or restore"
                    + " the file from a copy");
        }
    }

    /**
     * Reads a model file of any kind.
     *
     * @param file the file
     * @return the document, with {@code source} set to the file
     * @throws InvalidInputException if the file is missing, not JSON, of an unknown format version, or has a
     *     missing or malformed envelope field; the message names the file and the field
     */
    public static ModelDocument read(Path file) {
        return fromTree(ForecastJson.readTree(file), file.toString());
    }

    /**
     * Reads a model file's document from its parsed JSON, with every check {@link #read(Path)} makes (format
     * version, checksum, envelope fields): how a model that travelled as text (to another JVM) is read back.
     *
     * @param root the parsed JSON, as {@link #toTree} gives it
     * @param source where it came from, for error messages
     * @return the document, with {@code source} set
     * @throws InvalidInputException as {@link #read(Path)}
     */
    public static ModelDocument fromTree(JsonNode root, String source) {
        if (!root.isObject()) {
            throw InvalidInputException.of(source, "is not a forecast4j model file (expected a JSON object)");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new InvalidInputException(source, 0, "formatVersion", version == null ? null : version.toString(),
                    version == null ? "is missing: this is not a forecast4j model file" : "is not an integer");
        }
        if (!version.canConvertToInt()) {
            throw new InvalidInputException(source, 0, "formatVersion", version.toString(),
                    "is not a valid format version (1 to " + FORMAT_VERSION + ")");
        }
        int v = version.asInt();
        if (v > FORMAT_VERSION) {
            throw new InvalidInputException(source, 0, "formatVersion", Integer.toString(v),
                    "is newer than this build of forecast4j reads (up to " + FORMAT_VERSION
                            + "); upgrade forecast4j");
        }
        if (v < 1) {
            throw new InvalidInputException(source, 0, "formatVersion", Integer.toString(v),
                    "is not a valid format version (1 to " + FORMAT_VERSION + ")");
        }
        if (v >= 2) {
            verifyChecksum((ObjectNode) root, source);
        }
        JsonRecord header = JsonRecord.of((ObjectNode) root, source, "");
        String kind = header.text("kind");
        FeatureSchema schema = readSchema(header, root, source);
        Provenance provenance;
        JsonNode provenanceNode = root.get("provenance");
        if (provenanceNode == null || !provenanceNode.isObject()) {
            throw new InvalidInputException(source, 0, "provenance", null, "is missing or not a JSON object");
        }
        try {
            provenance = ForecastJson.mapper().treeToValue(provenanceNode, Provenance.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidInputException(source, 0, "provenance", null, "is malformed: " + e.getMessage(), e);
        }
        JsonNode parameters = root.get("parameters");
        if (parameters == null || !parameters.isObject()) {
            throw new InvalidInputException(source, 0, "parameters", null, "is missing or not a JSON object");
        }
        JsonNode writtenAt = root.get("writtenAt");
        return new ModelDocument(v, kind, writtenAt == null ? null : writtenAt.asString(), schema, provenance,
                (ObjectNode) parameters, source);
    }

    /**
     * Reads a model file and checks its kind.
     *
     * @param file the file
     * @param acceptedKinds the kinds the caller can use
     * @return the document
     * @throws InvalidInputException as {@link #read(Path)}, or if the kind is not one of {@code acceptedKinds}
     */
    public static ModelDocument read(Path file, String... acceptedKinds) {
        ModelDocument document = read(file);
        if (!Arrays.asList(acceptedKinds).contains(document.kind())) {
            throw new InvalidInputException(file.toString(), 0, "kind", document.kind(),
                    "is not what this needs: expected " + String.join(" or ", acceptedKinds));
        }
        return document;
    }

    /**
     * The time to stamp on a file: {@code SOURCE_DATE_EPOCH} if set, else now, to the second.
     *
     * @return an ISO-8601 instant
     */
    public static String writeTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).toString();
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static FeatureSchema readSchema(JsonRecord header, JsonNode root, String source) {
        if (!header.has("features")) {
            throw header.invalid("features", null, "is required: the feature names, in model order");
        }
        List<String> names = header.stringList("features");
        FeatureSchema schema;
        try {
            schema = FeatureSchema.of(names);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, 0, "features", null, e.getMessage(), e);
        }
        JsonNode hash = root.get("featureSchemaHash");
        if (hash != null && !schema.hash().equals(hash.asString())) {
            throw new InvalidInputException(source, 0, "featureSchemaHash", hash.asString(),
                    "does not match the feature names (expected " + schema.hash()
                            + "): the file was edited or corrupted");
        }
        return schema;
    }
}
