package org.forecast4j.cli.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The startup script of {@code forecast shell}: JShell's default imports, {@code java.time}, every
 * {@code org.forecast4j} package found on the class path (so modules added later are imported too), Tablesaw's
 * API, and the {@link Notebook} helpers as static imports. Static and thread-safe.
 */
public final class ShellStartup {
    /** JShell's own default imports (its {@code DEFAULT} startup). */
    public static final List<String> JSHELL_DEFAULT_IMPORTS = List.of("java.io", "java.math", "java.net",
            "java.nio.file", "java.util", "java.util.concurrent", "java.util.function", "java.util.prefs",
            "java.util.regex", "java.util.stream");
    /** Packages of the command-line tool itself, not imported: their names are commands, not an API. */
    private static final String CLI_ROOT = "org.forecast4j.cli";

    private ShellStartup() {
    }

    /**
     * @param classPath the notebook class path
     * @param withDefaults whether to include JShell's default imports (the script runner needs them; the
     *     interactive tool adds them itself with {@code --startup DEFAULT})
     * @return the startup script, one import per line ({@code java.time} and Tablesaw's API included), then the
     *     static import of the helpers
     */
    public static String script(List<Path> classPath, boolean withDefaults) {
        StringBuilder sb = new StringBuilder("// forecast shell startup: imports and notebook helpers\n");
        if (withDefaults) {
            for (String p : JSHELL_DEFAULT_IMPORTS) {
                sb.append("import ").append(p).append(".*;\n");
            }
        }
        sb.append("import java.time.*;\n");
        for (String p : packages(classPath)) {
            sb.append("import ").append(p).append(".*;\n");
        }
        sb.append("import tech.tablesaw.api.*;\n");
        sb.append("import static org.forecast4j.cli.shell.Notebook.*;\n");
        return sb.toString();
    }

    /**
     * @param classPath class path entries (jars and directories)
     * @return the {@code org.forecast4j} packages holding top-level classes, sorted, without the tool's own root
     *     package
     */
    public static List<String> packages(List<Path> classPath) {
        TreeSet<String> packages = new TreeSet<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                Path root = entry.resolve("org").resolve("forecast4j");
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(f -> isClass(f.getFileName().toString())).forEach(f -> add(packages,
                                entry.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(),
                                        ".")));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
                    }
                }
            } else if (entry.getFileName().toString().endsWith(".jar") && Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    Enumeration<JarEntry> all = jar.entries();
                    while (all.hasMoreElements()) {
                        String name = all.nextElement().getName();
                        if (name.startsWith("org/forecast4j/") && isClass(name.substring(name.lastIndexOf('/') + 1))) {
                            add(packages, name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + entry + ": " + e.getMessage(), e);
                }
            }
        }
        return List.copyOf(packages);
    }

    /** A top-level class file: not package-info (a package holding only that cannot be imported), not nested. */
    private static boolean isClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class") && fileName.indexOf('$') < 0;
    }

    private static void add(TreeSet<String> packages, String name) {
        if (!name.equals(CLI_ROOT)) {
            packages.add(name);
        }
    }
}
