package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jars as modules, used the way a bot on the module path uses them: a separate module
 * {@code example.consumer} that requires {@code org.forecast4j.features} compiles against the public API and runs
 * on the module path, and cannot compile against a package the library does not export.
 */
class ModulePathTest {
    /** What a bot links: core, features and their dependencies (Jackson, commons-math3). */
    private static final Pattern MODULES = Pattern.compile(
            ".*(/core/target/classes|/features/target/classes|forecast4j-core-[^/]*\\.jar|forecast4j-features-[^/]*\\.jar"
                    + "|jackson-databind-[^/]*\\.jar|jackson-core-[^/]*\\.jar|jackson-annotations-[^/]*\\.jar"
                    + "|commons-math3-[^/]*\\.jar)$");

    @TempDir
    Path dir;

    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (MODULES.matcher(entry.replace(File.separatorChar, '/')).matches()) {
                entries.add(entry);
            }
        }
        assertEquals(6, entries.size(), "core, features, three Jackson jars and commons-math3: " + entries);
        return String.join(File.pathSeparator, entries);
    }

    private Path source(String module, String main) throws IOException {
        Path src = dir.resolve(module);
        Files.createDirectories(src.resolve("example"));
        Files.writeString(src.resolve("module-info.java"), "module example.consumer {\n"
                + "    requires org.forecast4j.features;\n}\n");
        Files.writeString(src.resolve("example/Main.java"), main);
        return src;
    }

    private int compile(Path src, Path out, ByteArrayOutputStream errors) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        PrintStream stream = new PrintStream(errors, true, StandardCharsets.UTF_8);
        // An empty class path: the in-process compiler would otherwise take this test's class path.
        return javac.run(null, stream, stream, "-cp", dir.toString(), "--module-path", modulePath(), "-d",
                out.toString(), src.resolve("module-info.java").toString(), src.resolve("example/Main.java").toString());
    }

    @Test
    void aModuleUsingThePublicApiCompilesAndRunsOnTheModulePath() throws Exception {
        Path src = source("good", """
                package example;

                import java.time.Instant;
                import org.forecast4j.core.kinds.ModelKinds;
                import org.forecast4j.core.model.LinearLogOddsModel;
                import org.forecast4j.core.model.TrainingSet;
                import org.forecast4j.features.event.EventLog;
                import org.forecast4j.features.event.Question;
                import org.forecast4j.features.forecast.Forecaster;
                import org.forecast4j.features.spec.FeatureDefinition;
                import org.forecast4j.features.spec.FeatureSpec;
                import org.forecast4j.features.spec.Match;

                public class Main {
                    public static void main(String[] args) {
                        FeatureSpec spec = FeatureSpec.of(Match.ALL, FeatureDefinition.daysToDeadline("left"));
                        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
                        boolean[] y = {true, false, true, true, false, false};
                        LinearLogOddsModel model = (LinearLogOddsModel) ModelKinds.BAYES_LOGISTIC.choice().trainer()
                                .fit(TrainingSet.of(x, y, spec.schema()));
                        Question q = Question.builder("q").opened("2026-01-01").deadline("2026-01-05").build();
                        double p = Forecaster.of(spec, model).forecast(q, EventLog.empty(),
                                Instant.parse("2026-01-02T00:00:00Z")).probability();
                        System.out.println(Main.class.getModule().getName() + " " + (p > 0 && p < 1));
                    }
                }
                """);
        Path out = dir.resolve("out");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertEquals(0, compile(src, out, errors), errors.toString(StandardCharsets.UTF_8));
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", out + File.pathSeparator + modulePath(), "-m", "example.consumer/example.Main")
                .redirectErrorStream(true).start();
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the module ran");
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.exitValue(), printed);
        assertEquals("example.consumer true", printed.strip());
    }

    @Test
    void anInternalPackageIsNotVisibleToAnotherModule() throws Exception {
        Path src = source("bad", """
                package example;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        org.forecast4j.core.internal.AtomicFiles.writeString(java.nio.file.Path.of("x"), "x");
                    }
                }
                """);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertEquals(1, compile(src, dir.resolve("bad-out"), errors));
        String message = errors.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("package org.forecast4j.core.internal is not visible") && message.contains(
                "package org.forecast4j.core.internal is declared in module org.forecast4j.core, which does not"
                        + " export it"), message);
    }
}
