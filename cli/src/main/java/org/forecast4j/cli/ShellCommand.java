package org.forecast4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.forecast4j.cli.shell.ScriptRunner;
import org.forecast4j.cli.shell.ShellClassPath;
import org.forecast4j.cli.shell.ShellStartup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forecast shell}: JShell with every forecast4j module on the class path, or a notebook script. */
@Command(name = "shell", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start JShell with every forecast4j module on the class path (for running and for tab"
                + " completion), the public packages and Tablesaw imported, and notebook helpers: seed(),"
                + " scenario(dir), show(x), savePlot(trajectory or scenario, file), help().",
            "With --script, run a .jsh notebook instead and exit: 0 if every snippet ran, 1 at the first snippet"
                + " that does not compile, throws or refers to something undefined (named with its line)."})
public final class ShellCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--script", paramLabel = "FILE",
            description = "Run this .jsh script (Java snippets; a line /exit ends it) and exit.")
    Path script;

    @Option(names = "--print-class-path",
            description = "Print the class path, one entry per line (for a Jupyter %%jars or another tool), and exit.")
    boolean printClassPath;

    @Option(names = "--print-startup",
            description = "Print the startup script (the imports and the static import of the helpers) that the"
                    + " shell runs first, for a Jupyter kernel or another JShell, and exit.")
    boolean printStartup;

    @Override
    public Integer call() throws Exception {
        List<Path> classPath = ShellClassPath.entries();
        PrintWriter out = spec.commandLine().getOut();
        if (printClassPath) {
            for (Path p : classPath) {
                out.println(p);
            }
            out.flush();
            return ForecastCli.OK;
        }
        if (printStartup) {
            out.print(ShellStartup.script(classPath, true));
            out.flush();
            return ForecastCli.OK;
        }
        if (script != null) {
            ScriptRunner runner = new ScriptRunner(classPath, ShellStartup.script(classPath, true),
                    ScriptRunner.defaultRemoteOptions());
            int code = runner.run(script, out, spec.commandLine().getErr());
            out.flush();
            return code == 0 ? ForecastCli.OK : ForecastCli.FAILURE;
        }
        return interactive(classPath, null, null);
    }

    /**
     * Runs the interactive JShell tool.
     *
     * @param classPath the class path
     * @param in the commands to read, or {@code null} for the console
     * @param out where to print, or {@code null} for the console
     * @return the tool's exit code
     * @throws Exception if the tool fails to start
     */
    static int interactive(List<Path> classPath, InputStream in, PrintStream out) throws Exception {
        Path startup = Files.createTempFile("forecast4j-shell-startup", ".jsh");
        try {
            Files.writeString(startup, ShellStartup.script(classPath, false) + "System.out.println(\"forecast4j"
                    + " shell: help() lists the helpers; /exit quits.\");\n", StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of("--class-path", ShellClassPath.join(classPath),
                    "--startup", "DEFAULT", "--startup", startup.toString()));
            for (String option : ScriptRunner.defaultRemoteOptions()) {
                args.add("-R" + option);
            }
            JavaShellToolBuilder builder = JavaShellToolBuilder.builder();
            if (in != null) {
                builder.in(in, null).interactiveTerminal(false);
            }
            if (out != null) {
                builder.out(out).err(out);
            }
            return builder.start(args.toArray(new String[0]));
        } finally {
            try {
                Files.deleteIfExists(startup);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
