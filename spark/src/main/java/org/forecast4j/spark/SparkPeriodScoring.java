package org.forecast4j.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.forecast4j.backtest.PeriodScoring;
import org.forecast4j.backtest.RefitPeriod;

/**
 * Forecasts a refit period's rows on Spark's executors: the period (its fitted models and calibrator, as
 * model-file documents) is broadcast, the rows are split into at most {@code partitions} partitions in order,
 * each executor applies {@link RefitPeriod#forecast} to its rows, and {@code collect} returns the forecasts in
 * row order. One Spark job per period.
 */
final class SparkPeriodScoring implements PeriodScoring {
    private final JavaSparkContext spark;
    private final int partitions;

    /**
     * @param spark a running context
     * @param partitions the most partitions a period's rows are split into, {@code >= 1}
     */
    SparkPeriodScoring(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
    }

    @Override
    public List<RefitPeriod.Forecast> forecast(RefitPeriod period, List<RefitPeriod.Input> inputs) {
        Broadcast<RefitPeriod> broadcast = spark.broadcast(period);
        try {
            return spark.parallelize(inputs, Math.max(1, Math.min(inputs.size(), partitions)))
                    .map(new Forecast(broadcast)).collect();
        } finally {
            broadcast.destroy();
        }
    }

    /** One row: the broadcast period's forecast of it. */
    private static final class Forecast implements Function<RefitPeriod.Input, RefitPeriod.Forecast> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<RefitPeriod> period;

        Forecast(Broadcast<RefitPeriod> period) {
            this.period = period;
        }

        @Override
        public RefitPeriod.Forecast call(RefitPeriod.Input input) {
            return period.value().forecast(input);
        }
    }
}
