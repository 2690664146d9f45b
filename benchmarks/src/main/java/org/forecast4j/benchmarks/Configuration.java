package org.forecast4j.benchmarks;

/** The JVM configurations the prediction benchmarks run in, each with its benchmark classes. */
enum Configuration {
    /** A JVM started without the Vector API: the scalar dot product of sixteen fused multiply-add sums. */
    SCALAR("scalar", "scalar (default JVM)", "PredictBenchmark", "BayesianPredictiveBenchmark"),
    /** A JVM started with {@code --add-modules jdk.incubator.vector}: the SIMD dot product. */
    VECTOR("vector", "Vector API (`--add-modules jdk.incubator.vector`)", "PredictVectorBenchmark",
            "BayesianPredictiveVectorBenchmark");

    /** The name in note placeholders, e.g. {@code scalar} in {@code predict.scalar.k32.floor.ns}. */
    final String key;
    /** The label in the report's tables. */
    final String label;
    /** The prediction benchmark class. */
    final String predict;
    /** The Bayesian predictive benchmark class. */
    final String bayes;

    Configuration(String key, String label, String predict, String bayes) {
        this.key = key;
        this.label = label;
        this.predict = predict;
        this.bayes = bayes;
    }
}
