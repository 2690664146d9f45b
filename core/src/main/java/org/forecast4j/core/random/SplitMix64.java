package org.forecast4j.core.random;

/**
 * The SplitMix64 generator (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014), with Lemire's nearly-divisionless method for bounded integers (Lemire, "Fast random integer
 * generation in an interval", ACM TOMACS 2019). Implemented here rather than taken from the JDK so that the
 * sequence for a seed never changes with the JDK version. Not thread-safe; not cryptographic.
 */
public final class SplitMix64 {
    private long state;

    /**
     * @param seed any long; equal seeds give equal sequences
     */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** @return the next 64 pseudo-random bits */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return a double uniform on [0, 1), with 53 random bits */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * @param bound the exclusive upper bound, {@code > 0}
     * @return an int uniform on [0, bound)
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /**
     * A standard normal variate by the Box–Muller transform (one of the pair; the other is discarded so that
     * the generator stays stateless apart from its seed).
     *
     * @return a draw from N(0, 1)
     */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
