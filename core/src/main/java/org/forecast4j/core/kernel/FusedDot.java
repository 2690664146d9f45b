package org.forecast4j.core.kernel;

/**
 * The scalar dot product with fused multiply-adds: sixteen independent partial sums, each element added by one
 * {@link Math#fma} (one rounding per product and sum instead of two), the sums added pairwise at the end.
 *
 * <p>Why: HotSpot compiles {@code Math.fma} to one instruction where the CPU has it (x86-64 with FMA3, since
 * 2013; every AArch64), so each element costs one load and one load-multiply-add; sixteen independent chains cover
 * the multiply-add latency on two ports. At 1,024 features this took about three quarters of the time of eight
 * sums of separate multiplies and adds in side-by-side JMH runs on the benchmark machine
 * ({@code benchmarks/RESULTS.md}). Where the CPU has no fused multiply-add, {@code Math.fma} falls back to exact
 * {@code BigDecimal} arithmetic, hundreds of times slower, so {@link DotKernel} uses this class only when HotSpot
 * reports {@code UseFMA}.
 *
 * <p>Results are deterministic and the same on every platform ({@code Math.fma} is exactly specified); they
 * differ from {@link LinearScorer#dot(double[], int, double[], int, int)} by rounding only. Static,
 * allocation-free, thread-safe.
 */
final class FusedDot {
    private FusedDot() {
    }

    /**
     * {@code Σ w[i] · x[i]} over {@code i < w.length}: the same sums in the same order as
     * {@link #dot(double[], int, double[], int, int)} with zero offsets, so the same bits. A separate loop because
     * without offsets C2's code for it was faster: about a quarter at 32 features (15 against 19–20 ns) and a
     * tenth at 1,024 in side-by-side JMH runs on the benchmark machine.
     *
     * @param w the weights
     * @param x the values, at least {@code w.length}
     * @return the dot product; 0 for an empty {@code w}; NaN if a product is NaN
     * @throws IndexOutOfBoundsException if {@code x} is shorter than {@code w}
     */
    static double dot(double[] w, double[] x) {
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
        return (((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)))
                + (((s8 + s9) + (s10 + s11)) + ((s12 + s13) + (s14 + s15)));
    }

    /**
     * {@code Σ a[aOffset + i] · b[bOffset + i]} over {@code i < length}.
     *
     * @param a the first array
     * @param aOffset where the values start in {@code a}
     * @param b the second array
     * @param bOffset where the values start in {@code b}
     * @param length how many products to add, {@code >= 0}
     * @return the dot product; 0 for length 0; NaN if a product is NaN
     * @throws IndexOutOfBoundsException if a range runs past its array
     */
    static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
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
        // A counted loop (see LinearScorer.dot): C2 hoists the range checks and drops the per-pass safepoint poll.
        int blocks = length & ~15;
        int i = 0;
        for (; i < blocks; i += 16) {
            int p = aOffset + i;
            int q = bOffset + i;
            s0 = Math.fma(a[p], b[q], s0);
            s1 = Math.fma(a[p + 1], b[q + 1], s1);
            s2 = Math.fma(a[p + 2], b[q + 2], s2);
            s3 = Math.fma(a[p + 3], b[q + 3], s3);
            s4 = Math.fma(a[p + 4], b[q + 4], s4);
            s5 = Math.fma(a[p + 5], b[q + 5], s5);
            s6 = Math.fma(a[p + 6], b[q + 6], s6);
            s7 = Math.fma(a[p + 7], b[q + 7], s7);
            s8 = Math.fma(a[p + 8], b[q + 8], s8);
            s9 = Math.fma(a[p + 9], b[q + 9], s9);
            s10 = Math.fma(a[p + 10], b[q + 10], s10);
            s11 = Math.fma(a[p + 11], b[q + 11], s11);
            s12 = Math.fma(a[p + 12], b[q + 12], s12);
            s13 = Math.fma(a[p + 13], b[q + 13], s13);
            s14 = Math.fma(a[p + 14], b[q + 14], s14);
            s15 = Math.fma(a[p + 15], b[q + 15], s15);
        }
        for (; i < length; i++) {
            s0 = Math.fma(a[aOffset + i], b[bOffset + i], s0);
        }
        return (((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)))
                + (((s8 + s9) + (s10 + s11)) + ((s12 + s13) + (s14 + s15)));
    }
}
