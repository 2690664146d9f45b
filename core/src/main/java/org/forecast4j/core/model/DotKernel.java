package org.forecast4j.core.model;

import java.util.Locale;

/**
 * The dot product of the scoring hot paths ({@link LinearScorer}'s log-odds and the Bayesian predictive's
 * quadratic form): explicit SIMD through the incubating Vector API when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, else {@link LinearScorer#dot(double[], int, double[], int, int)},
 * the scalar loop with eight partial sums. Chosen once, when this class is initialised; static, allocation-free,
 * thread-safe.
 *
 * <p>The vector path is used only if all of these hold: the module {@code jdk.incubator.vector} is in the boot
 * layer ({@code ModuleLayer.boot().findModule(...)}, true only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}); the system property {@code forecast4j.vector} is not
 * {@code false}; and the platform's preferred vector holds at least four doubles (AVX2 or wider). A JVM started
 * without the module never loads the class that uses it, so it prints no incubator warning and needs nothing.
 * With the module the JVM prints {@code WARNING: Using incubator modules: jdk.incubator.vector} once at start-up.
 *
 * <p>The two paths add the products in different orders (and the vector path uses fused multiply-adds), so
 * their results differ by rounding: by at most a few ulps of {@code Σ|a_i b_i|} ({@code DotKernelTest},
 * {@code VectorDotTest}). Training never goes through this class: a fit gives the same bits with or without the
 * module.
 */
public final class DotKernel {
    private static final String MODULE = "jdk.incubator.vector";
    private static final boolean VECTOR = selectVector();

    private DotKernel() {
    }

    private static boolean selectVector() {
        if ("false".equalsIgnoreCase(System.getProperty("forecast4j.vector"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return false;
        }
        return VectorDot.lanes() >= 4;
    }

    /** @return whether the dot product runs on the Vector API */
    public static boolean vectorized() {
        return VECTOR;
    }

    /**
     * @return which implementation is in use, e.g. {@code "Vector API, 8 doubles per vector"} or
     *     {@code "scalar, eight partial sums"}
     */
    public static String description() {
        return VECTOR ? String.format(Locale.ROOT, "Vector API, %d doubles per vector", VectorDot.lanes())
                : "scalar, eight partial sums";
    }

    /**
     * {@code Σ a[aOffset + i] · b[bOffset + i]} over {@code i < length}. Allocation-free.
     *
     * @param a the first array
     * @param aOffset where the values start in {@code a}
     * @param b the second array
     * @param bOffset where the values start in {@code b}
     * @param length how many products to add, {@code >= 0}
     * @return the dot product; 0 for length 0; NaN if a product is NaN
     * @throws IndexOutOfBoundsException if a range runs past its array
     */
    public static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        if (VECTOR) {
            return VectorDot.dot(a, aOffset, b, bOffset, length);
        }
        return LinearScorer.dot(a, aOffset, b, bOffset, length);
    }
}
