package org.forecast4j.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.forecast4j.backtest.sweep.Sweep;
import org.forecast4j.backtest.sweep.SweepConfiguration;
import org.forecast4j.backtest.sweep.SweepInputs;
import org.forecast4j.backtest.sweep.SweepJob;
import org.forecast4j.backtest.sweep.SweepRow;

/**
 * What an executor JVM does for a sweep: read the job's configurations and inputs once (cached per job, since an
 * executor runs many tasks) and run one configuration as the local engine does. Thread-safe.
 */
final class SweepTasks {
    private static final Map<SweepJob, Loaded> LOADED = new ConcurrentHashMap<>();

    private record Loaded(List<SweepConfiguration> configurations, SweepInputs inputs) {
    }

    private SweepTasks() {
    }

    /**
     * @param job the sweep
     * @param index a configuration's position in the sweep file
     * @param reports a folder for its report, or {@code null}
     * @return its row
     */
    static SweepRow run(SweepJob job, int index, Path reports) {
        Loaded loaded = LOADED.computeIfAbsent(job, j -> {
            List<SweepConfiguration> configurations = j.configurations();
            return new Loaded(configurations, j.inputs(configurations));
        });
        return Sweep.runOne(loaded.configurations().get(index), loaded.inputs(), reports);
    }
}
