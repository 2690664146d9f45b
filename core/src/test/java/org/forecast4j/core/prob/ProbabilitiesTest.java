package org.forecast4j.core.prob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.internal.PortableExp;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

class ProbabilitiesTest {

    @Test
    void sigmoidMatchesScipyExpitInBothTails() {
        // Expected values: scipy.special.expit, printed by core/src/test/python/scoring_reference.py
        assertEquals(0.0, Probabilities.sigmoid(-800.0));
        assertEquals(4.248354255291589e-18, Probabilities.sigmoid(-40.0), 1e-33);
        assertEquals(0.18242552380635635, Probabilities.sigmoid(-1.5), 1e-16);
        assertEquals(0.5, Probabilities.sigmoid(0.0));
        assertEquals(0.8807970779778823, Probabilities.sigmoid(2.0), 1e-16);
        assertEquals(1.0, Probabilities.sigmoid(40.0));
        assertEquals(1.0, Probabilities.sigmoid(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Probabilities.sigmoid(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Probabilities.sigmoid(Double.NaN)));
    }

    @Test
    void sigmoidIsSymmetric() {
        // Closed form: σ(−t) = 1 − σ(t); in the lower tail σ(t) keeps full relative precision.
        SplitMix64 random = new SplitMix64(7);
        for (int i = 0; i < 1000; i++) {
            double t = (random.nextDouble() - 0.5) * 60;
            assertEquals(1.0, Probabilities.sigmoid(t) + Probabilities.sigmoid(-t), 1e-15);
        }
        assertEquals(Math.exp(-700.0), Probabilities.sigmoid(-700.0), Math.exp(-700.0) * 1e-14);
    }

    /** The two-branch form the branch-free {@link Probabilities#sigmoid} must reproduce bit for bit. */
    private static double twoBranchSigmoid(double t) {
        if (t >= 0) {
            return 1.0 / (1.0 + PortableExp.exp(-t));
        }
        double e = PortableExp.exp(t);
        return e / (1.0 + e);
    }

    @Test
    void sigmoidWithASuppliedExpIsTheTwoBranchFormWithThatExp() {
        // Closed form, per sign: 1/(1 + e) for t >= 0 and e/(1 + e) below, with e = exp(−|t|) from Math.exp here.
        SplitMix64 random = new SplitMix64(31);
        for (int i = 0; i < 10_000; i++) {
            double t = (random.nextDouble() - 0.5) * 80;
            double e = Math.exp(-Math.abs(t));
            double expected = t >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Probabilities.sigmoid(t, e)),
                    "t = " + t);
        }
        assertEquals(0.5, Probabilities.sigmoid(-0.0, 1.0));
        assertEquals(Double.doubleToRawLongBits(Probabilities.sigmoid(1.5)),
                Double.doubleToRawLongBits(Probabilities.sigmoid(1.5, PortableExp.exp(-1.5))));
    }

    @Test
    void branchFreeSigmoidIsTheTwoBranchFormBitForBit() {
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
            1e-300, -1e-300, 36.7, -36.7, 709.78, -709.78, 745.2, -745.2, 800, -800, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double t : special) {
            assertEquals(Double.doubleToRawLongBits(twoBranchSigmoid(t)),
                    Double.doubleToRawLongBits(Probabilities.sigmoid(t)), "t = " + t);
        }
        // NaN in, NaN out (its sign bit may differ from the two-branch form's NaN: there is only one NaN in Java's
        // arithmetic, and Double.compare and equals treat every NaN bit pattern as the same value).
        assertTrue(Double.isNaN(Probabilities.sigmoid(Double.NaN)));
        assertTrue(Double.isNaN(Probabilities.sigmoid(Double.longBitsToDouble(0xfff8000000000000L))));
        SplitMix64 random = new SplitMix64(23);
        for (int i = 0; i < 200_000; i++) {
            // log-odds of every scale from 1e-8 to 1e3, both signs
            double t = Math.copySign(Math.pow(10, -8 + 11 * random.nextDouble()), random.nextDouble() - 0.5);
            assertEquals(Double.doubleToRawLongBits(twoBranchSigmoid(t)),
                    Double.doubleToRawLongBits(Probabilities.sigmoid(t)), "t = " + t);
        }
    }

    @Test
    void logitInvertsSigmoid() {
        SplitMix64 random = new SplitMix64(11);
        for (int i = 0; i < 1000; i++) {
            double t = (random.nextDouble() - 0.5) * 30;
            assertEquals(t, Probabilities.logit(Probabilities.sigmoid(t)), 1e-9 * Math.max(1, Math.abs(t)));
        }
        // scipy.special.logit values from scoring_reference.py
        assertEquals(-690.7755278982137, Probabilities.logit(1e-300), 1e-12);
        assertEquals(13.815509557935018, Probabilities.logit(0.999999), 1e-9);
        assertEquals(Double.NEGATIVE_INFINITY, Probabilities.logit(0.0));
        assertEquals(Double.POSITIVE_INFINITY, Probabilities.logit(1.0));
        assertTrue(Double.isNaN(Probabilities.logit(1.3)));
        assertTrue(Double.isNaN(Probabilities.logit(Double.NaN)));
    }

    /** The difference between two doubles in units in the last place of the reference. */
    private static double ulps(double reference, double actual) {
        if (reference == actual) {
            return 0;
        }
        return Math.abs(reference - actual) / Math.ulp(reference);
    }

    @Test
    void log1pIsWithinTwoUlpsOfMathLog1pOverTheWholeRange() {
        // Reference: the JDK's Math.log1p (fdlibm, within 1 ulp of the exact value). Goldberg (1991), Theorem 4,
        // bounds the method's relative error by 5 ulps given a correctly rounded log; over 4 million points spread
        // log-uniformly over every binade of (-1, 0) and (0, MAX_VALUE], the largest difference measured is 2 ulps.
        SplitMix64 random = new SplitMix64(2024);
        double worst = 0;
        for (int i = 0; i < 4_000_000; i++) {
            double x = switch (i % 4) {
                case 0 -> Math.pow(10, -323 + 631 * random.nextDouble());   // (0, 1e308)
                case 1 -> -Math.pow(10, -323 + 323 * random.nextDouble());  // (-1, 0)
                case 2 -> -1 + Math.pow(10, -16 + 16 * random.nextDouble()); // just above -1
                default -> (random.nextDouble() - 0.25) * 8;                // (-2, 6), the feature range
            };
            if (x <= -1) {
                continue;
            }
            double d = ulps(Math.log1p(x), Probabilities.log1p(x));
            assertTrue(d <= 2, "log1p(" + x + ") is " + d + " ulps from Math.log1p");
            worst = Math.max(worst, d);
        }
        assertTrue(worst > 0, "a different method, so some results differ in the last place");
        // Closed forms and special values, as Math.log1p.
        assertEquals(1.0, Probabilities.log1p(Math.E - 1), Math.ulp(1.0));
        assertEquals(Math.log(2), Probabilities.log1p(1.0), Math.ulp(Math.log(2)));
        assertEquals(0.0, Probabilities.log1p(0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Probabilities.log1p(-0.0)));
        assertEquals(Double.MIN_VALUE, Probabilities.log1p(Double.MIN_VALUE));
        assertEquals(1e-20, Probabilities.log1p(1e-20), "x itself where 1 + x rounds to 1");
        assertEquals(Math.log1p(Double.MAX_VALUE), Probabilities.log1p(Double.MAX_VALUE), Math.ulp(709.0));
        assertEquals(Double.NEGATIVE_INFINITY, Probabilities.log1p(-1.0));
        assertEquals(Double.POSITIVE_INFINITY, Probabilities.log1p(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(Probabilities.log1p(-1.5)));
        assertTrue(Double.isNaN(Probabilities.log1p(Double.NEGATIVE_INFINITY)));
        assertTrue(Double.isNaN(Probabilities.log1p(Double.NaN)));
    }

    @Test
    void log1pexpMatchesNumpyLogaddexpAcrossMachlersCutoffs() {
        // numpy.logaddexp(0, x), printed by scoring_reference.py; the cut-offs are at -37, 18 and 33.3.
        double[][] cases = {
            {-50.0, 1.9287498479639178e-22}, {-37.0, 8.533047625744066e-17}, {-5.0, 0.006715348489118068},
            {0.0, 0.6931471805599453}, {10.0, 10.000045398899218}, {18.0, 18.00000001522998},
            {25.0, 25.000000000013888}, {33.3, 33.3}, {40.0, 40.0}, {800.0, 800.0}};
        for (double[] c : cases) {
            assertEquals(c[1], Probabilities.log1pexp(c[0]), Math.abs(c[1]) * 1e-15, "log1pexp(" + c[0] + ")");
        }
    }

    @Test
    void logLossFromLogOddsIsExactWhereClippingWouldNotBe() {
        // Closed form: -ln(1 - σ(50)) = ln(1 + e^50) = 50 + ln(1 + e^-50) ≈ 50.
        assertEquals(50.0, Probabilities.logLossFromLogOdds(50.0, false), 1e-12);
        assertEquals(Math.log(2), Probabilities.logLossFromLogOdds(0.0, true), 1e-16);
        // The probability form clips at 1e-15: -ln(1e-15) = 34.538776394910684.
        assertEquals(34.538776394910684, Probabilities.logLoss(0.0, true), 1e-12);
        assertEquals(34.538776394910684, Probabilities.logLoss(1.0, false), 1e-3);
        // Agreement of the two forms away from the clip (the probability form loses ~1e-13 relative precision
        // in 1 − σ(t), which is why the log-odds form exists).
        for (double t = -10; t <= 10; t += 0.25) {
            double p = Probabilities.sigmoid(t);
            assertEquals(Probabilities.logLoss(p, true), Probabilities.logLossFromLogOdds(t, true), 1e-11);
            assertEquals(Probabilities.logLoss(p, false), Probabilities.logLossFromLogOdds(t, false), 1e-11);
        }
    }

    @Test
    void probabilityValidationRejectsNanAndOutOfRange() {
        assertTrue(Probabilities.isProbability(0.0));
        assertTrue(Probabilities.isProbability(1.0));
        assertFalse(Probabilities.isProbability(Double.NaN));
        assertFalse(Probabilities.isProbability(1.3));
        assertFalse(Probabilities.isProbability(-0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Probabilities.requireProbability(1.3, "market price"));
        assertEquals("market price must be a probability in [0, 1], got 1.3", e.getMessage());
    }
}
