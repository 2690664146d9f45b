package org.forecast4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.backtest.Backtest;
import org.forecast4j.backtest.BacktestEngine;
import org.forecast4j.backtest.BacktestProgress;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.backtest.sweep.SweepConfiguration;
import org.forecast4j.backtest.sweep.SweepInputs;
import org.forecast4j.backtest.sweep.SweepJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single backtest split by refit period on Spark in local[2] gives the local engine's forecasts, scores and
 * report, byte for byte, through the engine found by name and through the {@code spark-submit} entry point.
 */
class SparkBacktestTest {
    @TempDir
    Path dir;

    private BacktestResult local(SweepJob job) {
        List<SweepConfiguration> configurations = job.configurations();
        SweepInputs inputs = job.inputs(configurations);
        return Backtest.run(configurations.get(0).config(), inputs.questions(), inputs.log(),
                inputs.spec(configurations.get(0)));
    }

    @Test
    void theSparkEngineGivesTheLocalResultByteForByte() throws Exception {
        SweepJob job = SparkTestData.job(dir, "{\"defaults\": {\"minTrain\": 5, \"minCalibration\": 10,"
                + " \"bootstrap\": 50}, \"configurations\": [{\"name\": \"a\", \"model\": \"bayes-logistic\","
                + " \"calibrator\": \"platt\", \"selection\": \"none\", \"refit\": \"30d\"}]}");
        BacktestResult local = local(job);
        List<SweepConfiguration> configurations = job.configurations();
        SweepInputs inputs = job.inputs(configurations);
        System.setProperty("spark.master", "local[2]");
        BacktestEngine spark = BacktestEngine.named("spark");
        assertInstanceOf(SparkBacktestEngine.class, spark);
        BacktestResult split = spark.run(configurations.get(0).config(), inputs.questions(), inputs.log(),
                inputs.spec(configurations.get(0)), BacktestProgress.NONE);
        long refits = local.rows().stream().map(r -> r.trainedOn()).filter(n -> n >= 5).distinct().count();
        assertTrue(refits >= 3, refits + " models fitted at distinct refit times");
        assertTrue(local.rowsFromModel() > 0 && local.fits().calibratorFits() > 0, "model and calibrator used");
        assertEquals(local.rows(), split.rows());
        assertEquals(BacktestReport.json(local), BacktestReport.json(split));
    }

    @Test
    void theSparkSubmitEntryPointWritesTheLocalReport() throws Exception {
        SweepJob job = SparkTestData.job(dir, "{\"defaults\": {\"minTrain\": 5, \"bootstrap\": 50},"
                + " \"configurations\": [{\"name\": \"b\"}]}");
        System.setProperty("spark.master", "local[2]");
        Path out = dir.resolve("out");
        SparkBacktest.main(new String[] {job.grid(), "--forecastbench", job.questions(), out.toString()});
        Path expected = dir.resolve("expected");
        BacktestReport.write(local(job), expected);
        for (String file : List.of(BacktestReport.FORECASTS, BacktestReport.REPORT)) {
            assertEquals(Files.readString(expected.resolve(file)), Files.readString(out.resolve(file)), file);
        }
    }
}
