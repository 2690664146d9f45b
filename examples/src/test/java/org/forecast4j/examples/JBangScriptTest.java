package org.forecast4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.forecast4j.core.io.ForecastJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * jbang-catalog.json and its scripts stay in step with the build: every alias names a script that exists, each
 * script's forecast4j {@code //DEPS} carry the reactor's version, and the script compiles against the modules.
 * (JBang itself is not run here: it is no Maven dependency a test can use.)
 */
class JBangScriptTest {
    private static final Path HOME = Path.of(System.getProperty("forecast4j.home", ".."));
    private static final Pattern DEPS = Pattern.compile("(?m)^//DEPS (org\\.forecast4j:[^\\s]+)$");

    @TempDir
    Path classes;

    @Test
    void everyAliasNamesAScriptThatCompilesWithTheReactorsVersion() throws Exception {
        JsonNode catalog = ForecastJson.mapper().readTree(Files.readString(HOME.resolve("jbang-catalog.json")));
        String version = reactorVersion();
        List<Path> scripts = new ArrayList<>();
        catalog.get("aliases").properties().forEach(e -> scripts.add(HOME.resolve(e.getValue().get("script-ref")
                .asString())));
        assertTrue(!scripts.isEmpty());
        for (Path script : scripts) {
            assertTrue(Files.isRegularFile(script), script.toString());
            Matcher m = DEPS.matcher(Files.readString(script, StandardCharsets.UTF_8));
            int bom = 0;
            while (m.find()) {
                String[] gav = m.group(1).split(":");
                if (gav.length > 2) {
                    assertEquals(version + "@pom", gav[2], script + ": " + m.group(1));
                    bom++;
                }
            }
            assertEquals(1, bom, script + " takes its forecast4j versions from the BOM, and only there");
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, diagnostics, List.of("-classpath",
                    System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(scripts)).call();
            assertTrue(ok, diagnostics.getDiagnostics().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String reactorVersion() throws Exception {
        String pom = Files.readString(HOME.resolve("bom/pom.xml"));
        Matcher m = Pattern.compile("<artifactId>forecast4j-bom</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find());
        return m.group(1);
    }
}
