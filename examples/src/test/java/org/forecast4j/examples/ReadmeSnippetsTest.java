package org.forecast4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md compiles, as it stands, against the library's class path. Each block
 * shows its own imports: they are the only imports of the source it is compiled in. The rest of the block
 * becomes the body of a method whose parameters are the values the block uses without declaring (listed
 * below, found by the first line of the block); a block that declares a class member (it starts with
 * {@code public static}) becomes the body of a class. A block added to README without an entry here fails
 * this test, naming its first line.
 */
class ReadmeSnippetsTest {

    /** A README block, found by a string its code contains, and the values it uses without declaring. */
    private record Given(String contains, String parameters) {
    }

    private static final List<Given> GIVENS = List.of(
            new Given("ScoreAccumulator acc = new ScoreAccumulator();", ""),
            new Given("LogisticModel mle = LogisticRegression.fit(", "double[][] x, boolean[] y"),
            new Given("PlattCalibrator platt = PlattCalibrator.fitProbabilities(",
                    "double[] pastForecasts, boolean[] pastOutcomes, double[][] pastProbabilities"),
            new Given("FeatureExtractor extractor = new FeatureExtractor(spec);",
                    "Question question, Instant t, org.forecast4j.core.model.LinearLogOddsModel model,"
                            + " org.forecast4j.core.model.Calibrator calibrator"),
            new Given("int handle = forecaster.register(question);",
                    "org.forecast4j.features.spec.FeatureSpec spec, org.forecast4j.core.model.LinearLogOddsModel"
                            + " model, org.forecast4j.features.event.Question question,"
                            + " org.forecast4j.features.event.Event event, Instant time, Instant resolvedAt,"
                            + " long occurredNanos, long publishedNanos, long nowNanos, double[] myBuffer,"
                            + " org.forecast4j.core.model.LinearLogOddsModel newModel,"
                            + " org.forecast4j.core.model.Calibrator newCalibrator"),
            new Given("MarketAnchoredModel anchored = MarketAnchoredRegression.fit(",
                    "double[][] x, boolean[] y, org.forecast4j.features.spec.FeatureSpec spec,"
                            + " java.time.Instant time"),
            new Given("KellyBet bet = KellyBet.of(",
                    "double p, double sd, double price, double lower, double upper, double bankroll"),
            new Given("BacktestConfig config = BacktestConfig.DEFAULTS", "Path dir"),
            new Given("Scenario seed = Scenario.load(", ""),
            new Given("public static final ModelKind<LogisticRegression.Options, LogisticModel> LOGISTIC", null),
            new Given("ModelChoice<?, ?> choice = ModelKinds.model(",
                    "double[][] x, boolean[] y, org.forecast4j.core.model.FeatureSchema schema"));

    private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);

    @TempDir
    Path classes;

    static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyJavaBlockOfTheReadmeCompilesWithTheImportsItShows() throws IOException {
        Path readme = Path.of(System.getProperty("forecast4j.home", ".."), "README.md");
        List<String> blocks = javaBlocks(Files.readString(readme, StandardCharsets.UTF_8));
        assertTrue(blocks.size() >= GIVENS.size(), "README has " + blocks.size() + " java blocks");

        List<JavaFileObject> sources = new ArrayList<>();
        List<Given> unused = new ArrayList<>(GIVENS);
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            Given given = givenFor(block);
            unused.remove(given);
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            int importLines = 0;
            for (String line : block.lines().collect(Collectors.toList())) {
                if (line.startsWith("import ")) {
                    imports.append(line).append('\n');
                    importLines++;
                } else {
                    body.append(line).append('\n');
                }
            }
            assertTrue(importLines > 0, "README java block " + (i + 1) + " shows no imports: " + firstLine(block));
            String name = "ReadmeSnippet" + (i + 1);
            // Imports keep their lines; the body starts on the line after them, so messages point near the text.
            String source = given.parameters() == null
                    ? imports + "class " + name + " {\n" + body + "}\n"
                    : imports + "class " + name + " {\n static void run(" + given.parameters()
                            + ") throws Exception {\n" + body + "}\n}\n";
            sources.add(new Source(name, source));
        }
        assertTrue(unused.isEmpty(), "entries of GIVENS no README block matches (remove them): " + unused);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    classes.toString(), "-proc:none", "-Xlint:-options", "-encoding", "UTF-8");
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, files, diagnostics, options, null, sources).call();
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)
                            + "\n    " + lineOf(d))
                    .collect(Collectors.joining("\n"));
            if (!ok) {
                fail("README java blocks that do not compile (ReadmeSnippetN is the Nth block):\n" + errors + "\n"
                        + out);
            }
        }
        for (int i = 1; i <= blocks.size(); i++) {
            assertTrue(Files.isRegularFile(classes.resolve("ReadmeSnippet" + i + ".class")), "block " + i);
        }
    }

    private static Given givenFor(String block) {
        List<Given> matches = GIVENS.stream().filter(g -> block.contains(g.contains())).collect(Collectors.toList());
        if (matches.size() != 1) {
            fail("README java block starting '" + firstLine(block) + "' matches " + matches.size()
                    + " entries of ReadmeSnippetsTest.GIVENS: add one naming the values it uses without declaring");
        }
        return matches.get(0);
    }

    private static String lineOf(Diagnostic<? extends JavaFileObject> d) {
        try {
            List<String> lines = d.getSource().getCharContent(true).toString().lines().collect(Collectors.toList());
            long n = d.getLineNumber();
            return n >= 1 && n <= lines.size() ? lines.get((int) n - 1).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String block) {
        return block.lines().filter(l -> !l.isBlank() && !l.startsWith("import ")).findFirst().orElse("");
    }

    /** An in-memory source file. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
