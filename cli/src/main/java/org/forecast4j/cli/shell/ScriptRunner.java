package org.forecast4j.cli.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import org.forecast4j.core.io.InvalidInputException;

/**
 * Runs a {@code .jsh} script through the JShell API, snippet by snippet, and stops at the first snippet that is
 * rejected (a compile error), throws, or refers to something never defined: a notebook that fails, fails loudly,
 * naming the script's line. Lines are read as the JShell tool reads them (a line that completes a snippet ends
 * it), and the values of bare expressions are printed. A line {@code /exit} ends the script; other JShell
 * commands are not supported (scripts hold Java snippets only).
 *
 * <p>Snippets run in a separate JVM that JShell launches, with the class path and the remote JVM options given;
 * their standard output and error go to the streams given.
 */
public final class ScriptRunner {
    private final List<Path> classPath;
    private final String startup;
    private final List<String> remoteOptions;

    /**
     * @param classPath the class path of the snippets (for compiling and running them)
     * @param startup snippets run before the script, e.g. {@link ShellStartup#script}
     * @param remoteOptions options of the JVM the snippets run in, e.g. {@code -Djava.awt.headless=true}
     */
    public ScriptRunner(List<Path> classPath, String startup, List<String> remoteOptions) {
        this.classPath = List.copyOf(classPath);
        this.startup = startup;
        this.remoteOptions = List.copyOf(remoteOptions);
    }

