package org.forecast4j.core.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The dot product of the scoring hot paths ({@link LinearScorer}'s log-odds and the Bayesian predictive's
 * quadratic form), by one of three implementations chosen once, when this class is initialised; static,
 * allocation-free, thread-safe:
 * <ol>
 *   <li><b>Vector API</b>: explicit SIMD through the incubating Vector API, when the JVM was started with
 *       {@code --add-modules jdk.incubator.vector}, the system property {@code forecast4j.vector} is not
 *       {@code false}, and the platform's preferred vector holds at least four doubles (AVX2 or wider).</li>
 *   <li><b>scalar, fused</b>: sixteen partial sums of {@link Math#fma} ({@code FusedDot}), when HotSpot reports
 *       {@code UseFMA} (the CPU has fused multiply-add: x86-64 with FMA3, every AArch64) and the system property
 *       {@code forecast4j.fma} is not {@code false}.</li>
 *   <li><b>scalar, plain</b>: {@link LinearScorer#dot(double[], int, double[], int, int)}, eight partial sums of
 *       separate multiplies and adds, otherwise (no fused multiply-add in hardware, where {@code Math.fma} would
 *       be hundreds of times slower; a JVM other than HotSpot; or {@code -Dforecast4j.fma=false}).</li>
 * </ol>
 *
 * <p>The vector module is looked up with {@code ModuleLayer.boot().findModule(...)}: a JVM started without it never
 * loads the class that uses it, so it prints no incubator warning and needs nothing. With the module the JVM prints
 * {@code WARNING: Using incubator modules: jdk.incubator.vector} once at start-up. {@code UseFMA} is read once
 * through {@code HotSpotDiagnosticMXBean} (module {@code jdk.management}; about ten milliseconds, once).
 *
 * <p>The three implementations add the products in different orders and round differently (the plain one rounds
 * each product, the other two fuse it into the sum), so their results differ by rounding: by at most a few ulps of
 * {@code Σ|a_i b_i|} ({@code DotKernelTest}, {@code FusedDotTest}, {@code VectorDotTest}). Each is deterministic;
 * the fused and plain results do not depend on the CPU. Training never goes through this class: a fit gives the
 * same bits on every path.
 */
public final class DotKernel {
    /** The implementations, in order of preference. */
    enum Implementation {
        /** {@code VectorDot}. */
        VECTOR("Vector API"),
        /** {@code FusedDot}. */
        FUSED("scalar, sixteen fused multiply-add sums"),
        /** {@link LinearScorer#dot(double[], int, double[], int, int)}. */
        PLAIN("scalar, eight partial sums");

        private final String label;

        Implementation(String label) {
            this.label = label;
        }
    }

    private static final String MODULE = "jdk.incubator.vector";
    private static final Implementation IMPLEMENTATION = choose(System.getProperty("forecast4j.vector"),
            ModuleLayer.boot().findModule(MODULE).isPresent(), System.getProperty("forecast4j.fma"));
    private static final boolean VECTOR = IMPLEMENTATION == Implementation.VECTOR;
    private static final boolean FUSED = IMPLEMENTATION == Implementation.FUSED;

    private DotKernel() {
    }

    /**
     * The choice, from the JVM's state. Package-private for tests.
     *
     * @param vectorProperty the value of {@code forecast4j.vector}, or null
     * @param vectorModule whether {@code jdk.incubator.vector} is in the boot layer
     * @param fmaProperty the value of {@code forecast4j.fma}, or null
     * @return the implementation to use
     */
    static Implementation choose(String vectorProperty, boolean vectorModule, String fmaProperty) {
        if (vectorModule && !"false".equalsIgnoreCase(vectorProperty) && VectorDot.lanes() >= 4) {
            return Implementation.VECTOR;
        }
        if (!"false".equalsIgnoreCase(fmaProperty) && hardwareFma()) {
            return Implementation.FUSED;
        }
        return Implementation.PLAIN;
    }

    /**
     * @return whether HotSpot compiles {@code Math.fma} to an instruction ({@code -XX:+UseFMA}, its default where
     *     the CPU has fused multiply-add); false on another JVM or without {@code jdk.management}
     */
    static boolean hardwareFma() {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseFMA").getValue());
        } catch (IllegalArgumentException | LinkageError | SecurityException e) {
            // No such option (not HotSpot, or a platform without it) or no jdk.management: the plain loop is safe.
            return false;
        }
    }

    /** @return whether the dot product runs on the Vector API */
    public static boolean vectorized() {
        return VECTOR;
    }

    /**
     * @return which implementation is in use: {@code "Vector API, 8 doubles per vector"} (the count is the
     *     platform's), {@code "scalar, sixteen fused multiply-add sums"} or {@code "scalar, eight partial sums"}
     */
    public static String description() {
        String label = IMPLEMENTATION.label;
        return VECTOR ? String.format(Locale.ROOT, "%s, %d doubles per vector", label, VectorDot.lanes()) : label;
    }

    /**
     * {@code Σ w[i] · x[i]} over {@code i < w.length}: the same bits as {@code dot(w, 0, x, 0, w.length)}, by a loop
     * without offsets where that is faster (the fused path). Allocation-free.
     *
     * @param w the weights
     * @param x the values, at least {@code w.length}
     * @return the dot product; 0 for an empty {@code w}; NaN if a product is NaN
     * @throws IndexOutOfBoundsException if {@code x} is shorter than {@code w}
     */
    public static double dot(double[] w, double[] x) {
        if (FUSED) {
            return FusedDot.dot(w, x);
        }
        return dot(w, 0, x, 0, w.length);
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
        if (FUSED) {
            return FusedDot.dot(a, aOffset, b, bOffset, length);
        }
        return LinearScorer.dot(a, aOffset, b, bOffset, length);
    }
}
