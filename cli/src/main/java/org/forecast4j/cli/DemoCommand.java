package org.forecast4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.forecast4j.cli.plot.TrajectoryPlot;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.scenario.Scenario;
import org.forecast4j.scenario.ScenarioReport;
import org.forecast4j.scenario.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code forecast demo}: forecast a scenario (by default the seed scenario) from its event log. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Forecast a scenario's questions from its event log: by default the seed scenario (a US"
                + " presidential visit to Tokyo in 2026; Project Crystal Land reaching phase one by the end of 2026).",
            "For each question: the probability and its interval, the base rate from the reference class, and the"
                + " evidence ranked by how far it moved the log-odds, with the events behind each feature; then"
                + " what would move it. Base log-odds plus the contributions equal the log-odds exactly."})
public final class DemoCommand implements Callable<Integer> {
    /** The default PNG of {@code --trajectory} without a file name. */
    static final String DEFAULT_TRAJECTORY = "trajectory.png";

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "DIR",
            description = "A scenario directory (holding scenario.json) or scenario file. Default: the seed"
                    + " scenario, examples/seed-scenario in the forecast4j checkout.")
    Path scenario;

    @Option(names = "--as-of", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Forecast from the events published by this time (an ISO-8601 instant or a date)."
                    + " Default: the latest event's publication time.")
    Instant asOf;

    @Option(names = "--json", description = "Print one JSON object: {\"forecasts\": [{question, probability,"
            + " interval, logOdds, baseLogOdds, baseRate, contributions: [{feature, logOdds, events}], whatIf}],"
            + " arrivals}.")
    boolean json;

    @Option(names = "--trajectory", paramLabel = "FILE", arity = "0..1", fallbackValue = DEFAULT_TRAJECTORY,
            description = "Also write a PNG of every question's probability over time: as the events arrived, then"
                    + " with no further news to the deadline (default file: " + DEFAULT_TRAJECTORY + ").")
    Path trajectory;

    @Override
    public Integer call() throws IOException {
        Scenario loaded = Scenario.load(scenarioPath());
        Instant t = asOf == null ? loaded.latestEvent() : asOf;
        ScenarioReport report;
        Trajectory path = null;
        try {
            report = loaded.forecast(t);
            if (trajectory != null) {
                path = loaded.trajectory(t);
            }
        } catch (IllegalArgumentException e) {
            if (asOf == null) {
                throw e;
            }
            throw new ParameterException(spec.commandLine(), "--as-of " + asOf + ": " + e.getMessage());
        }
        if (path != null) {
            TrajectoryPlot.writePng(path, "Scenario '" + loaded.name() + "': P(YES) as the events arrived, as of "
                    + t, trajectory);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = report.toJson();
            if (path != null) {
                node.put("trajectoryFile", trajectory.toString());
            }
            out.print(ForecastJson.toPrettyJson(node));
        } else {
            out.print(report);
            if (path != null) {
                out.println();
                out.println("trajectory: wrote " + trajectory + " (" + path.points().size() + " points: solid as the"
                        + " events arrived, dashed with no further news, dotted the base rate)");
            }
        }
        out.flush();
        return ForecastCli.OK;
    }

    private Path scenarioPath() {
        if (scenario != null) {
            return scenario;
        }
        String home = System.getProperty("forecast4j.home");
        Path seed = home == null ? Path.of("examples", "seed-scenario") : Path.of(home, "examples", "seed-scenario");
        if (!Files.exists(seed)) {
            throw new ParameterException(spec.commandLine(), "no --scenario given and the seed scenario is not at "
                    + seed.toAbsolutePath() + " (the forecast launcher sets -Dforecast4j.home to the checkout)");
        }
        return seed;
    }
}
