package org.forecast4j.spark;

import java.nio.file.Path;
import java.util.List;
import org.forecast4j.backtest.sweep.SweepCsv;
import org.forecast4j.backtest.sweep.SweepJob;
import org.forecast4j.backtest.sweep.SweepProgress;
import org.forecast4j.backtest.sweep.SweepRow;
import org.forecast4j.core.io.InvalidInputException;

/**
 * The {@code spark-submit} entry point: runs a sweep on the cluster's executors and writes {@code sweep.csv} on
 * the driver.
 *
 * <pre>
 * spark-submit --class org.forecast4j.spark.SparkSweep --jars "$(ls spark/target/lib/*.jar | paste -sd,)" \
 *     spark/target/forecast4j-spark.jar GRID (--forecastbench FILE | --questions FILE --events FILE) OUT_DIR
 * </pre>
 */
public final class SparkSweep {

    private SparkSweep() {
    }

    /**
     * @param args {@code GRID --forecastbench FILE OUT_DIR} or {@code GRID --questions FILE --events FILE OUT_DIR}
     */
    public static void main(String[] args) {
        SubmitArgs parsed = SubmitArgs.parse(args);
        if (parsed == null) {
            System.err.println("usage: SparkSweep GRID (--forecastbench FILE | --questions FILE --events FILE)"
                    + " OUT_DIR");
            System.exit(2);
            return;
        }
        SweepJob job = parsed.job();
        Path out = parsed.out();
        try {
            List<SweepRow> rows = new SparkSweepEngine().run(job, Integer.MAX_VALUE, null, SweepProgress.NONE);
            SweepCsv.write(out.resolve(SweepCsv.FILE), rows);
            System.out.println("sweep: " + rows.size() + " configurations; wrote " + out.resolve(SweepCsv.FILE));
        } catch (InvalidInputException e) {
            System.err.println("sweep: error: " + e.getMessage());
            System.exit(1);
        }
    }
}
