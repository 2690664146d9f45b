package org.forecast4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        Path table = dir.resolve("fb.csv");
        StringBuilder csv = new StringBuilder("round,source,id,freeze,price,open,close,resolved,outcome,question\n");
        for (int i = 0; i < 80; i++) {
            boolean yes = i % 3 == 0;
            csv.append(String.format(Locale.ROOT, "r,%s,id%d,2024-%02d-01,%s,N/A,2025-06-01,2024-%02d-21,%d,Q%d%n",
                    i % 2 == 0 ? "manifold" : "polymarket", i, 1 + i % 12, yes ? "0.65" : "0.25", 1 + i % 12,
                    yes ? 1 : 0, i));
        }
        Files.writeString(table, csv.toString());
        Path gridFile = dir.resolve("grid.json");
        Files.writeString(gridFile, grid);
        return new SweepJob(gridFile.toString(), table.toString(), true, null);
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
