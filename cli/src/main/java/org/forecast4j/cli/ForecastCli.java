package org.forecast4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import picocli.CommandLine;

/**
 * Entry point of the {@code forecast} command. Exit codes: {@value #OK} on success, {@value #USAGE} for a
 * usage error (unknown command or option, missing or malformed option value), {@value #FAILURE} for bad data
 * or any other failure; messages go to standard error.
 */
public final class ForecastCli {
    /** Success. */
    public static final int OK = 0;
    /** Bad data or another failure. */
    public static final int FAILURE = 1;
    /** A usage error. */
    public static final int USAGE = 2;

    private ForecastCli() {
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool in-process, for tests and embedding.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** @return the configured command line, with error handling and exit codes set */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ForecastCommand());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExitCodeExceptionMapper(t -> FAILURE);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(FAILURE);
        return commandLine;
    }
}
