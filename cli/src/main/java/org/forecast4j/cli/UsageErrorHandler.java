package org.forecast4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Reports a usage error in one line plus a pointer to {@code --help}, and exits with code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        String name = commandLine.getCommandSpec().qualifiedName();
        commandLine.getErr().println(name + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, commandLine.getErr());
        commandLine.getErr().println("Run '" + name + " --help' for usage.");
        commandLine.getErr().flush();
        return ForecastCli.USAGE;
    }
}
