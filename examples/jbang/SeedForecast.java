///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS org.forecast4j:forecast4j-bom:0.1.0-SNAPSHOT@pom
//DEPS org.forecast4j:forecast4j-scenario
//DEPS org.forecast4j:forecast4j-cli

import java.nio.file.Path;
import org.forecast4j.cli.shell.Notebook;
import org.forecast4j.scenario.Scenario;

/**
 * The seed scenario from JBang: the forecasts with their evidence, and the trajectory as a PNG. Run from the
 * checkout with {@code jbang seed [SCENARIO_DIR] [PNG]} (the alias of jbang-catalog.json), after
 * {@code ./mvnw -DskipTests install} has put the modules in the local Maven repository.
 */
class SeedForecast {
    public static void main(String[] args) {
        Scenario seed = Scenario.load(Path.of(args.length > 0 ? args[0] : "examples/seed-scenario"));
        Notebook.show(seed.forecast());
        Path png = Notebook.savePlot(seed, args.length > 1 ? args[1] : "trajectory.png");
        System.out.println("wrote " + png);
    }
}
