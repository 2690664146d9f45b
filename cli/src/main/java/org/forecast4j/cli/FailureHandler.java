package org.forecast4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.forecast4j.core.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into a message on standard error and exit code 1. Bad input and I/O
 * failures print their message alone; anything else is a bug in forecast4j and prints its stack trace too.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String command = commandLine.getCommandName();
        if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
            commandLine.getErr().println(command + ": error: " + e.getMessage());
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String message = io instanceof java.nio.file.FileSystemException f && !(e instanceof UncheckedIOException)
                    ? "cannot use " + f.getFile() + ": " + org.forecast4j.core.internal.AtomicFiles.reason(f)
                    : e.getMessage();
            commandLine.getErr().println(command + ": error: " + message);
        } else {
            commandLine.getErr().println(command + ": internal error (please report it): " + e);
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return ForecastCli.FAILURE;
    }
}