    /**
     * Runs a script file.
     *
     * @param script the {@code .jsh} file (UTF-8)
     * @param out receives the snippets' standard output and the values of bare expressions
     * @param err receives their standard error and the failure, if any
     * @return 0 if every snippet ran, 1 at the first failure
     * @throws InvalidInputException if the script cannot be read
     */
    public int run(Path script, Writer out, Writer err) {
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(script.toString(), "file not found");
        } catch (IOException e) {
            throw InvalidInputException.of(script.toString(), "cannot be read: " + e.getMessage());
        }
        return run(script.toString(), text, out, err);
    }

    /**
     * Runs script text.
     *
     * @param source the script's name, for messages
     * @param text the script
     * @param out receives standard output and expression values
     * @param err receives standard error and the failure, if any
     * @return 0 if every snippet ran, 1 at the first failure
     */
    public int run(String source, String text, Writer out, Writer err) {
        PrintWriter errors = new PrintWriter(err, true);
        PrintStream stdout = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder().out(stdout).err(stderr)
                .remoteVMOptions(remoteOptions.toArray(new String[0])).build()) {
            for (Path p : classPath) {
                shell.addToClasspath(p.toString());
            }
            if (runAll(shell, "the shell's startup script", startup, stdout, errors, false) != 0) {
                return 1;
            }
            return runAll(shell, source, text, stdout, errors, true);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /**
     * Reads the script line by line, as the JShell tool does: a line that completes a snippet ends it (so an
     * expression at the end of a line is a snippet of its own), several snippets may share a line, and a
     * snippet may run over many lines.
     */
    private static int runAll(JShell shell, String source, String text, PrintStream out, PrintWriter err,
            boolean echo) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        StringBuilder buffer = new StringBuilder();
        int startLine = 0;
        List<String> lines = text.lines().collect(Collectors.toList());
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (buffer.toString().isBlank()) {
                buffer.setLength(0);
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                startLine = n + 1;
                if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")) {
                    if (trimmed.equals("/exit")) {
                        return checkUnresolved(shell, source, err);
                    }
                    err.println(source + ":" + startLine + ": error: JShell commands such as '" + trimmed
                            + "' are not supported in scripts (Java snippets only; /exit ends a script)");
                    return 1;
                }
            }
            buffer.append(line).append('\n');
            while (!buffer.toString().isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(buffer.toString());
                SourceCodeAnalysis.Completeness completeness = info.completeness();
                if (completeness == SourceCodeAnalysis.Completeness.EMPTY) {
                    buffer.setLength(0);
                } else if (completeness.isComplete()) {
                    if (!evaluate(shell, source, startLine, info.source(), out, err, echo)) {
                        return 1;
                    }
                    buffer.setLength(0);
                    buffer.append(info.remaining());
                } else if (completeness == SourceCodeAnalysis.Completeness.UNKNOWN) {
                    evaluate(shell, source, startLine, buffer.toString(), out, err, echo);
                    return 1;
                } else {
                    break;  // needs more lines
                }
            }
        }
        if (!buffer.toString().isBlank()) {
            err.println(source + ":" + startLine + ": error: the script ends inside an unfinished snippet: "
                    + firstLine(buffer.toString()));
            return 1;
        }
        return checkUnresolved(shell, source, err);
    }

    private static int checkUnresolved(JShell shell, String source, PrintWriter err) {
        for (Snippet s : shell.snippets().collect(Collectors.toList())) {
            if (shell.status(s) == Snippet.Status.RECOVERABLE_DEFINED && s instanceof jdk.jshell.DeclarationSnippet d) {
                err.println(source + ": error: '" + d.name() + "' refers to something never defined: "
                        + shell.unresolvedDependencies(d).collect(Collectors.joining(", ")));
                return 1;
            }
        }
        return 0;
    }

    private static boolean evaluate(JShell shell, String source, int line, String snippet, PrintStream out,
            PrintWriter err, boolean echo) {
        List<SnippetEvent> events = shell.eval(snippet);
        out.flush();
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet s = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                List<Diag> diagnostics = shell.diagnostics(s).collect(Collectors.toList());
                for (Diag d : diagnostics) {
                    int at = line + lineOf(snippet, (int) Math.max(0, d.getStartPosition())) - 1;
                    err.println(source + ":" + at + ": " + (d.isError() ? "error" : "warning") + ": "
                            + d.getMessage(Locale.ROOT).replace("\n", " "));
                }
                if (diagnostics.isEmpty()) {
                    err.println(source + ":" + line + ": error: snippet rejected: " + firstLine(snippet));
                }
                return false;
            }
            JShellException thrown = event.exception();
            if (thrown instanceof UnresolvedReferenceException unresolved) {
                err.println(source + ":" + line + ": error: '" + unresolved.getSnippet().name()
                        + "' refers to something never defined: "
                        + shell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", ")));
                return false;
            }
            if (thrown != null) {
                err.println(source + ":" + line + ": error: the snippet threw " + describe(thrown));
                for (StackTraceElement frame : thrown.getStackTrace()) {
                    err.println("\tat " + frame);
                }
                for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
                    err.println("caused by " + describe(cause));
                }
                return false;
            }
            if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                err.println(source + ":" + line + ": error: the snippet refers to something never defined: "
                        + (s instanceof jdk.jshell.DeclarationSnippet d
                                ? shell.unresolvedDependencies(d).collect(Collectors.joining(", "))
                                : firstLine(snippet)));
                return false;
            }
            if (echo && event.value() != null && isValueShown(s)) {
                String value = isString(s) ? unquote(event.value()) : event.value();
                out.print(value.endsWith("\n") ? value : value + "\n");
            }
        }
        return true;
    }

    /**
     * Whether to print a snippet's value: for a bare expression or variable, as JShell does, except a stream
     * (what {@code System.out.printf} returns).
     */
    private static boolean isValueShown(Snippet s) {
        boolean expression = s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || s.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
        if (s instanceof jdk.jshell.VarSnippet v && STREAMS.contains(v.typeName())) {
            return false;
        }
        if (s instanceof jdk.jshell.ExpressionSnippet e && STREAMS.contains(e.typeName())) {
            return false;
        }
        return expression;
    }

    private static boolean isString(Snippet s) {
        String type = s instanceof jdk.jshell.VarSnippet v ? v.typeName()
                : s instanceof jdk.jshell.ExpressionSnippet e ? e.typeName() : "";
        return type.equals("String") || type.equals("java.lang.String");
    }

    /**
     * The text of a string value as JShell shows it, a Java literal ({@code "a\nb"}): a script prints the text
     * itself, as {@code System.out.println} would, not the escaped literal.
     */
    static String unquote(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '"' || literal.charAt(literal.length() - 1) != '"') {
            return literal;
        }
        StringBuilder sb = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length() - 1) {
                sb.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 <= literal.length() - 2) {
                        sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        sb.append('\\').append(next);
                    }
                }
                default -> {
                    if (next >= '0' && next <= '7') {
                        int end = i;
                        while (end < Math.min(i + 3, literal.length() - 1) && literal.charAt(end) >= '0'
                                && literal.charAt(end) <= '7') {
                            end++;
                        }
                        sb.append((char) Integer.parseInt(literal.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        sb.append(next);  // \" \' \\
                    }
                }
            }
        }
        return sb.toString();
    }

    private static final List<String> STREAMS = List.of("PrintStream", "java.io.PrintStream", "PrintWriter",
            "java.io.PrintWriter");

    private static String describe(Throwable t) {
        String name = t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
        return name + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String firstLine(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * @return a list of the options for a remote JVM carrying headless mode and this JVM's {@code forecast4j.home}
     *     (the checkout) and {@code forecast4j.shared} (the shared data folder), each if set
     */
    public static List<String> defaultRemoteOptions() {
        List<String> options = new ArrayList<>();
        options.add("-Djava.awt.headless=true");
        for (String property : List.of("forecast4j.home", "forecast4j.shared")) {
            String value = System.getProperty(property);
            if (value != null) {
                options.add("-D" + property + "=" + value);
            }
        }
        return options;
    }
}
