package org.forecast4j.benchmarks;

/**
 * The floor of the prediction benchmarks: the fastest plain-Java logistic scoring we know how to write,
 * {@code σ(b + w·x)} with a dot product over eight independent partial sums and a sigmoid that evaluates
 * {@code exp} once, never overflows and never branches.
 *
 * <p>Why eight sums: a single running sum waits on the floating-point add latency for every element; several
 * independent chains hide it. Of the variants we measured with JMH on the benchmark machine (four, eight and
 * sixteen sums, eight with {@code Math.fma}, four sums of pairs of products, and a multiply into a scratch array,
 * a loop HotSpot can vectorise, followed by a sum), eight plain sums was about 1.3 times faster than four at
 * k = 1024 and as fast as any at k = 32; sixteen was about a tenth faster than eight at k = 1024 in some runs and
 * not in others, within this shared machine's noise, and its method is too large for HotSpot to inline (over
 * 325 bytes of bytecode), so we kept eight. HotSpot C2 does not vectorise the reduction itself, because that
 * would reorder floating-point additions; only explicit SIMD (the incubating Vector API) goes below this floor.
 *
 * <p>Why {@code i < blocks} with {@code blocks = k & ~7}, not {@code i + 7 < k}: C2 compiles the first as a counted
 * loop (an int index, a constant stride, a loop-invariant bound), with its range checks hoisted out of the loop
 * and no safepoint poll per iteration; the second it compiled, as we saw in its machine code, into a loop that
 * checked array bounds and polled for a safepoint on every pass, which took about a quarter longer at k = 1024
 * in side-by-side JMH runs. Both add the same products in the same order.
 *
 * <p>Why a branch-free sigmoid: the stable sigmoid has two cases by the sign of {@code z}, and over inputs of
 * random sign a branch on it is mispredicted half the time. With {@code e = exp(−|z|)} both cases are
 * {@code n / (1 + e)}, and {@code n} (1 or {@code e}) is selected by masking bits with {@code z}'s sign; at
 * k = 32 this scored 2 to 5 ns (up to a fifth) faster than the branch in side-by-side runs. A conditional
 * expression does not help: HotSpot compiles a conditional move of doubles to a branch on x86.
 */
final class Floor {
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

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
        int blocks = k & ~7;
        int i = 0;
        for (; i < blocks; i += 8) {
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
        double e = Math.exp(-Math.abs(z));
        long negative = Double.doubleToRawLongBits(z) >> 63;
        double numerator = Double.longBitsToDouble((ONE_BITS & ~negative) | (Double.doubleToRawLongBits(e) & negative));
        return numerator / (1.0 + e);
    }
}
