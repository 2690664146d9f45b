package org.forecast4j.core.baserate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.model.ProbabilityInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BetaBinomialBaseRateTest {

    @TempDir
    Path dir;

    @Test
    void posteriorMeanAndIntervalMatchScipy() {
        // baserate_reference.py: k = 3 of n = 10, prior Beta(1, 1) -> Beta(4, 8).
        BetaBinomialBaseRate rate = BetaBinomialBaseRate.of(3, 10);
        assertEquals(4, rate.posteriorAlpha());
        assertEquals(8, rate.posteriorBeta());
        assertEquals(1.0 / 3, rate.mean(), 1e-16); // (k + 1)/(n + 2), Laplace's rule of succession
        ProbabilityInterval ninety = rate.interval(0.9);
        assertEquals(0.13507547291964123, ninety.lower(), 1e-10); // scipy.stats.beta.ppf(0.05, 4, 8)
        assertEquals(0.56437418828922947, ninety.upper(), 1e-10); // scipy.stats.beta.ppf(0.95, 4, 8)
        ProbabilityInterval ninetyFive = rate.interval(0.95);
        assertEquals(0.10926344381909811, ninetyFive.lower(), 1e-10);
        assertEquals(0.60974255957242118, ninetyFive.upper(), 1e-10);
        // sqrt(trigamma(4) + trigamma(8)), checked there against the quadrature variance of logit(p).
        assertEquals(0.64572437651922876, rate.logOddsSd(), 1e-12);
        assertEquals(Math.log(0.5), rate.logOdds(), 1e-15);
    }

    @Test
    void zeroSuccessesWithJeffreysPrior() {
        // baserate_reference.py: k = 0 of n = 20, prior Beta(0.5, 0.5) -> Beta(0.5, 20.5).
        BetaBinomialBaseRate rate = BetaBinomialBaseRate.of(0, 20, 0.5, 0.5);
        assertEquals(0.023809523809523808, rate.mean(), 1e-16);
        ProbabilityInterval interval = rate.interval(0.9);
        assertEquals(9.7077758582331708e-05, interval.lower(), 1e-11);
        assertEquals(0.090476426537872301, interval.upper(), 1e-10);
    }

    @Test
    void updatingEqualsFittingEverythingAtOnce() {
        BetaBinomialBaseRate stepwise = BetaBinomialBaseRate.of(2, 5, 2, 3).update(1, 5);
        assertEquals(BetaBinomialBaseRate.of(3, 10, 2, 3), stepwise);
        assertEquals((3 + 2.0) / (10 + 5), stepwise.mean(), 1e-16);
        // Invariant: the mean always lies inside its interval, and more data narrows the interval.
        ProbabilityInterval small = BetaBinomialBaseRate.of(3, 10).interval(0.9);
        ProbabilityInterval large = BetaBinomialBaseRate.of(30, 100).interval(0.9);
        assertTrue(large.upper() - large.lower() < small.upper() - small.lower());
        assertTrue(small.lower() < 1.0 / 3 && 1.0 / 3 < small.upper());
    }

    @Test
    void badCountsAndPriorsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BetaBinomialBaseRate.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> BetaBinomialBaseRate.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> BetaBinomialBaseRate.of(Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> BetaBinomialBaseRate.of(1, 10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> BetaBinomialBaseRate.of(1, 10).interval(1.0));
        // No data: the prior alone.
        assertEquals(0.5, BetaBinomialBaseRate.of(0, 0).mean());
    }

    @Test
    void modelFileRoundTripAndTable() throws IOException {
        BetaBinomialBaseRate rate = BetaBinomialBaseRate.of(3, 10, 0.5, 0.5);
        Path file = dir.resolve("rate.json");
        ModelFiles.write(file, rate.toDocument());
        assertEquals(rate, BetaBinomialBaseRate.fromDocument(ModelFiles.read(file, BetaBinomialBaseRate.KIND)));
        String text = rate.toString();
        assertTrue(text.contains("base rate (posterior mean)"), text);
        assertTrue(text.contains("Beta(3.5000, 7.5000)"), text);
    }
}
