package org.forecast4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code forecast} command: lists the subcommands. */
@Command(name = "forecast", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prediction-market forecasting: events to features, Bayesian and logistic models, "
                + "calibrated probabilities and proper scores.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = "Run 'forecast COMMAND --help' for a command's options. Exit codes: 0 success, 2 usage error,"
                + " 1 bad data or failure.",
        subcommands = {DemoCommand.class, ScoreCommand.class, FitCommand.class, PredictCommand.class,
            CalibrateCommand.class, BaseRateCommand.class, PoolCommand.class, FeaturesCommand.class,
            KellyCommand.class, BacktestCommand.class, SweepCommand.class, ShellCommand.class})
public final class ForecastCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** With no command: print the usage to standard error and fail as a usage error. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
