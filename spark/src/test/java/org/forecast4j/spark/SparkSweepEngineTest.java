package org.forecast4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.backtest.sweep.SweepCsv;
import org.forecast4j.backtest.sweep.SweepEngine;
import org.forecast4j.backtest.sweep.SweepJob;
import org.forecast4j.backtest.sweep.SweepProgress;
import org.forecast4j.backtest.sweep.SweepRow;
import org.forecast4j.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark engine in local[2] gives the local engine's rows, byte for byte, and is found by name. */
class SparkSweepEngineTest {
    @TempDir
    Path dir;

    private SweepJob job(String grid) throws Exception {
        return SparkTestData.job(dir, grid);
    }

    @Test
    void sparkRowsEqualLocalRowsByteForByte() throws Exception {
        SweepJob job = job("{\"defaults\": {\"minTrain\": 5, \"bootstrap\": 50},"
                + " \"grid\": {\"model\": [\"market-anchored\", \"bayes-logistic\"],"
                + " \"calibrator\": [\"none\", \"platt\"], \"selection\": [\"none\", \"walk-forward\"]}}");
        List<SweepRow> local = SweepEngine.local().run(job, 2, null, SweepProgress.NONE);
        System.setProperty("spark.master", "local[2]");
        SweepEngine spark = SweepEngine.named("spark");
        assertInstanceOf(SparkSweepEngine.class, spark);
        List<SweepRow> distributed = spark.run(job, 4, dir.resolve("reports"), SweepProgress.NONE);
        assertEquals(8, distributed.size());
        assertEquals(SweepCsv.text(local), SweepCsv.text(distributed));
        assertTrue(Files.isRegularFile(dir.resolve("reports/model=bayes-logistic,calibrator=platt,selection=none"
                + "/report.json")));
    }

    @Test
    void theSparkSubmitEntryPointWritesSweepCsv() throws Exception {
        SweepJob job = job("{\"defaults\": {\"minTrain\": 5, \"bootstrap\": 20},"
                + " \"configurations\": [{\"name\": \"a\"}, {\"name\": \"b\", \"calibrator\": \"platt\"}]}");
        System.setProperty("spark.master", "local[2]");
        Path out = dir.resolve("out");
        SparkSweep.main(new String[] {job.grid(), "--forecastbench", job.questions(), out.toString()});
        assertEquals(SweepCsv.text(SweepEngine.local().run(job, 1, null, SweepProgress.NONE)),
                Files.readString(out.resolve(SweepCsv.FILE)));
    }

    @Test
    void aBadSweepFileFailsOnTheDriverBeforeSparkStarts() throws Exception {
        SweepJob job = job("{\"configurations\": [{\"name\": \"x\", \"model\": \"probit\"}]}");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SparkSweepEngine().run(job, 2, null, SweepProgress.NONE));
        assertTrue(e.getMessage().contains("unknown model 'probit'"), e.getMessage());
    }
}
