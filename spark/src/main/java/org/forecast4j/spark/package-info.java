/**
 * Apache Spark for forecast4j: the {@code spark} sweep engine ({@link org.forecast4j.spark.SparkSweepEngine}, found
 * by {@code forecast sweep --engine spark} through {@link java.util.ServiceLoader}), the {@code spark} backtest
 * engine that splits one backtest by refit period ({@link org.forecast4j.spark.SparkBacktestEngine}, found by
 * {@code forecast backtest --engine spark}), and their {@code spark-submit} entry points
 * ({@link org.forecast4j.spark.SparkSweep}, {@link org.forecast4j.spark.SparkBacktest}). Spark is a provided
 * dependency of this module only: no other forecast4j module depends on it.
 */
package org.forecast4j.spark;
