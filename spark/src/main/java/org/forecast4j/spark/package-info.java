/**
 * Apache Spark for forecast4j: the {@code spark} sweep engine ({@link org.forecast4j.spark.SparkSweepEngine}, found
 * by {@code forecast sweep --engine spark} through {@link java.util.ServiceLoader}) and the {@code spark-submit}
 * entry point ({@link org.forecast4j.spark.SparkSweep}). Spark is a provided dependency of this module only: no
 * other forecast4j module depends on it.
 */
package org.forecast4j.spark;
