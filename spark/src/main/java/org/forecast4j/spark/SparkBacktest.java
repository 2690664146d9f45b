package org.forecast4j.spark;

import java.util.List;
import org.forecast4j.backtest.BacktestProgress;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.backtest.sweep.SweepConfiguration;
import org.forecast4j.backtest.sweep.SweepInputs;
import org.forecast4j.core.io.InvalidInputException;

/**
 * The {@code spark-submit} entry point of a single backtest split by refit period ({@link SparkBacktestEngine}):
 * the configuration is a sweep file with one configuration (see {@code forecast sweep}); the report
 * ({@code forecasts.csv}, {@code report.json}, {@code reliability.png}, {@code report.html}) is written on the
 * driver, the same files as {@code forecast backtest} writes for that configuration.
 *
 * <pre>
 * spark-submit --class org.forecast4j.spark.SparkBacktest --jars "$(ls spark/target/lib/*.jar | paste -sd,)" \
 *     spark/target/forecast4j-spark.jar CONFIG (--forecastbench FILE | --questions FILE --events FILE) OUT_DIR
 * </pre>
 */
public final class SparkBacktest {

    private SparkBacktest() {
    }

    /**
     * @param args {@code CONFIG --forecastbench FILE OUT_DIR} or {@code CONFIG --questions FILE --events FILE
     *     OUT_DIR}, where CONFIG is a sweep file with exactly one configuration; exits 2 on a usage error, 1 on
     *     bad input (the message names the file and field)
     */
    public static void main(String[] args) {
        SubmitArgs parsed = SubmitArgs.parse(args);
        if (parsed == null) {
            System.err.println("usage: SparkBacktest CONFIG (--forecastbench FILE | --questions FILE --events FILE)"
                    + " OUT_DIR");
            System.exit(2);
            return;
        }
        try {
            List<SweepConfiguration> configurations = parsed.job().configurations();
            if (configurations.size() != 1) {
                throw new InvalidInputException(parsed.job().grid(), 0, null, null, "has " + configurations.size()
                        + " configurations; a single backtest needs exactly one");
            }
            SweepConfiguration configuration = configurations.get(0);
            SweepInputs inputs = parsed.job().inputs(configurations);
            BacktestResult result = new SparkBacktestEngine().run(configuration.config(), inputs.questions(),
                    inputs.log(), inputs.spec(configuration), BacktestProgress.NONE);
            BacktestReport.write(result, parsed.out());
            System.out.println("backtest: " + result.rows().size() + " forecasts; wrote " + BacktestReport.FORECASTS
                    + ", " + BacktestReport.REPORT + ", " + BacktestReport.RELIABILITY + " and "
                    + BacktestReport.HTML + " to " + parsed.out());
        } catch (InvalidInputException e) {
            System.err.println("backtest: error: " + e.getMessage());
            System.exit(1);
        }
    }
}
