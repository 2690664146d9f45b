package org.forecast4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The seed-scenario demo. Until the scenario lands it says so. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Forecast the seed scenario (a US presidential visit to Tokyo in 2026; Project Crystal Land"
                + " reaching phase one) from its event log.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("The seed-scenario demo is coming: it needs the event, model and"
                + " calibration layers. Meanwhile try 'forecast score --help'.");
        return ForecastCli.OK;
    }
}
