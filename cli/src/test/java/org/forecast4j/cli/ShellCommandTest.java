package org.forecast4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.cli.shell.ShellClassPath;
import org.forecast4j.cli.shell.ShellStartup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forecast shell}: the class path, the startup imports, scripts that pass and scripts that fail. */
class ShellCommandTest {

    @TempDir
    Path dir;

    @Test
    void classPathIsExplicitAndHoldsEveryModule() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("b.jar"), "");
        Files.writeString(lib.resolve("a.jar"), "");
        Files.writeString(lib.resolve("notes.txt"), "");
        List<Path> entries = ShellClassPath.entries(dir.resolve("missing.jar") + java.io.File.pathSeparator + lib
                + "/*", null);
        assertEquals(List.of(lib.resolve("a.jar").toAbsolutePath(), lib.resolve("b.jar").toAbsolutePath()), entries,
                "wildcards expanded to jars, in name order; missing entries dropped");

        CliRun run = CliRun.of("shell", "--print-class-path");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        for (String module : List.of("core", "features", "cli")) {
            assertTrue(out.contains(module + "/target/classes") || out.contains("forecast4j-" + module), out);
        }
        assertTrue(out.contains("tablesaw-core") && out.contains("xchart"), out);
    }

    @Test
    void startupImportsThePublicPackagesAndTheHelpers() {
        List<Path> classPath = ShellClassPath.entries();
        List<String> packages = ShellStartup.packages(classPath);
        assertTrue(packages.contains("org.forecast4j.scenario"), packages.toString());
        assertTrue(packages.contains("org.forecast4j.core.evidence"), packages.toString());
        assertTrue(packages.contains("org.forecast4j.cli.plot"), packages.toString());
        assertFalse(packages.contains("org.forecast4j.features"), "holds only package-info: " + packages);
        assertFalse(packages.contains("org.forecast4j.cli"), "the commands are not an API: " + packages);
        String script = ShellStartup.script(classPath, true);
        assertTrue(script.contains("import java.util.*;"), script);
        assertTrue(script.contains("import static org.forecast4j.cli.shell.Notebook.*;"), script);

        CliRun run = CliRun.of("shell", "--print-startup");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(script, run.out(), "--print-startup prints the script a notebook kernel runs first");
    }

    @Test
    void aScriptRunsWithTheHelpersAndPrintsExpressionValues() throws IOException {
        Path script = dir.resolve("ok.jsh");
        Files.writeString(script, String.join("\n",
                "// comments and blank lines are fine",
                "",
                "var s = seed();",
                "s.questions().size()",
                "int twice(int x) {",
                "    return 2 * x;",
                "}",
                "twice(21)",
                "System.out.printf(\"%d events%n\", s.events().size());",
                "show(new TextTable(\"a\", \"b\").row(1, \"x\"));",
                "/exit",
                "throw new IllegalStateException(\"not reached\");"));
        CliRun run = CliRun.of("shell", "--script", script.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertEquals("2\n42\n40 events\na  b\n-  -\n1  x\n", run.out());
    }

    @Test
    void helpAndStringsPrintAsTextAndEachValueOnce() throws IOException {
        Path script = dir.resolve("text.jsh");
        Files.writeString(script, String.join("\n",
                "help()",
                "\"a\\tb \\\"quoted\\\"\\nsecond line \\u00e9\"",
                "var s = seed();",
                "var model = s.question(\"potus-tokyo-2026\");",
                "show(model);",
                "model"));
        CliRun run = CliRun.of("shell", "--script", script.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        String out = run.out();
        assertTrue(out.startsWith("forecast4j shell: every module is on the class path"), out);
        assertTrue(out.contains("  show(s.question(\"potus-tokyo-2026\"));"), "no escaped literal: " + out);
        assertFalse(out.contains("\\n"), out);
        assertTrue(out.contains("a\tb \"quoted\"\nsecond line \u00e9\n"), out);
        String shown = out.lines().filter(l -> l.startsWith("potus-tokyo-2026: ")).findFirst().orElseThrow();
        assertEquals(2, count(out, shown), "a declaration echoes nothing; show(model) and the bare 'model' once each: "
                + out);
    }

    private static int count(String text, String line) {
        return (int) text.lines().filter(line::equals).count();
    }

    @Test
    void aFailingScriptExitsOneNamingItsLine() throws IOException {
        assertFails("int x = 1;\nint y = x.foo();\n", "bad.jsh:2: error: int cannot be dereferenced");
        assertFails("System.out.println(\"before\");\n\nthrow new IllegalStateException(\"boom\");\n",
                "boom.jsh:3: error: the snippet threw java.lang.IllegalStateException: boom");
        assertFails("int f() { return g(); }\n", "'f' refers to something never defined: method g()");
        assertFails("int f() {\n  return 1;\n", "the script ends inside an unfinished snippet: int f() {");
        assertFails("int x = 1;\n/vars\n", "x.jsh:2: error: JShell commands such as '/vars' are not supported");
        CliRun missing = CliRun.of("shell", "--script", dir.resolve("none.jsh").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("none.jsh") && missing.err().contains("not found"), missing.err());
    }

    private void assertFails(String text, String message) throws IOException {
        String name = message.contains(".jsh:") ? message.substring(0, message.indexOf(".jsh:") + 4) : "f.jsh";
        Path script = dir.resolve(name);
        Files.writeString(script, text);
        CliRun run = CliRun.of("shell", "--script", script.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains(message), run.err());
    }

    @Test
    void interactiveShellHasTheClassPathAndHelpers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String input = "var s = seed();\nSystem.out.println(\"questions: \" + s.questions().size());\n/exit 3\n";
        int code = ShellCommand.interactive(ShellClassPath.entries(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(3, code, text);
        assertTrue(text.contains("questions: 2"), text);
        assertTrue(text.contains("help() lists the helpers"), text);
    }
}
