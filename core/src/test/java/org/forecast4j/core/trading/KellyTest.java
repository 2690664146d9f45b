package org.forecast4j.core.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

class KellyTest {

    private final KellySizing out = new KellySizing();

    /** Maximises a unimodal function on [a, b] by golden-section search. */
    private static double argmax(DoubleUnaryOperator g, double a, double b) {
        double r = (Math.sqrt(5) - 1) / 2;
        double x1 = b - r * (b - a);
        double x2 = a + r * (b - a);
        double g1 = g.applyAsDouble(x1);
        double g2 = g.applyAsDouble(x2);
        while (b - a > 1e-12) {
            if (g1 < g2) {
                a = x1;
                x1 = x2;
                g1 = g2;
                x2 = a + r * (b - a);
                g2 = g.applyAsDouble(x2);
            } else {
                b = x2;
                x2 = x1;
                g2 = g1;
                x1 = b - r * (b - a);
                g1 = g.applyAsDouble(x1);
            }
        }
        return (a + b) / 2;
    }

    @Test
    void fullKellyMatchesScipysNumericMaximumOfExpectedLogWealth() {
        // core/src/test/python/kelly_reference.py, "numeric optimum of G": scipy bounded Brent search.
        check(0.60, 0.50, 0.00, Side.YES, 0.5, 0.19999999735349594, 0.020135513550688863);
        check(0.60, 0.50, 0.02, Side.YES, 0.52, 0.16666666665734614, 0.012931883466822156);
        check(0.30, 0.45, 0.01, Side.NO, 0.56, 0.31818182762194014, 0.041302810243115023);
        check(0.90, 0.70, 0.005, Side.YES, 0.705, 0.66101694887901508, 0.11159674742566508);
        check(0.12, 0.05, 0.00, Side.YES, 0.05, 0.073684210532955791, 0.037700980614813737);
    }

    private void check(double p, double price, double fee, Side side, double cost, double scipyF, double scipyG) {
        Kelly.size(p, price, new KellyOptions(fee, 1), 1000, out);
        assertEquals(side, out.side());
        assertEquals(cost, out.cost(), 1e-15);
        double q = side == Side.YES ? p : 1 - p;
        assertEquals((q - cost) / (1 - cost), out.fraction(), 1e-15, "closed form");
        assertEquals(scipyF, out.fraction(), 2e-8, "scipy's optimum (xatol 1e-13, Brent stops near 1e-8)");
        assertEquals(scipyG, out.expectedLogGrowth(), 1e-13, "G at the optimum");
        double golden = argmax(f -> Kelly.expectedLogGrowth(q, cost, f), 0, 1 - 1e-12);
        assertEquals(out.fraction(), golden, 1e-7, "Java golden-section maximum");
        assertEquals(out.fraction() * 1000, out.stake(), 1e-12);
        assertEquals(out.stake() / cost, out.contracts(), 1e-12);
        assertEquals(q - cost, out.edge(), 1e-15);
    }

    @Test
    void growthAtAGivenFractionMatchesScipy() {
        // kelly_reference.py, "G at a given fraction".
        assertEquals(0.015041901619464386, Kelly.expectedLogGrowth(0.6, 0.5, 0.1), 1e-16);
        assertEquals(0.0096602324963812117, Kelly.expectedLogGrowth(0.6, 0.52, 0.0833333333333333), 1e-16);
        assertEquals(0.043966974008168166, Kelly.expectedLogGrowth(0.7, 0.55, 0.25), 1e-16);
        assertEquals(-Math.log(0.4), Kelly.expectedLogGrowth(1.0, 0.4, 1.0), 1e-15, "a sure win at full stake");
        assertEquals(Double.NEGATIVE_INFINITY, Kelly.expectedLogGrowth(0.9, 0.4, 1.0));
    }

