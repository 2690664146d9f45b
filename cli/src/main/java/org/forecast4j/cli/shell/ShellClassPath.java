package org.forecast4j.cli.shell;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The class path a notebook needs, as an explicit list: this JVM's class path with {@code dir/*} wildcards
 * expanded to the jars in {@code dir} (JShell does not expand them), then the examples module's classes from the
 * forecast4j checkout when they have been built. Static and thread-safe.
 */
public final class ShellClassPath {

    private ShellClassPath() {
    }

    /**
     * @return the entries of {@code java.class.path}, expanded, then {@code examples/target/classes} (or the
     *     examples jar) under {@code forecast4j.home} if present; duplicates removed, order kept
     */
    public static List<Path> entries() {
        return entries(System.getProperty("java.class.path", ""), System.getProperty("forecast4j.home"));
    }

    /**
     * @param classPath a class path in this platform's syntax, possibly holding {@code dir/*} entries
     * @param home the forecast4j checkout, or {@code null}
     * @return the expanded entries that exist, then the examples classes under {@code home} if built
     */
    public static List<Path> entries(String classPath, String home) {
        Set<Path> result = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*") || entry.endsWith(File.separator + "*") || entry.endsWith("/*")) {
                result.addAll(jars(Path.of(entry.substring(0, entry.length() - 1).isEmpty() ? "."
                        : entry.substring(0, entry.length() - 1))));
            } else if (Files.exists(Path.of(entry))) {
                result.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        if (home != null) {
            Path examples = Path.of(home, "examples", "target", "classes");
            if (Files.isDirectory(examples)) {
                result.add(examples.toAbsolutePath().normalize());
            }
        }
        return List.copyOf(result);
    }

    /**
     * @param entries class path entries
     * @return them joined with the platform's path separator
     */
    public static String join(List<Path> entries) {
        List<String> text = new ArrayList<>(entries.size());
        for (Path p : entries) {
            text.add(p.toString());
        }
        return String.join(File.pathSeparator, text);
    }

    private static Set<Path> jars(Path dir) {
        Set<Path> jars = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return jars;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".jar") && Files.isRegularFile(p)) {
                    jars.add(p.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return jars;
    }
}
