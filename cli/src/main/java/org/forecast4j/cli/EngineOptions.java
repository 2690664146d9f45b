package org.forecast4j.cli;

import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --engine NAME} and {@code --master URL}, shared by {@code forecast sweep} and {@code forecast backtest}:
 * where the work runs, {@code local} or {@code spark} (the forecast4j-spark module, which {@code ./forecast}
 * builds and adds when {@code --engine spark} is given).
 */
final class EngineOptions {
    /** The master URLs Spark 4 takes: local modes, a standalone cluster, YARN, Kubernetes. */
    private static final Pattern MASTER = Pattern.compile(
            "local(\\[([1-9][0-9]*|\\*)(,[1-9][0-9]*)?\\])?|local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*\\]"
                    + "|spark://[^\\s]+|yarn|k8s://[^\\s]+");

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "local (this machine) or spark (Apache Spark: the forecast4j-spark module, with --master);"
                    + " default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master, e.g. local[*] (default: local[*], or the"
                    + " spark.master of spark-submit).")
    String master;

    /**
     * Checks the options, sets {@code spark.master} if given, and finds the engine.
     *
     * @param <E> the kind of engine
     * @param line the command line, for errors
     * @param named finds an engine by name, or throws {@link IllegalArgumentException} naming those found
     * @return the engine
     * @throws ParameterException naming the option if {@code --master} is given without {@code --engine spark},
     *     is not a Spark master URL, or no engine has the name
     */
    <E> E choose(CommandLine line, Function<String, E> named) {
        if (master != null && !"spark".equals(engine)) {
            throw new ParameterException(line, "--master applies to --engine spark");
        }
        if (master != null && !MASTER.matcher(master).matches()) {
            throw new ParameterException(line, "--master: '" + master + "' is not a Spark master URL (local,"
                    + " local[N], local[*], spark://HOST:PORT, yarn or k8s://URL)");
        }
        if (master != null) {
            System.setProperty("spark.master", master);
        }
        try {
            return named.apply(engine);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(line, "--engine: " + e.getMessage());
        }
    }
}
