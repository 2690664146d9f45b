package org.forecast4j.core.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

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
        Path tmp;
        try {
            tmp = temporarySibling(absolute);
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException(failure(absolute, e), e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.writeTo(out);
            }
            moveIntoPlace(tmp, absolute);
            done = true;
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException(failure(absolute, e), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Creates an empty temporary file in the target's directory (creating missing directories), named
     * {@code .NAME.RANDOM.tmp}. Unlike {@link Files#createTempFile}, it gets the default permissions of a new file
     * (subject to the umask), so the renamed result is as readable as any other output.
     *
     * @param target the file that the temporary one will replace
     * @return the new, empty temporary file
     * @throws IOException if it cannot be created
     */
    public static Path temporarySibling(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        while (true) {
            String random = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            try {
                return Files.createFile(dir.resolve("." + absolute.getFileName() + "." + random + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    /**
     * Renames a finished temporary file over the target: atomically where the file system can, else by a plain
     * replacing move.
     *
     * @param temporary the finished file, in the target's directory
     * @param target the file to create or replace
     * @throws IOException if the rename fails; the target is then unchanged
     */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
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

    /**
     * The words for a failed write: the target (never the temporary file) and why.
     *
     * @param target the file that was to be written
     * @param e the failure
     * @return {@code cannot write TARGET: WHY}, e.g. {@code cannot write /out/m.json: permission denied}; a message
     *     that already starts so is returned as it is
     */
    public static String failure(Path target, IOException e) {
        String prefix = "cannot write " + target.toAbsolutePath() + ": ";
        if (e.getMessage() != null && e.getMessage().startsWith(prefix)) {
            return e.getMessage();
        }
        String why;
        if (Files.isDirectory(target)) {
            why = "it is a folder (give a file name)";
        } else if (e instanceof FileAlreadyExistsException f && f.getFile() != null
                && !Path.of(f.getFile()).toAbsolutePath().equals(target.toAbsolutePath())) {
            why = "a file stands where a folder is needed (" + f.getFile() + ")";
        } else if (e instanceof java.nio.file.FileSystemException f) {
            why = reason(f);
        } else {
            why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return prefix + why;
    }

    /**
     * @param e a file-system failure
     * @return why, in words: permission denied, a file in the way of a folder, no such folder, or its reason
     */
    public static String reason(java.nio.file.FileSystemException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder, and it cannot be created";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        String reason = e.getReason();
        if ("Not a directory".equals(reason)) {
            return "a file stands where a folder is needed (" + e.getFile() + ")";
        }
        return reason != null ? reason : e.getClass().getSimpleName();
    }
}
