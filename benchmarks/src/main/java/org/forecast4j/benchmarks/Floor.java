package org.forecast4j.benchmarks;

/**
 * The floor of the prediction benchmarks: the fastest plain-Java logistic scoring we know how to write,
 * {@code σ(b + w·x)} with a dot product over eight independent partial sums and a sigmoid that evaluates
 * {@code exp} once and never overflows.
 *
 * <p>Why eight sums: a single running sum waits on the floating-point add latency for every element; several
 * independent chains hide it. Of the variants we measured with JMH on the benchmark machine (four, eight and
 * sixteen sums, eight with {@code Math.fma}, and eight with a branch-free sigmoid), eight plain sums was the
 * fastest at k = 1024 (about 1.3 times faster than four) and as fast as any at k = 32. HotSpot C2 does not
 * vectorise the reduction itself, because that would reorder floating-point additions; only explicit SIMD (the
 * incubating Vector API) would go below this floor.
 */
final class Floor {
    private Floor() {
    }

    /**
     * @param b the intercept
     * @param w the weights
     * @param x the feature values, at least {@code w.length}
     * @return {@code σ(b + w·x)}
     */
    static double probability(double b, double[] w, double[] x) {
        int k = w.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = 0;
        for (; i + 7 < k; i += 8) {
            s0 += w[i] * x[i];
            s1 += w[i + 1] * x[i + 1];
            s2 += w[i + 2] * x[i + 2];
            s3 += w[i + 3] * x[i + 3];
            s4 += w[i + 4] * x[i + 4];
            s5 += w[i + 5] * x[i + 5];
            s6 += w[i + 6] * x[i + 6];
            s7 += w[i + 7] * x[i + 7];
        }
        for (; i < k; i++) {
            s0 += w[i] * x[i];
        }
        double z = b + (((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)));
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }
}
