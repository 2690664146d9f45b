package org.forecast4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

class PortableExpTest {

    /** Distance in ulps between two finite doubles of the same sign. */
    private static long ulps(double a, double b) {
        return Math.abs(Double.doubleToRawLongBits(a) - Double.doubleToRawLongBits(b));
    }

    @Test
    void withinOneUlpOfTheCorrectlyRoundedValue() {
        // Expected values: exp(x) correctly rounded to a double, computed with Python's decimal module at 60
        // digits by core/src/test/python/exp_reference.py (the x are the doubles nearest the literals).
        double[][] cases = {
            {-745.1332191019411, 5e-324},
            {-708.3964185322641, 2.2250738585072626e-308},
            {-511.9, 4.83787578828795e-223},
            {-100.5, 2.256340135917036e-44},
            {-20, 2.061153622438558e-09},
            {-1, 0.36787944117144233},
            {-0.6931471805599453, 0.5},
            {-1e-10, 0.9999999999},
            {1e-300, 1.0},
            {5.551115123125783e-17, 1.0},
            {0.0027, 1.0027036482827156},
            {0.5, 1.6487212707001282},
            {1, 2.718281828459045},
            {2.302585092994046, 10.000000000000002},
            {10, 22026.465794806718},
            {88.72283905206835, 3.4028234663852844e+38},
            {300.25, 2.4941248615349213e+130},
            {511.99, 2.2616832915680472e+222},
            {709.782712893384, 1.7976931348622732e+308},
        };
        for (double[] c : cases) {
            double got = PortableExp.exp(c[0]);
            assertTrue(ulps(got, c[1]) <= 1, "exp(" + c[0] + ") = " + got + ", correctly rounded " + c[1]);
        }
    }

    @Test
    void tableHoldsTheHundredTwentyEighthRootsOfTwo() {
        // Closed form: H_j (1 + t_j) = 2^(j/128), so (H_j (1 + t_j))^128 = 2^j. Checked in exact decimal arithmetic
        // (the doubles' exact values, 60-digit squarings), independently of the script that printed the table: the
        // relative error of the 128th power is below 2^-93 (about 128 × 2^-100 from the tail's rounding), and
        // H_j is the double nearest 2^(j/128), so |t_j| <= 2^-53.
        MathContext mc = new MathContext(60);
        BigDecimal tolerance = new BigDecimal("1e-28");
        for (int j = 0; j < 128; j++) {
            double tail = Double.longBitsToDouble(PortableExp.TABLE[2 * j]);
            double h = Double.longBitsToDouble(PortableExp.TABLE[2 * j + 1] + ((long) j << 45));
            assertTrue(Math.abs(tail) <= 0x1p-53, "tail " + j + " = " + tail);
            BigDecimal y = new BigDecimal(h).multiply(BigDecimal.ONE.add(new BigDecimal(tail)));
            for (int s = 0; s < 7; s++) {
                y = y.multiply(y, mc);
            }
            BigDecimal relative = y.divide(BigDecimal.valueOf(2).pow(j), mc).subtract(BigDecimal.ONE).abs();
            assertTrue(relative.compareTo(tolerance) < 0, "entry " + j + ": (H(1+t))^128 / 2^j - 1 = " + relative);
        }
    }

    @Test
    void withinOneUlpOfStrictMathEverywhere() {
        // Reference: StrictMath.exp (fdlibm, within one ulp of exact). Both are within an ulp of the exact value,
        // so they may differ by at most two; over these million seeded arguments they never differ by more than
        // one.
        SplitMix64 random = new SplitMix64(2026);
        int differ = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double x = i % 2 == 0 ? (random.nextDouble() - 0.5) * 10 : -745.2 + random.nextDouble() * 1455;
            double got = PortableExp.exp(x);
            double reference = StrictMath.exp(x);
            assertTrue(ulps(got, reference) <= 1, "exp(" + x + ") = " + got + ", StrictMath " + reference);
            differ += got == reference ? 0 : 1;
        }
        // They are different algorithms: a test that compared StrictMath with itself would see no difference.
        assertTrue(differ > 1000, "differences from StrictMath: " + differ);
    }

    @Test
    void specialValuesAndRangeEnds() {
        assertTrue(Double.isNaN(PortableExp.exp(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, PortableExp.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, PortableExp.exp(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, PortableExp.exp(0.0));
        assertEquals(1.0, PortableExp.exp(-0.0));
        assertEquals(1.0, PortableExp.exp(Double.MIN_VALUE));
        assertEquals(1.0, PortableExp.exp(-Double.MIN_VALUE));
        // Either side of 2^-54, where the tiny-argument path ends: e^x rounds to 1 below, and to 1 + 2^-52 at
        // 2^-53 + 2^-105 and above (exp(x) > 1 + 2^-53 there).
        assertEquals(1.0, PortableExp.exp(Math.nextDown(0x1p-54)));
        assertEquals(1.0, PortableExp.exp(0x1p-54));
        assertEquals(1.0 + 0x1p-52, PortableExp.exp(0x1p-53 + 0x1p-105));
        assertEquals(1.0, PortableExp.exp(-0x1p-54));
        // Overflow and underflow thresholds (closed form, 40-digit decimal: ln(MAX_VALUE) = 709.78271289338399673...,
        // between the doubles 709.782712893384 and its successor; e^x rounds to MIN_VALUE down to ln(MIN_VALUE/2) =
        // -745.13321910194120762..., between the doubles -745.1332191019411 and -745.1332191019412).
        assertTrue(PortableExp.exp(709.782712893384) < Double.POSITIVE_INFINITY);
        assertEquals(Double.POSITIVE_INFINITY, PortableExp.exp(709.7827128933841));
        assertEquals(Double.MIN_VALUE, PortableExp.exp(-745.1332191019411));
        assertEquals(0.0, PortableExp.exp(-745.1332191019412));
        assertEquals(0.0, PortableExp.exp(-1e308));
        assertEquals(Double.POSITIVE_INFINITY, PortableExp.exp(1e308));
        // Either side of 512, where the table path hands over to StrictMath.
        for (double x : new double[] {Math.nextDown(512.0), 512.0, -Math.nextDown(512.0), -512.0}) {
            assertTrue(ulps(PortableExp.exp(x), StrictMath.exp(x)) <= 1, "x = " + x);
        }
    }

    @Test
    void monotoneAcrossTableBoundaries() {
        // Invariant: e^x is increasing, so the result may never step down between consecutive doubles, in
        // particular where the reduction moves from one table entry to the next (x = (j + 1/2) ln2/128).
        double step = Math.log(2) / 128;
        for (int j = -700; j <= 700; j += 7) {
            double x = (j + 0.5) * step;
            for (int i = 0; i < 200; i++) {
                x = Math.nextDown(x);
            }
            double previous = PortableExp.exp(x);
            for (int i = 0; i < 400; i++) {
                x = Math.nextUp(x);
                double current = PortableExp.exp(x);
                assertTrue(current >= previous, "exp steps down at " + x);
                previous = current;
            }
        }
    }

    @Test
    void productOfReciprocalsIsOne() {
        // Closed form: e^x · e^-x = 1; each factor within an ulp, so the product within about three ulps of 1.
        SplitMix64 random = new SplitMix64(11);
        for (int i = 0; i < 100_000; i++) {
            double x = (random.nextDouble() - 0.5) * 1000;
            assertEquals(1.0, PortableExp.exp(x) * PortableExp.exp(-x), 4 * Math.ulp(1.0), "x = " + x);
        }
    }
}
