package org.forecast4j.benchmarks;

import org.forecast4j.core.internal.PortableExp;

/**
 * The floor of the prediction benchmarks: the fastest plain-Java logistic scoring we know how to write,
 * {@code σ(b + w·x)} with a dot product over sixteen independent partial sums of fused multiply-adds and a sigmoid
 * that evaluates {@code exp} once, never overflows and never branches.
 *
 * <p>Why sixteen fused sums: a single running sum waits on the floating-point add latency for every element;
 * several independent chains hide it. {@code Math.fma} is one instruction on this machine (HotSpot's
 * {@code UseFMA}, on wherever the CPU has FMA3), so an element costs one load and one load-multiply-add instead of a
 * load, a load-multiply and an add, and sixteen chains cover the multiply-add latency on two ports. Of the
 * variants we measured with JMH on the benchmark machine (four, eight and sixteen sums of separate multiplies and
 * adds; four, eight and sixteen sums of {@code Math.fma}; four sums of pairs of products; a multiply into a
 * scratch array, a loop HotSpot can vectorise, followed by a sum), sixteen fused sums was the fastest at
 * k = 1024 (about 300–330 ns against 400–430 for eight plain sums and 340–420 for eight fused ones) and as fast
 * as any at k = 32. Eight plain sums was the floor until we measured sixteen fused ones. On a CPU without FMA3 this
 * floor would be hundreds of times slower ({@code Math.fma} falls back to {@code BigDecimal}); forecast4j's
 * {@code DotKernel} checks {@code UseFMA}, the floor does not. HotSpot C2 does not vectorise the reduction itself,
 * because that would reorder floating-point additions; only explicit SIMD (the incubating Vector API) goes below
 * this floor.
 *
 * <p>Why {@code i < blocks} with {@code blocks = k & ~15}, not {@code i + 15 < k}: C2 compiles the first as a
 * counted loop (an int index, a constant stride, a loop-invariant bound), with its range checks hoisted out of
 * the loop and no safepoint poll per iteration; the second form it compiled, as we saw in its machine code, into a
 * loop that checked array bounds and polled for a safepoint on every pass, which took about a quarter longer at
 * k = 1024 in side-by-side JMH runs. Both add the same products in the same order.
 *
 * <p>Why a branch-free sigmoid: the stable sigmoid has two cases by the sign of {@code z}, and over inputs of
 * random sign a branch on it is mispredicted half the time. With {@code e = exp(−|z|)} both cases are
 * {@code n / (1 + e)}, and {@code n} (1 or {@code e}) is selected by masking bits with {@code z}'s sign; at
 * k = 32 this scored 2 to 5 ns (up to a fifth) faster than the branch in side-by-side runs. A conditional
 * expression does not help: HotSpot compiles a conditional move of doubles to a branch on x86.
 *
 * <p>Why {@code PortableExp.exp} and not {@code Math.exp}: the fastest {@code exp} we know how to call here.
 * HotSpot's {@code Math.exp} is a call into a runtime stub; {@code PortableExp} is plain Java that C2 inlines.
 * At k = 32 it saves about 1 to 2.5 ns a scoring ({@code PredictBenchmark.forecast4jMathExp} is the control),
 * within the noise of this machine.
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
        double s8 = 0;
        double s9 = 0;
        double s10 = 0;
        double s11 = 0;
        double s12 = 0;
        double s13 = 0;
        double s14 = 0;
        double s15 = 0;
        int blocks = k & ~15;
        int i = 0;
        for (; i < blocks; i += 16) {
            s0 = Math.fma(w[i], x[i], s0);
            s1 = Math.fma(w[i + 1], x[i + 1], s1);
            s2 = Math.fma(w[i + 2], x[i + 2], s2);
            s3 = Math.fma(w[i + 3], x[i + 3], s3);
            s4 = Math.fma(w[i + 4], x[i + 4], s4);
            s5 = Math.fma(w[i + 5], x[i + 5], s5);
            s6 = Math.fma(w[i + 6], x[i + 6], s6);
            s7 = Math.fma(w[i + 7], x[i + 7], s7);
            s8 = Math.fma(w[i + 8], x[i + 8], s8);
            s9 = Math.fma(w[i + 9], x[i + 9], s9);
            s10 = Math.fma(w[i + 10], x[i + 10], s10);
            s11 = Math.fma(w[i + 11], x[i + 11], s11);
            s12 = Math.fma(w[i + 12], x[i + 12], s12);
            s13 = Math.fma(w[i + 13], x[i + 13], s13);
            s14 = Math.fma(w[i + 14], x[i + 14], s14);
            s15 = Math.fma(w[i + 15], x[i + 15], s15);
        }
        for (; i < k; i++) {
            s0 = Math.fma(w[i], x[i], s0);
        }
        double z = b + ((((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)))
                + (((s8 + s9) + (s10 + s11)) + ((s12 + s13) + (s14 + s15))));
        double e = PortableExp.exp(-Math.abs(z));
        long negative = Double.doubleToRawLongBits(z) >> 63;
        double numerator = Double.longBitsToDouble((ONE_BITS & ~negative) | (Double.doubleToRawLongBits(e) & negative));
        return numerator / (1.0 + e);
    }
}
