package org.forecast4j.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.forecast4j.backtest.sweep.SweepConfiguration;
import org.forecast4j.backtest.sweep.SweepEngine;
import org.forecast4j.backtest.sweep.SweepJob;
import org.forecast4j.backtest.sweep.SweepProgress;
import org.forecast4j.backtest.sweep.SweepRow;

/**
 * The {@code spark} sweep engine: each configuration of a sweep is one Spark task. The driver reads the sweep file
 * (so a bad file fails before any task starts) and broadcasts the {@link SweepJob} (file paths, small); each
 * executor JVM reads the inputs once ({@link SweepTasks}) and runs its configurations with the same code as the
 * local engine, so the rows, collected in configuration order, are byte-identical to the local engine's.
 *
 * <p>The master is Spark's {@code spark.master} (set by {@code spark-submit}, or {@code forecast sweep --master}),
 * {@code local[*]} if neither sets it. On a cluster the input files and the reports folder must be readable (and
 * writable) at the same paths from every executor, e.g. on a shared file system.
 */
public final class SparkSweepEngine implements SweepEngine {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public List<SweepRow> run(SweepJob job, int parallelism, Path reports, SweepProgress progress) {
        List<SweepConfiguration> configurations = job.configurations();
        job.inputs(configurations);   // read on the driver first: a bad file fails here, named, before Spark starts
        JavaSparkContext spark = SparkContexts.start("forecast4j sweep");
        try {
            int n = configurations.size();
            List<Integer> indices = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                indices.add(i);
            }
            Broadcast<SweepJob> broadcast = spark.broadcast(job);
            List<SweepRow> rows = spark.parallelize(indices, Math.max(1, Math.min(n, parallelism)))
                    .map(new RunConfiguration(broadcast, reports == null ? null : reports.toString())).collect();
            progress.configurations(n, n);
            return rows;
        } finally {
            spark.stop();
        }
    }

    /** One task: configuration {@code i} of the broadcast job. */
    private static final class RunConfiguration implements Function<Integer, SweepRow> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<SweepJob> job;
        private final String reports;

        RunConfiguration(Broadcast<SweepJob> job, String reports) {
            this.job = job;
            this.reports = reports;
        }

        @Override
        public SweepRow call(Integer i) {
            return SweepTasks.run(job.value(), i, reports == null ? null : Path.of(reports));
        }
    }
}
