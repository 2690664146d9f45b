package org.forecast4j.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import org.forecast4j.core.kernel.FusedDot;
import org.forecast4j.core.kernel.LinearScorer;
import org.junit.jupiter.api.Test;

/** {@link FusedDot} against exact arithmetic and closed forms. */
class FusedDotTest {
    private static final double U = 0x1p-53;

    @Test
    void withinHighamsBoundOfTheExactDotProductAtEveryLengthAndOffset() {
        GaussianPair pair = new GaussianPair(23, 1100);
        double[] a = pair.a;
        double[] b = pair.b;
        int[] lengths = new int[80];
        for (int i = 0; i < 70; i++) {
            lengths[i] = i;
        }
        System.arraycopy(new int[] {127, 128, 129, 255, 256, 1023, 1024, 1025, 1040, 1050}, 0, lengths, 70, 10);
        for (int length : lengths) {
            for (int offset = 0; offset < 3; offset++) {
                BigDecimal exact = BigDecimal.ZERO;
                double magnitude = 0;
                for (int i = 0; i < length; i++) {
                    // The exact product of two doubles, summed exactly: a reference that rounds nowhere.
                    exact = exact.add(new BigDecimal(a[offset + i]).multiply(new BigDecimal(b[7 + i])));
                    magnitude += Math.abs(a[offset + i] * b[7 + i]);
                }
                // Each partial sum is a chain of at most length/16 + 15 fused multiply-adds (one rounding each),
                // then four levels of pairwise adds: error at most γ_m·Σ|a_i b_i| with m = length/16 + 19
                // (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §3.1 and §2.2).
                int m = length / 16 + 19;
                double bound = m * U / (1 - m * U) * magnitude;
                double fused = FusedDot.dot(a, offset, b, 7, length);
                assertEquals(exact.doubleValue(), fused, bound, "length " + length + ", offset " + offset);
                if (offset == 0) {
                    double[] w = Arrays.copyOf(a, length);
                    double[] x = Arrays.copyOfRange(b, 7, b.length);
                    double sameOrder = FusedDot.dot(a, 0, x, 0, length);
                    assertEquals(sameOrder, FusedDot.dot(w, x), 0.0, "the loop without offsets, length " + length);
                }
            }
        }
    }

    @Test
    void integersGiveTheClosedFormExactly() {
        // Σ_{i=1}^{n} i(i + 1) = n(n + 1)(n + 2)/3: every partial sum is an integer below 2^53, so no rounding.
        for (int n : new int[] {1, 15, 16, 17, 32, 100, 1024, 1031}) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = i + 1;
                b[i] = i + 2;
            }
            assertEquals((double) n * (n + 1) * (n + 2) / 3, FusedDot.dot(a, 0, b, 0, n), 0.0, "n " + n);
            assertEquals((double) n * (n + 1) * (n + 2) / 3, FusedDot.dot(a, b), 0.0, "n " + n);
        }
    }

    @Test
    void eachProductIsFusedIntoItsSumWithOneRounding() {
        // (1 + 2^-30)(1 − 2^-30) = 1 − 2^-60 exactly. Added to −1 in one fused operation it leaves −2^-60; rounded
        // to a double first it is 1, and the sum is 0. Both elements fall in the tail, in the same partial sum.
        double[] a = {-1, 1 + 0x1p-30};
        double[] b = {1, 1 - 0x1p-30};
        assertEquals(-0x1p-60, FusedDot.dot(a, 0, b, 0, 2), 0.0);
        assertEquals(-0x1p-60, FusedDot.dot(a, b), 0.0);
        assertEquals(0.0, LinearScorer.dot(a, 0, b, 0, 2), 0.0, "the plain loop rounds the product first");
    }

    @Test
    void emptyNanAndRangesPastTheArray() {
        double[] a = new double[40];
        double[] b = new double[40];
        Arrays.fill(a, 1);
        Arrays.fill(b, 2);
        assertEquals(0.0, FusedDot.dot(a, 0, b, 0, 0), 0.0);
        a[20] = Double.NaN;
        assertTrue(Double.isNaN(FusedDot.dot(a, 0, b, 0, 32)));
        assertEquals(38.0, FusedDot.dot(a, 21, b, 0, 19), 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> FusedDot.dot(a, 30, b, 0, 16));
        assertThrows(IndexOutOfBoundsException.class, () -> FusedDot.dot(a, 0, b, 30, 11));
        assertThrows(IndexOutOfBoundsException.class, () -> FusedDot.dot(a, new double[39]));
        assertTrue(Double.isNaN(FusedDot.dot(a, b)));
        assertEquals(0.0, FusedDot.dot(new double[0], b), 0.0);
    }
}
