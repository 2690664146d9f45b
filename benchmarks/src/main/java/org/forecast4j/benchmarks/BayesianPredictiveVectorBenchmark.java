package org.forecast4j.benchmarks;

import org.forecast4j.core.kernel.DotKernel;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;

/**
 * What it measures: {@link BayesianPredictiveBenchmark}'s two methods in JVMs started with
 * {@code --add-modules jdk.incubator.vector}, where the posterior mean's dot product and each row of the packed
 * quadratic form {@code x̃ᵀΣx̃} go through the Vector API ({@link DotKernel}).
 *
 * <p>Pitfall avoided: the set-up fails unless {@link DotKernel#vectorized()} is true.
 */
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class BayesianPredictiveVectorBenchmark extends BayesianPredictiveBenchmark {

    /** Refuses to measure anything but the vector path. */
    @Setup
    public void requireVectorPath() {
        if (!DotKernel.vectorized()) {
            throw new IllegalStateException("the Vector API path is not in use: " + DotKernel.description());
        }
    }
}
