package org.forecast4j.benchmarks;

/**
 * The control for {@code PortableExp}: {@code Probabilities.sigmoid}'s branch-free stable sigmoid with HotSpot's
 * {@link Math#exp} (a call into a runtime stub) where forecast4j uses {@code PortableExp.exp} (plain Java that C2
 * inlines). {@link PredictBenchmark#forecast4jMathExp} puts it after forecast4j's own dot product, so the
 * difference from {@link PredictBenchmark#forecast4j} is what the inlined {@code exp} buys in each JVM
 * configuration. Within an ulp of forecast4j's probability ({@code PredictAgreementTest}).
 */
final class MathExpSigmoid {
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

    private MathExpSigmoid() {
    }

    /**
     * @param z log-odds
     * @return {@code σ(z)}, with {@code exp(−|z|)} from {@link Math#exp}
     */
    static double sigmoid(double z) {
        double e = Math.exp(-Math.abs(z));
        long negative = Double.doubleToRawLongBits(z) >> 63;
        double numerator = Double.longBitsToDouble((ONE_BITS & ~negative) | (Double.doubleToRawLongBits(e) & negative));
        return numerator / (1.0 + e);
    }
}
