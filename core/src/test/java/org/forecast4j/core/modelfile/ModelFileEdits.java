package org.forecast4j.core.modelfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Hand edits of model files for tests of the parameter checks. Since format 2 a file carries a checksum, and any
 * edit is refused as damage before its parameters are read; a format-1 file (no checksum) with the same content
 * is still read and checked field by field, so the edited text is saved as format 1.
 */
public final class ModelFileEdits {
    private ModelFileEdits() {
    }

    /**
     * Rewrites a model file as format 1 with an edit applied.
     *
     * @param file a model file written by this build
     * @param edit the change to its text; it must change something
     * @throws IOException if the file cannot be read or written
     */
    public static void editAsFormatOne(Path file, UnaryOperator<String> edit) throws IOException {
        String text = Files.readString(file);
        String edited = edit.apply(text);
        if (edited.equals(text)) {
            throw new IllegalArgumentException("the edit changed nothing in " + file);
        }
        Files.writeString(file, asFormatOne(edited));
    }

    /**
     * @param text a model file's text
     * @return the same content as format 1: version 1 and no checksum
     */
    public static String asFormatOne(String text) {
        return text.replace("\"formatVersion\" : " + ModelFiles.FORMAT_VERSION, "\"formatVersion\" : 1")
                .replaceAll(",\\s*\"checksum\" : \"[^\"]*\"", "");
    }
}
