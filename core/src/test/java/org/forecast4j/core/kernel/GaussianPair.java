package org.forecast4j.core.kernel;

import org.forecast4j.core.random.SplitMix64;

/** The dot-product tests' inputs: two arrays of standard normal draws from one seeded generator. */
final class GaussianPair {
    final double[] a;
    final double[] b;

    /**
     * @param seed the {@link SplitMix64} seed
     * @param n the length of each array
     */
    GaussianPair(long seed, int n) {
        SplitMix64 random = new SplitMix64(seed);
        a = new double[n];
        b = new double[n];
        // Interleaved draws: a[0], b[0], a[1], b[1], … (the order the tests always drew them in).
        for (int i = 0; i < n; i++) {
            a[i] = random.nextGaussian();
            b[i] = random.nextGaussian();
        }
    }
}