    @Test
    void fractionalKellyScalesTheStakeAndKeepsGrowthPositive() {
        Kelly.size(0.6, 0.5, new KellyOptions(0, 0.5), 200, out);
        assertEquals(Side.YES, out.side());
        assertEquals(0.2, out.kellyFraction(), 1e-15);
        assertEquals(0.1, out.fraction(), 1e-15);
        assertEquals(20, out.stake(), 1e-12);
        assertEquals(40, out.contracts(), 1e-12);
        // kelly_reference.py: G(0.6, 0.5, 0.1) = 0.015041901619464386, three quarters of the full-Kelly growth.
        assertEquals(0.015041901619464386, out.expectedLogGrowth(), 1e-16);
        assertEquals(0.1, Kelly.signedFraction(0.6, 0.5, new KellyOptions(0, 0.5)), 1e-15);
        assertEquals(-0.5 * (0.7 - 0.56) / 0.44, Kelly.signedFraction(0.3, 0.45, new KellyOptions(0.01, 0.5)), 1e-15);
    }

    @Test
    void noEdgeOnEitherSideIsNone() {
        Kelly.size(0.51, 0.50, new KellyOptions(0.02, 1), 100, out);
        assertEquals(Side.NONE, out.side());
        assertEquals(0, out.fraction());
        assertEquals(0, out.stake());
        assertEquals(0, out.contracts());
        assertEquals(0, out.expectedLogGrowth());
        assertEquals(-0.01, out.edge(), 1e-15, "the better side's edge: 0.51 - 0.52");
        Kelly.size(0.5, 0.5, KellyOptions.defaults(), 100, out);
        assertEquals(Side.NONE, out.side(), "a zero edge is not a trade");
        assertEquals(0, Kelly.signedFraction(0.5, 0.5, KellyOptions.defaults()));
    }

    @Test
    void invariantsOnRandomInputs() {
        SplitMix64 random = new SplitMix64(7);
        for (int i = 0; i < 20_000; i++) {
            double p = random.nextDouble();
            double price = 0.01 + 0.98 * random.nextDouble();
            double fee = 0.03 * random.nextDouble();
            double k = 0.05 + 0.95 * random.nextDouble();
            Kelly.size(p, price, new KellyOptions(fee, k), 1, out);
            double f = out.fraction();
            assertTrue(f >= 0 && f <= 1, "fraction in [0, 1]");
            if (out.side() == Side.NONE) {
                assertTrue(p <= price + fee && 1 - p <= 1 - price + fee);
                continue;
            }
            assertTrue(out.edge() > 0);
            assertTrue(out.expectedLogGrowth() > 0, "a positive edge at <= full Kelly grows wealth");
            // Full Kelly beats its neighbours.
            double q = out.winProbability();
            double c = out.cost();
            double full = out.kellyFraction();
            double best = Kelly.expectedLogGrowth(q, c, full);
            assertTrue(best >= Kelly.expectedLogGrowth(q, c, full * 0.99) - 1e-15);
            assertTrue(best >= Kelly.expectedLogGrowth(q, c, Math.min(1, full * 1.01)) - 1e-15);
        }
    }

    @Test
    void uncertaintyShrinksTowardsTheScipyOptimum() {
        // kelly_reference.py, "Uncertain p": k_quad is the rule; k_num the exact optimum by quadrature.
        double[][] cases = {{0.60, 0.50, 0.02, 0.95869193204752767}, {0.60, 0.50, 0.05, 0.79546071730419021},
            {0.70, 0.55, 0.03, 0.95182149564408569}};
        for (double[] c : cases) {
            Kelly.sizeWithUncertainty(c[0], c[2], c[1], KellyOptions.defaults(), 1, out);
            double fstar = (c[0] - c[1]) / (1 - c[1]);
            double expected = fstar * fstar / (fstar * fstar + Math.pow(c[2] / (1 - c[1]), 2));
            assertEquals(expected, out.shrinkage(), 1e-15);
            assertEquals(expected * fstar, out.fraction(), 1e-15);
            assertEquals(c[3], out.shrinkage(), 0.011, "the quadratic rule is within 0.011 of the exact optimum");
        }
        Kelly.sizeWithUncertainty(0.6, 0, 0.5, KellyOptions.defaults(), 1, out);
        assertEquals(1, out.shrinkage());
        double previous = 1;
        for (double sd = 0.01; sd < 0.3; sd += 0.01) {
            Kelly.sizeWithUncertainty(0.6, sd, 0.5, KellyOptions.defaults(), 1, out);
            assertTrue(out.shrinkage() < previous, "more uncertainty, smaller stake");
            previous = out.shrinkage();
        }
    }

