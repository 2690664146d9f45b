package org.forecast4j.benchmarks;

import org.forecast4j.core.kernel.DotKernel;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;

/**
 * What it measures: {@link PredictBenchmark}'s three methods (the same floor, forecast4j and Smile on the same
 * inputs) in JVMs started with {@code --add-modules jdk.incubator.vector}, where forecast4j's
 * {@code LinearScorer} scores through the Vector API ({@link DotKernel}); the floor and Smile are scalar code
 * and unaffected by the flag, and are measured again so that every ratio compares runs of one configuration.
 *
 * <p>Pitfall avoided: the set-up fails unless {@link DotKernel#vectorized()} is true, so this class cannot
 * silently measure the scalar path (for instance on a CPU whose vectors hold fewer than four doubles).
 */
@Fork(value = 2, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class PredictVectorBenchmark extends PredictBenchmark {

    /** Refuses to measure anything but the vector path. */
    @Setup
    public void requireVectorPath() {
        if (!DotKernel.vectorized()) {
            throw new IllegalStateException("the Vector API path is not in use: " + DotKernel.description());
        }
    }
}
