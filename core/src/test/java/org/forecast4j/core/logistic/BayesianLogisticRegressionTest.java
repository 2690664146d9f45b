package org.forecast4j.core.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BayesianLogisticRegressionTest {

    private static final BayesianLogisticRegression.Options PRIOR_15 =
            BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(1.5);

    private static BayesianLogisticModel synthetic(BayesianLogisticRegression.Options options) {
        TestData.Synthetic data = TestData.Synthetic.of(7, 300);
        return BayesianLogisticRegression.fit(data.x(), data.y(), TestData.Synthetic.SCHEMA, options);
    }

    private static BayesianLogisticModel online(TestData.Synthetic data, BayesianLogisticRegression.Options options) {
        BayesianLogisticModel model = new BayesianLogisticRegression(options).prior(TestData.Synthetic.SCHEMA);
        for (int i = 0; i < data.x().length; i++) {
            model = model.update(data.x()[i], data.y()[i]);
        }
        return model;
    }

    @Test
    void laplacePosteriorMatchesTheNumpyComputation() {
        // logistic_reference.py, "synthetic bayes priorSd=1.5" (intercept prior sd 10).
        BayesianLogisticModel model = synthetic(PRIOR_15);
        assertTrue(model.converged());
        assertArrayEquals(new double[] {-0.76709417407162883, 0.96137246051355563, -0.32191908972680838,
            1.0068306114872898}, model.posteriorMean(), 1e-10);
        double[][] expected = {
            {0.070103295984484282, -0.010267427059299162, -0.013560805591013948, -0.031258568189904912},
            {-0.010267427059299155, 0.027827885645313286, -0.0018947348657525859, 0.012358791638148505},
            {-0.01356080559101395, -0.0018947348657525839, 0.0063378797526287079, -0.0034555408065354782},
            {-0.031258568189904884, 0.012358791638148509, -0.003455540806535489, 0.096238154030412429}};
        double[][] covariance = model.posteriorCovariance();
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected[i], covariance[i], 1e-12, "covariance row " + i);
        }
        assertEquals(Math.sqrt(expected[0][0]), model.interceptSd(), 1e-12);
        assertEquals(Math.sqrt(expected[2][2]), model.coefficientSd(1), 1e-12);
        assertEquals(-152.21597803777289, model.logEvidence(), 1e-9);
        assertEquals(-140.78597937188914, model.logLikelihood(), 1e-9);

        // logistic_reference.py, "donner bayes priorSd=2" (the Donner Party adults, TestData.DONNER).
        BayesianLogisticModel donner = BayesianLogisticRegression.fit(TestData.features(TestData.DONNER),
                TestData.outcomes(TestData.DONNER), TestData.DONNER_SCHEMA,
                BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(2));
        assertArrayEquals(new double[] {2.970176341870864, -0.07430172952809469, -1.3879117623402788},
                donner.posteriorMean(), 1e-9);
        assertArrayEquals(new double[] {1.2841250238758772, 0.03556564290894685, 0.68567809286231829},
                new double[] {donner.interceptSd(), donner.coefficientSd(0), donner.coefficientSd(1)}, 1e-9);
        assertEquals(-34.484178821717762, donner.logEvidence(), 1e-9);
        assertEquals(-25.667871615536114, donner.logLikelihood(), 1e-9);
        // The prior pulls toward zero: every coefficient is smaller in size than the maximum-likelihood one
        // (3.2304, -0.0782, -1.5973; R's glm) and the log-likelihood is below the maximum, -25.6281.
        assertTrue(donner.intercept() < 3.2304 && donner.coefficient(0) > -0.0782 && donner.coefficient(1) > -1.5973);
        assertTrue(donner.logLikelihood() < -25.6281);
    }

    @Test
    void laplaceEvidenceIsCloseToTheExactIntegral() {
        // logistic_reference.py, "evidence ... 30 rows": Laplace (same formula as ours) and the exact log
        // marginal likelihood by scipy quadrature. The Laplace error is about 0.011 and 0.051 nats here.
        TestData.Synthetic data = TestData.Synthetic.of(7, 300).head(30);
        double[][] none = new double[30][0];
        BayesianLogisticModel interceptOnly = BayesianLogisticRegression.fit(none, data.y(), FeatureSchema.of());
        assertEquals(-20.591043590705191, interceptOnly.logEvidence(), 1e-9);
        assertEquals(-20.579687723859699, interceptOnly.logEvidence(), 0.02);
        double[][] x0 = new double[30][1];
        for (int i = 0; i < 30; i++) {
            x0[i][0] = data.x()[i][0];
        }
        BayesianLogisticModel one = BayesianLogisticRegression.fit(x0, data.y(), FeatureSchema.of("x0"), PRIOR_15);
        assertEquals(-17.834824992905627, one.logEvidence(), 1e-9);
        assertEquals(-17.783503468898051, one.logEvidence(), 0.06);
    }

    @Test
    void predictiveFollowsTheProbitApproximation() {
        BayesianLogisticModel model = synthetic(PRIOR_15);
        double[] x = {0.5, 4.0, 1.0};
        // logistic_reference.py, "synthetic bayes predictive at (0.5, 4, 1)".
        double[] moments = new double[2];
        model.logOddsMoments(x, moments);
        assertEquals(-0.56725369123479474, moments[0], 1e-12);
        assertEquals(0.070569015023918116, moments[1], 1e-12);
        assertEquals(0.36365080183040976, model.probability(x), 1e-12);
        ProbabilityInterval interval = model.interval(x);
        assertEquals(0.26811522705266777, interval.lower(), 1e-12);
        assertEquals(0.46747072784998178, interval.upper(), 1e-12);
        assertEquals(0.9, interval.level());
        // The approximation against the exact E[σ(z)], z ~ N(μ, s²), by quadrature: 0.36405417975700333.
        assertEquals(0.36405417975700333, model.probability(x), 1e-3);

        // The formula, from the accessors, for random inputs; and the log-odds are the contributions' sum.
        double[][] covariance = model.posteriorCovariance();
        double[] mean = model.posteriorMean();
        org.forecast4j.core.random.SplitMix64 random = new org.forecast4j.core.random.SplitMix64(9);
        for (int t = 0; t < 50; t++) {
            double[] xt = {1, 3 * random.nextGaussian(), 10 * random.nextGaussian(), random.nextDouble() < 0.5 ? 0 : 1};
            double mu = 0;
            double s2 = 0;
            for (int i = 0; i < 4; i++) {
                mu += mean[i] * xt[i];
                for (int j = 0; j < 4; j++) {
                    s2 += xt[i] * covariance[i][j] * xt[j];
                }
            }
            double[] features = {xt[1], xt[2], xt[3]};
            assertEquals(mu, model.logOdds(features), 1e-12 * (1 + Math.abs(mu)));
            double contributions = model.intercept();
            for (int j = 0; j < 3; j++) {
                contributions += model.coefficient(j) * features[j];
            }
            assertEquals(contributions, model.logOdds(features), 1e-12 * (1 + Math.abs(mu)));
            assertEquals(s2, model.logOddsVariance(features), 1e-12 * (1 + s2));
            double p = model.probability(features);
            assertEquals(Probabilities.sigmoid(mu / Math.sqrt(1 + Math.PI * s2 / 8)), p, 1e-12);
            ProbabilityInterval ci = model.interval(features);
            double s = Math.sqrt(s2);
            assertEquals(Probabilities.sigmoid(mu - 1.6448536269514722 * s), ci.lower(), 1e-12);
            assertEquals(Probabilities.sigmoid(mu + 1.6448536269514722 * s), ci.upper(), 1e-12);
            // Invariants: σ(μ) inside the interval; moderation pulls toward 1/2; a wider level is wider.
            assertTrue(ci.lower() <= Probabilities.sigmoid(mu) && Probabilities.sigmoid(mu) <= ci.upper());
            assertTrue(Math.abs(p - 0.5) <= Math.abs(Probabilities.sigmoid(mu) - 0.5) + 1e-15);
            ProbabilityInterval wide = model.interval(features, 0.99);
            assertTrue(wide.lower() <= ci.lower() && wide.upper() >= ci.upper());
        }
        // Φ⁻¹(0.975) = 1.959963984540054 (scipy.stats.norm.ppf(0.975)) through the general level.
        ProbabilityInterval ci95 = model.interval(x, 0.95);
        double s = Math.sqrt(0.070569015023918116);
        assertEquals(Probabilities.sigmoid(-0.56725369123479474 - 1.959963984540054 * s), ci95.lower(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> model.interval(x, 1.0));
    }

    @Test
    void predictiveAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        int k = 64;
        double[][] x = new double[200][k];
        boolean[] y = new boolean[200];
        org.forecast4j.core.random.SplitMix64 random = new org.forecast4j.core.random.SplitMix64(4);
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = random.nextDouble() < 0.4;
        }
        String[] names = new String[k];
        for (int j = 0; j < k; j++) {
            names[j] = "f" + j;
        }
        BayesianLogisticModel model = BayesianLogisticRegression.fit(x, y, FeatureSchema.of(names));
        double[] out = new double[2];
        double sink = 0;
        for (int warm = 0; warm < 20_000; warm++) {
            model.logOddsMoments(x[warm % 200], out);
            sink += out[1] + model.probability(x[warm % 200]);
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            model.logOddsMoments(x[i % 200], out);
            sink += out[0] + out[1] + model.probability(x[i % 200]);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(Double.isFinite(sink));
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes in 100000 predictive calls");
    }

    @Test
    void onlineUpdatesMatchTheIndependentOnlineComputation() {
        // logistic_reference.py, "online priorSd=1.5" (from the prior, the 300 rows in order).
        TestData.Synthetic data = TestData.Synthetic.of(7, 300);
        BayesianLogisticModel model = online(data, PRIOR_15);
        assertArrayEquals(new double[] {-0.78643858669304967, 0.89774539491944028, -0.29020281266098147,
            0.96689442926195934}, model.posteriorMean(), 1e-9);
        double[][] covariance = model.posteriorCovariance();
        assertArrayEquals(new double[] {0.072406345697264285, 0.025240589702414877, 0.0055128344240351363,
            0.091237532982773192}, new double[] {covariance[0][0], covariance[1][1], covariance[2][2],
                covariance[3][3]}, 1e-11);
        assertEquals(-0.013681600101916979, covariance[0][2], 1e-11);
        assertEquals(-152.15448016881911, model.logEvidence(), 1e-8);
        assertEquals(300, model.onlineUpdates());
        assertEquals(300, model.provenance().trainingRows());

        // "online priorSd=1.5 forgetting=0.02"
        BayesianLogisticModel forgetful = online(data, PRIOR_15.withForgetting(0.02));
        assertArrayEquals(new double[] {-0.94048533861533101, 0.90265615656863685, -0.25785836859223438,
            0.92142250920222446}, forgetful.posteriorMean(), 1e-9);
        double[][] forgetfulCovariance = forgetful.posteriorCovariance();
        assertArrayEquals(new double[] {0.42208068922890923, 0.14889901301790059, 0.039624471081335613,
            0.51874796303732118}, new double[] {forgetfulCovariance[0][0], forgetfulCovariance[1][1],
                forgetfulCovariance[2][2], forgetfulCovariance[3][3]}, 1e-10);
        assertEquals(-153.9912386752118, forgetful.logEvidence(), 1e-8);
    }

    @Test
    void oneUpdateFromThePriorIsTheBatchLaplacePosteriorOfThatRow() {
        FeatureSchema schema = FeatureSchema.of("a", "b");
        BayesianLogisticRegression trainer = new BayesianLogisticRegression(PRIOR_15);
        double[][] rows = {{0.7, -2.0}, {3.0, 1.0}, {-1.0, 0.0}};
        for (double[] row : rows) {
            for (boolean y : new boolean[] {true, false}) {
                BayesianLogisticModel updated = trainer.prior(schema).update(row, y);
                BayesianLogisticModel batch = trainer.train(new double[][] {row}, new boolean[] {y}, schema);
                assertArrayEquals(batch.posteriorMean(), updated.posteriorMean(), 1e-10);
                double[][] a = batch.posteriorCovariance();
                double[][] b = updated.posteriorCovariance();
                for (int i = 0; i < 3; i++) {
                    assertArrayEquals(a[i], b[i], 1e-10);
                }
                assertEquals(batch.logEvidence(), updated.logEvidence(), 1e-10);
            }
        }
    }

    @Test
    void manyUpdatesApproachTheBatchPosterior() {
        // logistic_reference.py, "online vs batch": max |mean diff| / batch sd = 1.43, 0.345, 0.0662 and
        // max |sd ratio − 1| = 0.166, 0.0538, 0.0130 at n = 100, 1000, 10000 (seed 11). The gap in standard
        // deviations shrinks faster than 1/√n; we require it below 15/√n and 2/√n.
        TestData.Synthetic all = TestData.Synthetic.of(11, 10_000);
        double[] expectedMeanGap = {1.4317948721826415, 0.34546185511076938, 0.066191160169401145};
        int[] sizes = {100, 1000, 10_000};
        for (int s = 0; s < sizes.length; s++) {
            int n = sizes[s];
            TestData.Synthetic data = all.head(n);
            BayesianLogisticModel online = online(data, PRIOR_15);
            BayesianLogisticModel batch = BayesianLogisticRegression.fit(data.x(), data.y(),
                    TestData.Synthetic.SCHEMA, PRIOR_15);
            double meanGap = 0;
            double sdGap = 0;
            double[][] onlineCovariance = online.posteriorCovariance();
            double[][] batchCovariance = batch.posteriorCovariance();
            for (int i = 0; i < 4; i++) {
                double sd = Math.sqrt(batchCovariance[i][i]);
                meanGap = Math.max(meanGap, Math.abs(online.posteriorMean()[i] - batch.posteriorMean()[i]) / sd);
                sdGap = Math.max(sdGap, Math.abs(Math.sqrt(onlineCovariance[i][i]) / sd - 1));
            }
            assertEquals(expectedMeanGap[s], meanGap, 1e-6, "n=" + n);
            assertTrue(meanGap < 15 / Math.sqrt(n), "n=" + n + " mean gap " + meanGap);
            assertTrue(sdGap < 2 / Math.sqrt(n), "n=" + n + " sd gap " + sdGap);
        }
    }

    @Test
    void forgettingFollowsDrift() {
        // logistic_reference.py, "drift": the x0 coefficient is +1.5 for 2000 rows, then -1.5 for 2000.
        // Without forgetting the posterior averages the two regimes (-0.387); with 1% forgetting it follows the
        // second (-1.517), and the sequential evidence says it predicted better.
        org.forecast4j.core.random.SplitMix64 random = new org.forecast4j.core.random.SplitMix64(5);
        double[][] x = new double[4000][1];
        boolean[] y = new boolean[4000];
        for (int i = 0; i < 4000; i++) {
            x[i][0] = random.nextGaussian();
            y[i] = random.nextDouble() < Probabilities.sigmoid((i < 2000 ? 1.5 : -1.5) * x[i][0]);
        }
        FeatureSchema schema = FeatureSchema.of("x0");
        BayesianLogisticModel still = new BayesianLogisticRegression(PRIOR_15).prior(schema);
        BayesianLogisticModel drifting = new BayesianLogisticRegression(PRIOR_15.withForgetting(0.01)).prior(schema);
        for (int i = 0; i < 4000; i++) {
            still = still.update(x[i], y[i]);
            drifting = drifting.update(x[i], y[i]);
        }
        assertArrayEquals(new double[] {-0.056451695665340342, -0.38743137776371028}, still.posteriorMean(), 1e-8);
        assertEquals(-2611.8970081775515, still.logEvidence(), 1e-6);
        assertArrayEquals(new double[] {-0.021404107515417499, -1.5166620463709479}, drifting.posteriorMean(),
                1e-8);
        assertEquals(-2198.9674286132758, drifting.logEvidence(), 1e-6);
        assertTrue(drifting.coefficientSd(0) > still.coefficientSd(0));
    }

    @Test
    void forgettingWithoutDataRelaxesToThePriorAndNoFurther() {
        FeatureSchema schema = FeatureSchema.of("a");
        BayesianLogisticRegression trainer = new BayesianLogisticRegression(PRIOR_15.withForgetting(0.5));
        BayesianLogisticModel model = trainer.train(new double[][] {{1}, {2}, {-1}, {0.5}},
                new boolean[] {true, true, false, false}, schema);
        // Rows of zeros still carry information about the intercept, so use a long run and check the feature:
        for (int i = 0; i < 200; i++) {
            model = model.update(new double[] {0}, i % 2 == 0);
            assertTrue(model.coefficientSd(0) <= 1.5 + 1e-12, "sd " + model.coefficientSd(0));
        }
        assertEquals(1.5, model.coefficientSd(0), 1e-9);
        assertEquals(0, model.coefficient(0), 1e-9);
    }

    @Test
    void theBarePriorPredictsOneHalf() {
        BayesianLogisticModel prior = new BayesianLogisticRegression().prior(FeatureSchema.of("a", "b"));
        assertArrayEquals(new double[3], prior.posteriorMean(), 0.0);
        assertEquals(10, prior.interceptSd(), 0.0);
        assertEquals(2.5, prior.coefficientSd(1), 0.0);
        assertEquals(0.0, prior.posteriorCovariance()[0][1]);
        assertEquals(0.5, prior.probability(new double[] {3, -7}), 0.0);
        ProbabilityInterval ci = prior.interval(new double[] {0, 0});
        assertEquals(1, ci.lower() + ci.upper(), 1e-15);
        assertEquals(0.0, prior.logEvidence());
        assertEquals(0, prior.provenance().trainingRows());
    }

    @Test
    void updatesReturnNewModelsAndRefuseBadInput() {
        BayesianLogisticModel model = synthetic(PRIOR_15);
        double[] before = model.posteriorMean();
        BayesianLogisticModel next = model.update(new double[] {1, 2, 0}, true);
        assertNotSame(model, next);
        assertArrayEquals(before, model.posteriorMean(), 0.0);
        assertEquals(0, model.onlineUpdates());
        assertEquals(1, next.onlineUpdates());
        assertEquals(301, next.provenance().trainingRows());
        assertEquals(model.logLikelihood(), next.logLikelihood());
        assertTrue(next.logEvidence() < model.logEvidence());
        assertTrue(next.coefficient(0) > model.coefficient(0), "a success at x0 = 1 raises the x0 coefficient");
        assertTrue(next.logOddsVariance(new double[] {1, 2, 0}) < model.logOddsVariance(new double[] {1, 2, 0}));

        InvalidInputException nan = assertThrows(InvalidInputException.class,
                () -> model.update(new double[] {1, Double.NaN, 0}, true));
        assertEquals("online update, field 'x1': value 'NaN' is not a finite number", nan.getMessage());
        assertThrows(InvalidInputException.class, () -> model.update(new double[] {1, 2}, true));
    }

    @Test
    void posteriorModeSolvesItsScalarEquation() {
        double[][] cases = {{0, 100}, {-40, 0.01}, {40, 5}, {3, 1e-9}, {-2, 1e6}};
        for (double[] c : cases) {
            for (boolean y : new boolean[] {true, false}) {
                double z = OnlineLaplaceUpdate.posteriorMode(c[0], c[1], y);
                double residual = z - c[0] - c[1] * ((y ? 1 : 0) - Probabilities.sigmoid(z));
                assertEquals(0, residual, 1e-9 * (1 + Math.abs(z) + c[1]), "mu=" + c[0] + " s2=" + c[1] + " y=" + y);
            }
        }
    }

    @Test
    void optionsAreValidatedAndPrinted() {
        assertThrows(IllegalArgumentException.class, () -> BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(0));
        assertThrows(IllegalArgumentException.class,
                () -> BayesianLogisticRegression.Options.DEFAULTS.withInterceptPriorSd(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> BayesianLogisticRegression.Options.DEFAULTS.withForgetting(1));
        assertThrows(IllegalArgumentException.class, () -> BayesianLogisticRegression.Options.DEFAULTS.withMaxIter(0));
        String text = synthetic(PRIOR_15).toString();
        assertTrue(text.startsWith("Bayesian logistic regression (Laplace posterior; prior sd 1.5, intercept"
                + " prior sd 10): 300 rows, 3 features\nlog evidence -152.2160, log-likelihood -140.7860, "),
                text);
        assertTrue(text.contains("parameter  posterior mean  posterior sd  90% lower  90% upper\n"), text);
        assertTrue(text.contains("x0                 0.9614        0.1668     0.6870     1.2358\n"), text);
    }
}
