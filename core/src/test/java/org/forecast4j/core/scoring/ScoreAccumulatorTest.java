package org.forecast4j.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;

class ScoreAccumulatorTest {

    private static final ScoringOptions NO_BOOTSTRAP = ScoringOptions.DEFAULTS.withBootstrapReplicates(0);

    private static boolean[] outcomes(int... y) {
        boolean[] b = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            b[i] = y[i] == 1;
        }
        return b;
    }

    @Test
    void brierMatchesScikitLearnBrierScoreLoss() {
        // scikit-learn sklearn/metrics/tests/test_classification.py, test_brier_score_loss:
        // y_true = [0,1,1,0,1,1], y_pred = [0.1,0.8,0.9,0.3,1.0,0.95], true_score = ||y - p||² / 6
        // = 0.1525 / 6 = 0.025416666666666667 (numpy value 0.02541666666666666 in scoring_reference.py).
        ScoreReport r = ScoreReport.of(new double[] {0.1, 0.8, 0.9, 0.3, 1.0, 0.95}, outcomes(0, 1, 1, 0, 1, 1),
                NO_BOOTSTRAP);
        assertEquals(0.02541666666666666, r.brier(), 1e-16);
        // brier_score_loss([0], [0.5]) == 0.25 in the same test.
        assertEquals(0.25, ScoreReport.of(new double[] {0.5}, outcomes(0), NO_BOOTSTRAP).brier(), 0);
    }

    @Test
    void logLossMatchesScikitLearnLogLoss() {
        // scikit-learn test_log_loss, binary case: y_true = [no,no,no,yes,yes,yes],
        // P(yes) = [0.5, 0.9, 0.99, 0.1, 0.25, 0.999] -> log_loss = 1.8817971 (assert_almost_equal, 7 decimals).
        ScoreReport r = ScoreReport.of(new double[] {0.5, 0.9, 0.99, 0.1, 0.25, 0.999}, outcomes(0, 0, 0, 1, 1, 1),
                NO_BOOTSTRAP);
        assertEquals(1.8817971, r.logLoss(), 1.5e-7);
        assertEquals(1e-15, r.logLossClip());
    }

    @Test
    void murphyTermsOfASmallTableComputedByHand() {
        // Forecasts constant within bins, so BS = REL − RES + UNC exactly. By hand, with ō = 6/12 = 0.5:
        // bin 0: four 0.05 forecasts, 1 hit (ō=.25); bin 3: three 0.35, 1 hit; bin 7: four 0.75, 3 hits;
        // bin 9: one 0.95, 1 hit.
        // REL = [4(.05-.25)² + 3(.35-1/3)² + 4(.75-.75)² + 1(.95-1)²]/12 = 0.16333…/12 = 0.0136111…
        // RES = [4(.25-.5)² + 3(1/3-.5)² + 4(.75-.5)² + 1(1-.5)²]/12 = 0.83333…/12 = 0.0694444…
        // UNC = .25; BS = 0.1941666…; numpy values from scoring_reference.py ("small table").
        double[] p = {0.05, 0.05, 0.05, 0.05, 0.35, 0.35, 0.35, 0.75, 0.75, 0.75, 0.75, 0.95};
        boolean[] y = outcomes(0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1);
        ScoreReport r = ScoreReport.of(p, y, NO_BOOTSTRAP);
        assertEquals(12, r.n());
        assertEquals(0.5, r.baseRate(), 0);
        assertEquals(0.19416666666666663, r.brier(), 1e-15);
        assertEquals(0.013611111111111114, r.murphy().reliability(), 1e-15);
        assertEquals(0.069444444444444448, r.murphy().resolution(), 1e-15);
        assertEquals(0.25, r.murphy().uncertainty(), 0);
        assertEquals(r.brier(), r.murphy().reconstructedBrier(), 1e-15);
        assertEquals(0.074999999999999997, r.ece(), 1e-15);
        assertEquals(0.61346949885525104, r.logLoss(), 1e-14);
        // Here the bins are already monotone, so the isotonic recalibration is the binned rate and CORP = Murphy.
        assertEquals(0.013611111111111046, r.corp().miscalibration(), 1e-15);
        assertEquals(0.06944444444444442, r.corp().discrimination(), 1e-15);
        List<ReliabilityBin> bins = r.bins();
        assertEquals(4, bins.size());
        assertEquals(0.3, bins.get(1).lower(), 1e-15);
        assertEquals(0.4, bins.get(1).upper(), 1e-15);
        assertEquals(3, bins.get(1).count());
        assertEquals(0.35, bins.get(1).meanForecast(), 1e-15);
        assertEquals(1.0 / 3, bins.get(1).observedRate(), 1e-15);
    }

    @Test
    void forecastsThatVaryWithinBinsAgreeWithIndependentNumpyComputation() {
        // "varied" data set in scoring_reference.py: ties at 0.13 and 0.41 and a non-monotone observed rate.
        double[] p = {0.02, 0.08, 0.13, 0.13, 0.21, 0.27, 0.33, 0.38, 0.41, 0.41, 0.55, 0.58, 0.62, 0.69, 0.74,
            0.77, 0.81, 0.88, 0.93, 0.99};
        boolean[] y = outcomes(0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1);
        ScoreReport r = ScoreReport.of(p, y, NO_BOOTSTRAP);
        assertEquals(0.21712500000000001, r.brier(), 1e-15);
        assertEquals(0.089002500000000012, r.murphy().reliability(), 1e-15);
        assertEquals(0.12249999999999998, r.murphy().resolution(), 1e-15);
        assertEquals(0.2475, r.murphy().uncertainty(), 1e-15);
        assertEquals(0.24749999999999997, r.ece(), 1e-15);
        assertEquals(0.046291666666666675, r.corp().miscalibration(), 1e-15);
        assertEquals(0.076666666666666633, r.corp().discrimination(), 1e-15);
        assertEquals(0.24749999999999997, r.corp().uncertainty(), 1e-15);
        // Murphy's identity does not hold when forecasts vary within bins; CORP's does.
        assertNotEquals(r.brier(), r.murphy().reconstructedBrier(), 1e-3);
        assertEquals(r.brier(), r.corp().reconstructedBrier(), 1e-15);
    }

    @Test
    void jeffreysIntervalsMatchScipyBetaQuantiles() {
        // scipy.stats.beta.ppf(0.05 / 0.95, x + 1/2, n − x + 1/2), from scoring_reference.py.
        assertInterval(0.11732937668021019, 0.558126766484634, JeffreysInterval.of(3, 10, 0.9));
        assertInterval(0.0, 0.36248681276449385, JeffreysInterval.of(0, 4, 0.9));
        assertInterval(0.6375131872355061, 1.0, JeffreysInterval.of(4, 4, 0.9));
        assertInterval(0.0973081817399401, 0.9026918182600598, JeffreysInterval.of(1, 2, 0.9));
        assertInterval(0.2940283470654463, 0.45145883976270296, JeffreysInterval.of(37, 100, 0.9));
    }

    private static void assertInterval(double lower, double upper,
            org.forecast4j.core.model.ProbabilityInterval interval) {
        assertEquals(lower, interval.lower(), 1e-9);
        assertEquals(upper, interval.upper(), 1e-9);
    }

    @Test
    void binsUseHalfOpenEdgesAndPutOneInTheLastBin() {
        assertEquals(0, ScoreAccumulator.binOf(0.0, 10));
        assertEquals(3, ScoreAccumulator.binOf(0.3, 10));
        assertEquals(2, ScoreAccumulator.binOf(Math.nextDown(0.3), 10));
        assertEquals(7, ScoreAccumulator.binOf(0.7, 10));
        assertEquals(9, ScoreAccumulator.binOf(0.99999, 10));
        assertEquals(9, ScoreAccumulator.binOf(1.0, 10));
        assertEquals(0, ScoreAccumulator.binOf(1.0, 1));
        for (int bins = 1; bins <= 40; bins++) {
            for (int k = 0; k < bins; k++) {
                double edge = (double) k / bins;
                assertEquals(k, ScoreAccumulator.binOf(edge, bins), "edge " + k + "/" + bins);
                if (k > 0) {
                    assertEquals(k - 1, ScoreAccumulator.binOf(Math.nextDown(edge), bins));
                }
            }
        }
    }

    @Test
    void decompositionIdentitiesHoldOnRandomData() {
        SplitMix64 random = new SplitMix64(99);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(500);
            ScoreAccumulator acc = new ScoreAccumulator(NO_BOOTSTRAP.withBins(1 + random.nextInt(20)));
            ScoreAccumulator binned = new ScoreAccumulator(NO_BOOTSTRAP.withBins(10));
            for (int i = 0; i < n; i++) {
                double p = random.nextDouble();
                boolean y = random.nextDouble() < p * p;
                acc.add(p, y);
                // Forecasts at bin midpoints are constant within bins: Murphy's identity is then exact.
                binned.add((Math.floor(p * 10) + 0.5) / 10, y);
            }
            ScoreReport r = acc.snapshot();
            assertEquals(r.brier(), r.corp().reconstructedBrier(), 1e-12, "BS = MCB − DSC + UNC");
            assertTrue(r.corp().miscalibration() >= -1e-12 && r.corp().discrimination() >= -1e-12);
            assertTrue(r.brier() >= 0 && r.brier() <= 1 && r.ece() >= 0 && r.ece() <= 1);
            assertTrue(r.murphy().reliability() >= 0 && r.murphy().resolution() >= 0);
            ScoreReport b = binned.snapshot();
            assertEquals(b.brier(), b.murphy().reconstructedBrier(), 1e-12, "BS = REL − RES + UNC");
            long counted = 0;
            for (ReliabilityBin bin : r.bins()) {
                counted += bin.count();
                assertTrue(bin.observedLower() <= bin.observedRate() && bin.observedRate() <= bin.observedUpper());
                assertTrue(bin.meanForecast() >= bin.lower() && bin.meanForecast() <= bin.upper());
            }
            assertEquals(n, counted);
        }
    }

    @Test
    void integerWeightsEqualRepetition() {
        ScoreAccumulator weighted = new ScoreAccumulator(NO_BOOTSTRAP);
        ScoreAccumulator repeated = new ScoreAccumulator(NO_BOOTSTRAP);
        SplitMix64 random = new SplitMix64(5);
        for (int i = 0; i < 200; i++) {
            double p = random.nextDouble();
            boolean y = random.nextDouble() < p;
            int copies = 1 + random.nextInt(3);
            weighted.add(p, y, copies);
            for (int c = 0; c < copies; c++) {
                repeated.add(p, y);
            }
        }
        ScoreReport a = weighted.snapshot();
        ScoreReport b = repeated.snapshot();
        assertEquals(b.brier(), a.brier(), 1e-12);
        assertEquals(b.logLoss(), a.logLoss(), 1e-12);
        assertEquals(b.baseRate(), a.baseRate(), 1e-12);
        assertEquals(b.ece(), a.ece(), 1e-12);
        assertEquals(b.murphy().reliability(), a.murphy().reliability(), 1e-12);
        assertEquals(b.corp().miscalibration(), a.corp().miscalibration(), 1e-12);
        assertEquals(b.corp().discrimination(), a.corp().discrimination(), 1e-12);
        assertEquals(b.totalWeight(), a.totalWeight(), 1e-9);
    }

    @Test
    void bootstrapIsSeededDeterministicAndHasTheRightWidth() {
        SplitMix64 random = new SplitMix64(3);
        int n = 4000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            p[i] = random.nextDouble();
            y[i] = random.nextDouble() < p[i];
            double s = (p[i] - (y[i] ? 1 : 0)) * (p[i] - (y[i] ? 1 : 0));
            sum += s;
            sumSquares += s * s;
        }
        ScoringOptions options = ScoringOptions.DEFAULTS.withBootstrapReplicates(2000);
        BootstrapInterval first = ScoreReport.of(p, y, options).brierInterval();
        BootstrapInterval again = ScoreReport.of(p, y, options).brierInterval();
        assertEquals(first, again, "same seed, same interval");
        BootstrapInterval otherSeed = ScoreReport.of(p, y, options.withSeed(43)).brierInterval();
        assertNotEquals(first.lower(), otherSeed.lower());
        // The bootstrap distribution of a mean has sd = σ/√n (σ with divisor n), so a 90% percentile interval is
        // close to mean ± 1.6449 σ/√n (normal approximation; n = 4000). Allow 10% of the half-width.
        double mean = sum / n;
        double sigma = Math.sqrt(sumSquares / n - mean * mean);
        double halfWidth = 1.6448536269514722 * sigma / Math.sqrt(n);
        assertEquals(mean, first.estimate(), 1e-15);
        assertEquals(mean - halfWidth, first.lower(), 0.1 * halfWidth);
        assertEquals(mean + halfWidth, first.upper(), 0.1 * halfWidth);
        assertNull(ScoreReport.of(p, y, ScoringOptions.DEFAULTS.withBootstrapReplicates(0)).brierInterval());
    }

    @Test
    void snapshotsAreIndependentOfLaterAdds() {
        ScoreAccumulator acc = new ScoreAccumulator(NO_BOOTSTRAP);
        acc.add(0.9, true);
        ScoreReport before = acc.snapshot();
        for (int i = 0; i < 5000; i++) {
            acc.add(0.9, false);
        }
        assertEquals(1, before.n());
        assertEquals(0.01, before.brier(), 1e-15);
        assertEquals(5001, acc.count());
    }

    @Test
    void clearForgetsEverythingKeepsEarlierSnapshotsAndReusesTheArrays() {
        ScoringOptions options = ScoringOptions.DEFAULTS.withBootstrapReplicates(200);
        ScoreAccumulator reused = new ScoreAccumulator(options);
        SplitMix64 random = new SplitMix64(11);
        for (int i = 0; i < 3000; i++) {
            reused.add(random.nextDouble(), random.nextInt(2) == 0, 1 + random.nextInt(3));
        }
        ScoreReport before = reused.snapshot();
        String beforeJson = ForecastJson.toPrettyJson(before);
        reused.clear();
        assertEquals(0, reused.count());
        assertThrows(IllegalStateException.class, reused::snapshot, "a cleared accumulator is empty");

        // After clear, the same (unweighted) forecasts give exactly the report of a fresh accumulator: no weight
        // or forecast of the first round survives.
        ScoreAccumulator fresh = new ScoreAccumulator(options);
        for (int i = 0; i < 2000; i++) {
            double p = random.nextDouble();
            boolean y = random.nextDouble() < p;
            reused.add(p, y);
            fresh.add(p, y);
        }
        assertEquals(ForecastJson.toPrettyJson(fresh.snapshot()), ForecastJson.toPrettyJson(reused.snapshot()));
        assertEquals(beforeJson, ForecastJson.toPrettyJson(before), "an earlier snapshot is unaffected");

        // Refilling up to the earlier size allocates nothing: the arrays are kept.
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported());
        for (int round = 0; round < 3; round++) { // warm up the loop so the JIT does not allocate in it
            reused.clear();
            for (int i = 0; i < 3000; i++) {
                reused.add((i % 100) / 100.0, (i & 1) == 0);
            }
        }
        long id = Thread.currentThread().getId();
        long start = bean.getThreadAllocatedBytes(id);
        reused.clear();
        for (int i = 0; i < 3000; i++) {
            reused.add((i % 100) / 100.0, (i & 1) == 0);
        }
        long allocated = bean.getThreadAllocatedBytes(id) - start;
        assertEquals(3000, reused.count());
        assertTrue(allocated < 1024, "3000 adds after clear allocated " + allocated + " bytes");
    }

    @Test
    void rejectsInvalidForecastsAndEmptyReports() {
        ScoreAccumulator acc = new ScoreAccumulator();
        assertThrows(IllegalArgumentException.class, () -> acc.add(1.3, true));
        assertThrows(IllegalArgumentException.class, () -> acc.add(Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> acc.add(-0.01, false));
        assertThrows(IllegalArgumentException.class, () -> acc.add(0.5, false, 0));
        assertThrows(IllegalArgumentException.class, () -> acc.add(0.5, false, Double.NaN));
        assertThrows(IllegalStateException.class, acc::snapshot);
        assertThrows(IllegalArgumentException.class, () -> new ScoringOptions(0, 10, 0.9, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScoringOptions(10, 10, 1.0, 1));
    }

    @Test
    void pairedComparisonAgreesWithDirectComputation() {
        double[] a = {0.9, 0.2, 0.7, 0.4, 0.6};
        double[] b = {0.6, 0.5, 0.5, 0.5, 0.5};
        boolean[] y = outcomes(1, 0, 1, 0, 1);
        // By hand: A's squared errors .01 .04 .09 .16 .16 (mean .092); B's .16 .25 .25 .25 .25 (mean .232).
        PairedComparison c = PairedComparison.brier(a, b, y, ScoringOptions.DEFAULTS);
        assertEquals(0.092, c.brierA(), 1e-15);
        assertEquals(0.232, c.brierB(), 1e-15);
        assertEquals(-0.14, c.meanDifference(), 1e-15);
        // d = [-.15, -.21, -.16, -.09, -.09]; squared deviations from -.14 sum to .0104; se = √(.0104/4)/√5
        assertEquals(Math.sqrt(0.0104 / 4 / 5), c.standardError(), 1e-15);
        assertTrue(c.interval().lower() <= c.meanDifference() && c.meanDifference() <= c.interval().upper());
        assertTrue(c.interval().upper() < 0, "A is better on every question, so every resample favours A");
        assertArrayEquals(new double[] {c.interval().lower(), c.interval().upper()},
                new double[] {PairedComparison.brier(a, b, y, ScoringOptions.DEFAULTS).interval().lower(),
                    PairedComparison.brier(a, b, y, ScoringOptions.DEFAULTS).interval().upper()}, 0);
    }
}
