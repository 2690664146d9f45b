package org.forecast4j.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.forecast4j.core.kernel.DotKernel;
import org.forecast4j.core.kernel.FusedDot;
import org.forecast4j.core.kernel.LinearScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dot kernel in the default test JVM, which is started without the Vector API: the scalar fallback.
 * {@code VectorDotTest} covers the vector path in core's {@code vector-api} surefire execution.
 */
class DotKernelTest {

    @BeforeAll
    static void notInTheVectorJvm() {
        assumeFalse(Boolean.getBoolean("forecast4j.vectorTests"), "the vector-api execution runs VectorDotTest");
    }

    @Test
    void withoutTheModuleTheKernelIsAScalarLoopBitForBit() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
                "the default test JVM runs without --add-modules jdk.incubator.vector");
        assertFalse(DotKernel.vectorized());
        boolean fused = DotKernel.hardwareFma();
        assertEquals(fused ? "scalar, sixteen fused multiply-add sums" : "scalar, eight partial sums",
                DotKernel.description());
        GaussianPair pair = new GaussianPair(17, 1100);
        double[] a = pair.a;
        double[] b = pair.b;
        for (int length : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 1024, 1050}) {
            for (int offset = 0; offset < 4; offset++) {
                double expected = fused ? FusedDot.dot(a, offset, b, 3, length)
                        : LinearScorer.dot(a, offset, b, 3, length);
                assertEquals(expected, DotKernel.dot(a, offset, b, 3, length), 0.0);
            }
            double[] w = Arrays.copyOf(a, length);
            assertEquals(DotKernel.dot(w, 0, b, 0, length), DotKernel.dot(w, b), 0.0, "without offsets");
        }
    }

    @Test
    void theFusedLoopOnlyWhereHotSpotHasFusedMultiplyAddAndNotWhenSwitchedOff() {
        boolean fma = DotKernel.hardwareFma();
        if ("amd64".equals(System.getProperty("os.arch")) || "x86_64".equals(System.getProperty("os.arch"))) {
            // Every x86-64 HotSpot has the flag; whether it is on depends on the CPU's FMA3 bit.
            String cpuFlags = cpuFlags();
            if (cpuFlags != null) {
                assertEquals(cpuFlags.contains(" fma "), fma, "UseFMA against /proc/cpuinfo's fma flag");
            }
        }
        DotKernel.Implementation scalar = fma ? DotKernel.Implementation.FUSED : DotKernel.Implementation.PLAIN;
        assertEquals(scalar, DotKernel.choose(null, false, null));
        assertEquals(scalar, DotKernel.choose("false", false, "true"));
        assertEquals(DotKernel.Implementation.PLAIN, DotKernel.choose(null, false, "false"));
        assertEquals(DotKernel.Implementation.PLAIN, DotKernel.choose(null, false, "FALSE"));
    }

    private static String cpuFlags() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return line.substring(line.indexOf(':') + 1) + " ";
                }
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
        return null;
    }

    @Test
    void agreesWithANaiveLoopAndRejectsRangesPastTheArray() {
        GaussianPair pair = new GaussianPair(19, 80);
        double[] a = pair.a;
        double[] b = pair.b;
        for (int length = 0; length <= 70; length++) {
            double naive = 0;
            double magnitude = 0;
            for (int i = 0; i < length; i++) {
                naive += a[2 + i] * b[5 + i];
                magnitude += Math.abs(a[2 + i] * b[5 + i]);
            }
            // Both sums carry rounding error of at most (length − 1)·ε·Σ|a_i b_i| (Higham, Accuracy and Stability
            // of Numerical Algorithms, 2nd ed., §3.1).
            assertEquals(naive, DotKernel.dot(a, 2, b, 5, length), 2 * length * 0x1p-53 * magnitude,
                    "length " + length);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> DotKernel.dot(a, 75, b, 0, 8));
    }
}
