package org.forecast4j.backtest.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.forecast4j.backtest.Engines;

/**
 * Where a sweep's configurations run. {@link #local} runs them on this machine's threads; other engines (the
 * {@code forecast4j-spark} module's {@code spark}) are found with {@link ServiceLoader} when their module is on
 * the class path. Every engine returns the same rows for the same job.
 */
public interface SweepEngine {

    /** @return the engine's name on the command line, e.g. {@code local} */
    String name();

    /**
     * Runs a sweep.
     *
     * @param job the sweep file and inputs
     * @param parallelism how many configurations run at once ({@code local}: threads; {@code spark}: partitions)
     * @param reports a folder for each configuration's report, or {@code null}
     * @param progress told as configurations finish (an engine may report only at the end)
     * @return one row per configuration, in configuration order
     * @throws org.forecast4j.core.io.InvalidInputException naming the file, or the configuration, that failed
     */
    List<SweepRow> run(SweepJob job, int parallelism, Path reports, SweepProgress progress);

    /** @return the engine that runs configurations on this machine's threads */
    static SweepEngine local() {
        return new SweepEngine() {
            @Override
            public String name() {
                return "local";
            }

            @Override
            public List<SweepRow> run(SweepJob job, int parallelism, Path reports, SweepProgress progress) {
                List<SweepConfiguration> configurations = job.configurations();
                return Sweep.run(configurations, job.inputs(configurations), parallelism, reports, progress);
            }
        };
    }

    /**
     * @param name an engine's name
     * @return the engine: {@code local}, or one found on the class path
     * @throws IllegalArgumentException naming the engines found if none has that name
     */
    static SweepEngine named(String name) {
        return Engines.named(SweepEngine.class, local(), SweepEngine::name, "sweep", name);
    }
}
