package org.forecast4j.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product with explicit SIMD through the incubating Vector API ({@code jdk.incubator.vector}, JDK 16+):
 * four vector accumulators of the platform's preferred width (8 doubles with AVX-512, 4 with AVX2), fused
 * multiply-adds, the accumulators added lane-wise, one horizontal sum, and a scalar tail of fewer than one
 * vector's length.
 *
 * <p>Only {@link DotKernel} uses this class, and only after it has found the module in the boot layer: loading
 * it in a JVM started without {@code --add-modules jdk.incubator.vector} would fail with
 * {@code NoClassDefFoundError}. Static, allocation-free once compiled (HotSpot keeps the vectors in registers),
 * thread-safe.
 */
final class VectorDot {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorDot() {
    }

    /** @return the lanes of the preferred species, e.g. 8 with AVX-512 */
    static int lanes() {
        return LANES;
    }

    /**
     * {@code Σ a[aOffset + i] · b[bOffset + i]} over {@code i < length}.
     *
     * @param a the first array
     * @param aOffset where the values start in {@code a}
     * @param b the second array
     * @param bOffset where the values start in {@code b}
     * @param length how many products to add, {@code >= 0}
     * @return the dot product; 0 for length 0
     * @throws IndexOutOfBoundsException if a range runs past its array
     */
    static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        int i = 0;
        double sum = 0;
        if (length >= LANES) {
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = DoubleVector.zero(SPECIES);
            DoubleVector s2 = DoubleVector.zero(SPECIES);
            DoubleVector s3 = DoubleVector.zero(SPECIES);
            for (; i + 4 * LANES <= length; i += 4 * LANES) {
                s0 = DoubleVector.fromArray(SPECIES, a, aOffset + i)
                        .fma(DoubleVector.fromArray(SPECIES, b, bOffset + i), s0);
                s1 = DoubleVector.fromArray(SPECIES, a, aOffset + i + LANES)
                        .fma(DoubleVector.fromArray(SPECIES, b, bOffset + i + LANES), s1);
                s2 = DoubleVector.fromArray(SPECIES, a, aOffset + i + 2 * LANES)
                        .fma(DoubleVector.fromArray(SPECIES, b, bOffset + i + 2 * LANES), s2);
                s3 = DoubleVector.fromArray(SPECIES, a, aOffset + i + 3 * LANES)
                        .fma(DoubleVector.fromArray(SPECIES, b, bOffset + i + 3 * LANES), s3);
            }
            for (; i + LANES <= length; i += LANES) {
                s0 = DoubleVector.fromArray(SPECIES, a, aOffset + i)
                        .fma(DoubleVector.fromArray(SPECIES, b, bOffset + i), s0);
            }
            sum = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        }
        for (; i < length; i++) {
            sum += a[aOffset + i] * b[bOffset + i];
        }
        return sum;
    }
}
