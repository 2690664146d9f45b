package org.forecast4j.cli.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.cli.plot.TrajectoryPlot;
import org.forecast4j.core.internal.AtomicFiles;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.extract.FeatureMatrix;
import org.forecast4j.scenario.Scenario;
import org.forecast4j.scenario.Trajectory;
import org.forecast4j.tables.EventTables;
import org.forecast4j.tables.FeatureTables;
import tech.tablesaw.api.Table;

/**
 * Helpers for notebooks, imported statically by {@code forecast shell}'s startup script:
 *
 * <pre>{@code
 * var s = seed();                      // the seed scenario
 * show(s.forecast());                  // the table forecast demo prints
 * show(table(s.events()));            // a Tablesaw table, every row
 * savePlot(s, "trajectory.png");       // the probabilities over time, as a PNG
 * }</pre>
 */
public final class Notebook {

    private Notebook() {
    }

    /**
     * The seed scenario: {@code examples/seed-scenario} under the forecast4j checkout (system property
     * {@code forecast4j.home}, which {@code forecast shell} sets), or under the working directory.
     *
     * @return the scenario
     * @throws org.forecast4j.core.io.InvalidInputException if it cannot be read
     */
    public static Scenario seed() {
        String home = System.getProperty("forecast4j.home");
        Path dir = home == null ? Path.of("examples", "seed-scenario") : Path.of(home, "examples", "seed-scenario");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the seed scenario is not at " + dir.toAbsolutePath()
                    + ": set -Dforecast4j.home to the forecast4j checkout, or use scenario(dir)");
        }
        return Scenario.load(dir);
    }

    /**
     * @param dir a scenario directory or {@code scenario.json} file
     * @return the scenario
     */
    public static Scenario scenario(String dir) {
        return Scenario.load(Path.of(dir));
    }

    /**
     * Prints a value for a person: a Tablesaw table in full, anything else by its {@code toString()} (the
     * models and reports of forecast4j print as tables).
     *
     * @param value the value, or {@code null}
     */
    public static void show(Object value) {
        if (value instanceof Table table) {
            System.out.println(table.printAll());
        } else {
            String text = String.valueOf(value);
            System.out.print(text.endsWith("\n") ? text : text + "\n");
        }
        System.out.flush();
    }

    /**
     * @param log an event log
     * @return its events as a Tablesaw table, one row each (see {@link EventTables})
     */
    public static Table table(EventLog log) {
        return EventTables.of(log);
    }

    /**
     * @param matrix extracted features
     * @return them as a Tablesaw table, one row per question (see {@link FeatureTables})
     */
    public static Table table(FeatureMatrix matrix) {
        return FeatureTables.of(matrix);
    }

    /**
     * Writes a trajectory's chart as a PNG (see {@link TrajectoryPlot}).
     *
     * @param trajectory the trajectory
     * @param file the PNG to write
     * @return the file's absolute path
     */
    public static Path savePlot(Trajectory trajectory, String file) {
        Path path = Path.of(file).toAbsolutePath();
        try {
            TrajectoryPlot.writePng(trajectory, "P(YES) as the events arrived, as of " + trajectory.asOf(), path);
        } catch (IOException e) {
            throw new UncheckedIOException(AtomicFiles.failure(path, e), e);
        }
        return path;
    }

    /**
     * Writes a scenario's trajectory as of its latest event as a PNG.
     *
     * @param scenario the scenario
     * @param file the PNG to write
     * @return the file's absolute path
     */
    public static Path savePlot(Scenario scenario, String file) {
        return savePlot(scenario.trajectory(), file);
    }

    /**
     * Prints a short list of the helpers and where to start (as text: a returned string would be echoed as an
     * escaped Java literal).
     */
    public static void help() {
        System.out.print(helpText());
        System.out.flush();
    }

    /** @return the text {@link #help()} prints */
    public static String helpText() {
        return """
                forecast4j shell: every module is on the class path and its packages are imported.
                  var s = seed();                    the seed scenario (or scenario("dir"))
                  show(s.forecast());                forecasts with the evidence behind them
                  show(s.question("potus-tokyo-2026"));   a question's model: base rate and log likelihood ratios
                  show(table(s.events()));           the events as a Tablesaw table
                  show(s.trajectory());              probabilities as the events arrived, then with no news
                  savePlot(s, "trajectory.png");     the same as a PNG
                Notebooks: examples/notebooks/*.jsh (run one with: ./forecast shell --script FILE).
                """;
    }
}
