package org.forecast4j.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers see either the old content or the whole new content, never a half-written
 * file: the content goes to a temporary file in the same directory, which is then renamed over the target
 * (atomically where the file system supports it). If writing fails, the temporary file is deleted and the
 * target is left untouched.
 */
public final class AtomicFiles {

    /** Writes content to an output stream. */
    @FunctionalInterface
    public interface ContentWriter {
        /**
         * Writes the whole content.
         *
         * @param out the stream to write to; do not close it
         * @throws IOException on failure, which aborts the write
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically, creating missing parent directories.
     *
     * @param target the file to create or replace
     * @param writer produces the content
     * @throws IOException if the content cannot be written or renamed; the target is then unchanged
     */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Writes a string as UTF-8, atomically.
     *
     * @param target the file to create or replace
     * @param content the text
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
