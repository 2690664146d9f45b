package org.forecast4j.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts the Spark context of a forecast4j job. The master is Spark's {@code spark.master} (set by
 * {@code spark-submit}, or the system property that {@code forecast ... --master} sets), {@code local[*]} if
 * neither sets it; the web UI is off unless configured.
 */
final class SparkContexts {
    private SparkContexts() {
    }

    /**
     * @param appName the application's name
     * @return the context; the caller stops it
     */
    static JavaSparkContext start(String appName) {
        SparkConf conf = new SparkConf().setAppName(appName)
                .setIfMissing("spark.master", System.getProperty("spark.master", "local[*]"))
                .setIfMissing("spark.ui.enabled", "false");
        return JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
    }
}