    @Test
    void intervalSizingTradesOnlyWhenTheWholeIntervalClearsTheCost() {
        Kelly.sizeWithInterval(0.62, 0.55, 0.70, 0.50, KellyOptions.defaults(), 1, out);
        assertEquals(Side.YES, out.side());
        assertEquals(0.55, out.winProbability(), 0);
        assertEquals(0.1, out.fraction(), 1e-15, "(0.55 - 0.5)/0.5");
        Kelly.sizeWithInterval(0.62, 0.45, 0.70, 0.50, KellyOptions.defaults(), 1, out);
        assertEquals(Side.NONE, out.side(), "the interval straddles the price");
        Kelly.sizeWithInterval(0.30, 0.20, 0.40, 0.50, KellyOptions.defaults(), 1, out);
        assertEquals(Side.NO, out.side());
        assertEquals(0.6, out.winProbability(), 1e-15, "1 - upper");
    }

    @Test
    void badArgumentsAreRefused() {
        KellyOptions o = KellyOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> Kelly.size(1.3, 0.5, o, 1, out));
        assertThrows(IllegalArgumentException.class, () -> Kelly.size(Double.NaN, 0.5, o, 1, out));
        assertThrows(IllegalArgumentException.class, () -> Kelly.size(0.5, 0, o, 1, out));
        assertThrows(IllegalArgumentException.class, () -> Kelly.size(0.5, 1, o, 1, out));
        assertThrows(IllegalArgumentException.class, () -> Kelly.size(0.5, 0.4, o, -1, out));
        assertThrows(IllegalArgumentException.class, () -> new KellyOptions(-0.01, 1));
        assertThrows(IllegalArgumentException.class, () -> new KellyOptions(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new KellyOptions(0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Kelly.sizeWithUncertainty(0.5, -1, 0.4, o, 1, out));
        assertThrows(IllegalArgumentException.class, () -> Kelly.sizeWithInterval(0.5, 0.6, 0.7, 0.4, o, 1, out));
    }

    @Test
    void primitiveSizingDoesNotAllocate() {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported());
        KellyOptions options = new KellyOptions(0.01, 0.5);
        double sink = 0;
        for (int i = 0; i < 50_000; i++) {
            Kelly.sizeWithUncertainty(0.3 + (i % 50) * 0.01, 0.02, 0.5, options, 100, out);
            sink += out.stake() + Kelly.signedFraction(0.3 + (i % 50) * 0.01, 0.5, options);
        }
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            Kelly.sizeWithUncertainty(0.3 + (i % 50) * 0.01, 0.02, 0.5, options, 100, out);
            sink += out.stake() + Kelly.signedFraction(0.3 + (i % 50) * 0.01, 0.5, options);
        }
        long after = bean.getThreadAllocatedBytes(id);
        assertTrue(sink > 0);
        assertTrue(after - before < 2_000, "100,000 sizings allocated " + (after - before) + " bytes");
    }

    @Test
    void namedFactoriesAndTheBuilderSayWhichNumberIsWhich() {
        KellyOptions half = new KellyOptions(0.01, 0.5);
        assertEquals(half, KellyOptions.fraction(0.5).withFee(0.01));
        assertEquals(half, KellyOptions.builder().fee(0.01).fraction(0.5).build());
        assertEquals(half, KellyOptions.fullKelly().withFee(0.01).withFraction(0.5));
        assertEquals(new KellyOptions(0, 1), KellyOptions.builder().build());
        assertEquals(KellyOptions.defaults(), KellyOptions.fullKelly());
        assertThrows(IllegalArgumentException.class, () -> KellyOptions.builder().fraction(2).build());
    }

    @Test
    void betRecordIsAReadableTable() {
        KellyBet bet = KellyBet.of(0.6, 0.5, KellyOptions.fraction(0.5).withFee(0.01), 1000);
        assertEquals(Side.YES, bet.side());
        String text = bet.toString();
        assertTrue(text.contains("side") && text.contains("YES") && text.contains("stake"), text);
        assertTrue(text.contains("expected log growth"), text);
    }
}
