package org.forecast4j.core.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    @Test
    void spectorMatchesStataAsQuotedByStatsmodels() {
        // statsmodels/discrete/tests/results/results_discrete.py, class Spector, logit() ("Results are from
        // Stata 11"): params (gpa, tuce, psi, const), bse, cov_params diagonal, llf and phat. Stata keeps GPA in
        // single precision, hence spectorX(true); with it our fit agrees to 11 significant digits.
        LogisticModel model = LogisticRegression.fit(TestData.spectorX(true), TestData.spectorY(),
                TestData.SPECTOR_SCHEMA);
        assertTrue(model.converged());
        assertRelative(2.82611297201, model.coefficient(0), 1e-10, "gpa");
        assertRelative(.0951576702557, model.coefficient(1), 1e-10, "tuce");
        assertRelative(2.37868772835, model.coefficient(2), 1e-10, "psi");
        assertRelative(-13.0213483201, model.intercept(), 1e-10, "const");
        assertRelative(1.26294114526, model.standardError(0), 1e-9, "se gpa");
        assertRelative(.141554207662, model.standardError(1), 1e-7, "se tuce");
        assertRelative(1.06456430165, model.standardError(2), 1e-9, "se psi");
        assertRelative(4.93132462871, model.interceptStandardError(), 1e-9, "se const");
        assertRelative(Math.sqrt(24.3179625937), model.interceptStandardError(), 1e-9, "cov const");
        assertEquals(-12.8896334653335, model.logLikelihood(), 1e-10);
        double[] phat = {.02657799236476, .05950126051903, .18725991249084, .02590163610876, .56989300251007,
            .03485824912786, .02650404907763, .05155897513032, .11112663894892, .69351142644882, .02447037212551,
            .18999740481377, .32223951816559, .1932111531496, .36098992824554, .03018374741077, .05362640321255,
            .03858831897378, .58987241983414, .66078591346741, .06137581542134, .90484726428986, .24177247285843,
            .85209089517593, .8382905125618, .48113295435905, .63542068004608, .30721867084503, .84170418977737,
            .94534027576447, .52911710739136, .1110308393836};
        double[][] x = TestData.spectorX(true);
        double[] p = new double[x.length];
        model.probabilities(x, p);
        for (int i = 0; i < x.length; i++) {
            // Stata stores predictions in single precision too: agreement to ~3e-8.
            assertEquals(phat[i], p[i], 5e-8, "phat row " + (i + 1));
            assertEquals(p[i], model.probability(x[i]), 0.0);
        }
        assertTrue(model.iterations() <= 10, "iterations " + model.iterations());
    }

    @Test
    void spectorWithDecimalGpaMatchesTheNumpyNewtonFit() {
        // logistic_reference.py, "spector decimal": theta (const, gpa, tuce, psi), se, loglik.
        LogisticModel model = LogisticRegression.fit(TestData.spectorX(false), TestData.spectorY(),
                TestData.SPECTOR_SCHEMA);
        assertRelative(-13.021346858115688, model.intercept(), 1e-10, "const");
        assertArrayEquals(new double[] {2.8261125948893193, 0.095157661317909467, 2.3786876550933536},
                model.coefficients(), 1e-9);
        assertRelative(4.9313242136028324, model.interceptStandardError(), 1e-9, "se const");
        assertRelative(1.2629410756291066, model.standardError(0), 1e-9, "se gpa");
        assertRelative(0.14155420567369653, model.standardError(1), 1e-9, "se tuce");
        assertRelative(1.0645642544971354, model.standardError(2), 1e-9, "se psi");
        assertEquals(-12.889634222131413, model.logLikelihood(), 1e-10);

        // logistic_reference.py, "spector decimal l2=0.5"
        LogisticModel l2 = LogisticRegression.fit(TestData.spectorX(false), TestData.spectorY(),
                TestData.SPECTOR_SCHEMA, LogisticRegression.Options.DEFAULTS.withL2(0.5));
        assertRelative(-9.1895797094662619, l2.intercept(), 1e-9, "l2 const");
        assertArrayEquals(new double[] {1.6286358119368427, 0.11785701266949219, 1.4997404138953598},
                l2.coefficients(), 1e-9);
        assertRelative(3.5384588208483061, l2.interceptStandardError(), 1e-9, "l2 se const");
        assertRelative(0.82415397964918935, l2.standardError(0), 1e-9, "l2 se gpa");
        assertEquals(0.5, l2.l2());
    }

    @Test
    void syntheticFitsMatchTheNumpyNewtonFits() {
        TestData.Synthetic data = TestData.Synthetic.of(7, 300);
        // logistic_reference.py prints the first two rows and the count of ones; the generators agree.
        assertArrayEquals(new double[] {0.98847433231873527, -0.72851161346245474, 0}, data.x()[0], 1e-14);
        assertArrayEquals(new double[] {-0.52927070047419145, 2.0820607645182747, 1}, data.x()[1], 1e-14);
        int ones = 0;
        for (boolean y : data.y()) {
            ones += y ? 1 : 0;
        }
        assertEquals(79, ones);

        // "synthetic mle"
        LogisticModel mle = LogisticRegression.fit(data.x(), data.y(), TestData.Synthetic.SCHEMA);
        assertEquals(-0.78501814259394087, mle.intercept(), 1e-10);
        assertArrayEquals(new double[] {0.97990810313780274, -0.32524757543440597, 1.0586002061510176},
                mle.coefficients(), 1e-10);
        assertEquals(0.26721524503912614, mle.interceptStandardError(), 1e-10);
        assertArrayEquals(new double[] {0.1694539569600701, 0.08019428344280656, 0.31882482509568771},
                new double[] {mle.standardError(0), mle.standardError(1), mle.standardError(2)}, 1e-10);
        assertEquals(-140.77017840044795, mle.logLikelihood(), 1e-9);

        // "synthetic l2=2.5"
        LogisticModel l2 = LogisticRegression.fit(data.x(), data.y(), TestData.Synthetic.SCHEMA,
                LogisticRegression.Options.DEFAULTS.withL2(2.5));
        assertEquals(-0.70646072123174708, l2.intercept(), 1e-10);
        assertArrayEquals(new double[] {0.89167359976342209, -0.30939146957981789, 0.82399347088714325},
                l2.coefficients(), 1e-10);
        assertEquals(0.25661446304003965, l2.interceptStandardError(), 1e-10);
        assertArrayEquals(new double[] {0.15732467251670584, 0.077582742208610209, 0.27950189301930167},
                new double[] {l2.standardError(0), l2.standardError(1), l2.standardError(2)}, 1e-10);
        assertEquals(-141.11136928307189, l2.logLikelihood(), 1e-9);
    }

    @Test
    void scoreEquationsHoldAtTheEstimate() {
        // At the maximum of ℓ(θ) − (l2/2)|w|²: Σ (y − p) = 0 and Σ (y − p) x_j = l2 · w_j.
        TestData.Synthetic data = TestData.Synthetic.of(3, 500);
        for (double l2 : new double[] {0, 0.7, 30}) {
            LogisticModel model = LogisticRegression.fit(data.x(), data.y(), TestData.Synthetic.SCHEMA,
                    LogisticRegression.Options.DEFAULTS.withL2(l2));
            double[] score = new double[4];
            for (int i = 0; i < data.x().length; i++) {
                double r = (data.y()[i] ? 1 : 0) - model.probability(data.x()[i]);
                score[0] += r;
                for (int j = 0; j < 3; j++) {
                    score[j + 1] += r * data.x()[i][j];
                }
            }
            assertEquals(0, score[0], 1e-9, "intercept score, l2=" + l2);
            for (int j = 0; j < 3; j++) {
                assertEquals(l2 * model.coefficient(j), score[j + 1], 1e-9, "score " + j + ", l2=" + l2);
            }
            assertTrue(model.converged());
        }
    }

    @Test
    void anL2FitIsTheBayesianModeUnderAFlatInterceptPrior() {
        TestData.Synthetic data = TestData.Synthetic.of(7, 300);
        LogisticModel l2 = LogisticRegression.fit(data.x(), data.y(), TestData.Synthetic.SCHEMA,
                LogisticRegression.Options.DEFAULTS.withL2(4));
        BayesianLogisticModel bayes = BayesianLogisticRegression.fit(data.x(), data.y(), TestData.Synthetic.SCHEMA,
                BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(0.5).withInterceptPriorSd(1e7));
        assertEquals(l2.intercept(), bayes.intercept(), 1e-9);
        for (int j = 0; j < 3; j++) {
            assertEquals(l2.coefficient(j), bayes.coefficient(j), 1e-9);
            assertEquals(l2.standardError(j), bayes.coefficientSd(j), 1e-9);
        }
    }

    @Test
    void completeSeparationByOneFeatureIsRefusedWithTheFeatureNamed() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        boolean[] y = {false, false, false, true, true, true};
        SeparationException e = assertThrows(SeparationException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("dose")));
        assertTrue(e.complete());
        assertEquals(List.of("dose"), e.separatingFeatures());
        assertEquals("the data are completely separated: 'dose' alone separates them (dose <= 3 in every row with"
                + " outcome 0, dose >= 4 in every row with outcome 1), so the maximum-likelihood coefficients are"
                + " infinite and no finite fit exists; add an L2 penalty (LogisticRegression.Options.l2; --l2 on"
                + " the command line, e.g. --l2 1) or use Bayesian logistic regression (--model bayes-logistic),"
                + " whose prior keeps every coefficient finite", e.getMessage());

        // Reversed direction, and the remedies both work.
        boolean[] reversed = {true, true, true, false, false, false};
        SeparationException r = assertThrows(SeparationException.class,
                () -> LogisticRegression.fit(x, reversed, FeatureSchema.of("dose")));
        assertTrue(r.getMessage().contains("dose >= 4 in every row with outcome 0, dose <= 3 in every row with"
                + " outcome 1"), r.getMessage());
        LogisticModel penalised = LogisticRegression.fit(x, y, FeatureSchema.of("dose"),
                LogisticRegression.Options.DEFAULTS.withL2(1));
        assertTrue(penalised.converged());
        assertTrue(penalised.coefficient(0) > 0 && penalised.coefficient(0) < 10, penalised.toString());
        BayesianLogisticModel bayes = BayesianLogisticRegression.fit(x, y, FeatureSchema.of("dose"));
        assertTrue(bayes.converged() && Double.isFinite(bayes.coefficient(0)));
    }

    @Test
    void quasiCompleteSeparationIsRefused() {
        // Every row with treated = 1 has outcome 1; rows with treated = 0 have both outcomes; age overlaps.
        double[][] x = {{0, 30}, {0, 41}, {0, 35}, {0, 52}, {0, 47}, {0, 29}, {1, 38}, {1, 44}, {1, 33}, {0, 60}};
        boolean[] y = {false, true, false, true, false, false, true, true, true, true};
        SeparationException e = assertThrows(SeparationException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("treated", "age")));
        assertFalse(e.complete());
        assertEquals(List.of("treated"), e.separatingFeatures());
        assertTrue(e.getMessage().startsWith("the data are quasi-completely separated: 'treated' alone separates"
                + " them (treated <= 0 in every row with outcome 0, treated >= 0 in every row with outcome 1)"),
                e.getMessage());
    }

    @Test
    void quasiSeparationHiddenInLargerDataIsFound() {
        // The synthetic data plus a flag set on every fifth row with outcome 1 and on no row with outcome 0:
        // the flag's maximum-likelihood coefficient is +infinity while the others stay finite.
        TestData.Synthetic data = TestData.Synthetic.of(7, 300);
        double[][] x = new double[300][4];
        int flagged = 0;
        for (int i = 0; i < 300; i++) {
            System.arraycopy(data.x()[i], 0, x[i], 0, 3);
            if (data.y()[i] && flagged++ % 5 == 0) {
                x[i][3] = 1;
            }
        }
        FeatureSchema schema = FeatureSchema.of("x0", "x1", "x2", "flag");
        SeparationException e = assertThrows(SeparationException.class, () -> LogisticRegression.fit(x,
                data.y(), schema));
        assertFalse(e.complete());
        assertEquals(List.of("flag"), e.separatingFeatures());
        // With a penalty the flag gets a large but finite coefficient.
        LogisticModel penalised = LogisticRegression.fit(x, data.y(), schema,
                LogisticRegression.Options.DEFAULTS.withL2(0.1));
        assertTrue(penalised.converged() && penalised.coefficient(3) > 2, penalised.toString());
    }

    @Test
    void separationByACombinationOfFeaturesIsFoundToo() {
        // y = 1 exactly when a + b > 0, though neither a nor b separates the outcomes alone.
        double[][] x = {{-2, 3}, {3, -2}, {1, 1}, {2, -3}, {-3, 2}, {-1, -1}, {4, -3.5}, {-4, 3.5}};
        boolean[] y = {true, true, true, false, false, false, true, false};
        SeparationException e = assertThrows(SeparationException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("a", "b")));
        assertTrue(e.complete());
        assertEquals(List.of(), e.separatingFeatures());
        assertTrue(e.getMessage().contains("a linear combination of the features separates the outcomes"),
                e.getMessage());

        // Quasi-complete through a combination: add two rows at the same point on the boundary a + b = 0, one of
        // each outcome, which no direction can put on different sides.
        double[][] tied = java.util.Arrays.copyOf(x, 10);
        tied[8] = new double[] {2, -2};
        tied[9] = new double[] {2, -2};
        boolean[] tiedY = java.util.Arrays.copyOf(y, 10);
        tiedY[8] = true;
        tiedY[9] = false;
        SeparationException quasi = assertThrows(SeparationException.class,
                () -> LogisticRegression.fit(tied, tiedY, FeatureSchema.of("a", "b")));
        assertFalse(quasi.complete());
    }

    @Test
    void oneOutcomeOnlyIsRefusedEvenWithAPenaltyButNotByTheBayesianModel() {
        double[][] x = {{1}, {2}, {3}};
        boolean[] y = {true, true, true};
        SeparationException e = assertThrows(SeparationException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("a")));
        assertEquals(List.of("intercept"), e.separatingFeatures());
        assertTrue(e.getMessage().startsWith("the data are completely separated: every outcome is 1 (all 3 rows),"
                + " so the intercept's maximum-likelihood estimate is +infinity"), e.getMessage());
        SeparationException penalised = assertThrows(SeparationException.class, () -> LogisticRegression.fit(x, y,
                FeatureSchema.of("a"), LogisticRegression.Options.DEFAULTS.withL2(1)));
        assertTrue(penalised.getMessage().contains("the intercept is not penalised by --l2, so use Bayesian"
                + " logistic regression (--model bayes-logistic)"), penalised.getMessage());
        BayesianLogisticModel bayes = BayesianLogisticRegression.fit(x, y, FeatureSchema.of("a"));
        assertTrue(bayes.probability(new double[] {2}) > 0.5);
    }

    @Test
    void overlappingDataAreNotMistakenForSeparated() {
        // Barely overlapping: one outcome-0 row sits just past the outcome-1 rows.
        double[][] x = {{1}, {2}, {3}, {3.001}, {4}, {5}, {6}};
        boolean[] y = {false, false, false, true, true, false, true};
        LogisticModel model = LogisticRegression.fit(x, y, FeatureSchema.of("a"));
        assertTrue(model.converged());
        assertTrue(Double.isFinite(model.coefficient(0)));
    }

    @Test
    void collinearFeaturesAreNamedWithTheRelation() {
        double[][] x = new double[8][3];
        for (int i = 0; i < 8; i++) {
            x[i][0] = i % 3;
            x[i][1] = (i * 7) % 5;
            x[i][2] = x[i][0] + 2 * x[i][1];
        }
        boolean[] y = {true, false, true, false, false, true, true, false};
        CollinearityException e = assertThrows(CollinearityException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("a", "b", "c")));
        assertEquals(List.of("c", "a", "b"), e.features());
        assertTrue(e.getMessage().startsWith("the design is singular: feature 'c' is a linear combination of 'a'"
                + " and 'b' (c = 1·a + 2·b), so their coefficients are not identified; drop one of them, or add an"
                + " L2 penalty"), e.getMessage());

        for (double[] row : x) {
            row[2] = 2 * row[0] - 3;
        }
        CollinearityException affine = assertThrows(CollinearityException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("a", "b", "c")));
        assertEquals(List.of("c", "a", "intercept"), affine.features());
        assertTrue(affine.getMessage().contains("'c' is a linear combination of 'a' and the intercept"
                + " (c = 2·a - 3)"), affine.getMessage());

        for (double[] row : x) {
            row[2] = 5;
        }
        CollinearityException constant = assertThrows(CollinearityException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("a", "b", "c")));
        assertEquals("the design is singular: feature 'c' is constant (5.0 in every row), so it duplicates the"
                + " intercept and its coefficient is not identified; drop it", constant.getMessage());

        for (double[] row : x) {
            row[2] = 0;
        }
        assertTrue(assertThrows(CollinearityException.class,
                () -> LogisticRegression.fit(x, y, FeatureSchema.of("a", "b", "c"))).getMessage()
                .contains("feature 'c' is 0 in every row"));

        CollinearityException few = assertThrows(CollinearityException.class, () -> LogisticRegression.fit(
                new double[][] {{1, 2}, {2, 1}}, new boolean[] {true, false}, FeatureSchema.of("a", "b")));
        assertTrue(few.getMessage().startsWith("the design is singular: 2 rows cannot identify 3 parameters"),
                few.getMessage());

        // A penalty makes a collinear design fit; the tied coefficients share the effect.
        for (double[] row : x) {
            row[2] = row[0] + 2 * row[1];
        }
        assertTrue(LogisticRegression.fit(x, y, FeatureSchema.of("a", "b", "c"),
                LogisticRegression.Options.DEFAULTS.withL2(0.1)).converged());
    }

    @Test
    void featuresOnVeryDifferentScalesAreNotCalledCollinear() {
        TestData.Synthetic data = TestData.Synthetic.of(7, 300);
        double[][] x = new double[300][3];
        for (int i = 0; i < 300; i++) {
            x[i][0] = data.x()[i][0] * 1e-4;
            x[i][1] = 1e6 + data.x()[i][1]; // mean a million, sd 2: nearly, not exactly, the intercept
            x[i][2] = data.x()[i][2];
        }
        LogisticModel model = LogisticRegression.fit(x, data.y(), TestData.Synthetic.SCHEMA);
        // The same fit as on the original scale: coefficients scale inversely, others are unchanged.
        assertEquals(0.97990810313780274e4, model.coefficient(0), 1e-4);
        assertEquals(-0.32524757543440597, model.coefficient(1), 1e-6);
        assertEquals(1.0586002061510176, model.coefficient(2), 1e-6);
    }

    @Test
    void badInputNamesTheRowAndFeature() {
        FeatureSchema schema = FeatureSchema.of("a", "b");
        InvalidInputException nan = assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                new double[][] {{1, 2}, {1, Double.NaN}}, new boolean[] {true, false}, schema));
        assertEquals("training row 2, field 'b': value 'NaN' is not a finite number", nan.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                new double[][] {{1, 2}}, new boolean[] {true, false}, schema)).getMessage()
                .contains("has 1 feature rows but 2 outcomes"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                new double[][] {{1, 2}, {3}}, new boolean[] {true, false}, schema)).getMessage()
                .contains("training row 2: has 1 values, expected 2"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LogisticRegression.fit(
                new double[0][], new boolean[0], schema)).getMessage().contains("has no rows"));
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression.Options(-1, 10, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression.Options(Double.NaN, 10, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression.Options(0, 0, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression.Options(0, 10, 0));
    }

    @Test
    void anIterationLimitReachedIsReportedNotHidden() {
        LogisticModel model = LogisticRegression.fit(TestData.spectorX(false), TestData.spectorY(),
                TestData.SPECTOR_SCHEMA, LogisticRegression.Options.DEFAULTS.withMaxIter(2));
        assertFalse(model.converged());
        assertEquals(2, model.iterations());
        assertTrue(model.toString().contains("did not converge"), model.toString());
    }

    @Test
    void probabilitiesStayInRangeAndContributionsAddUp() {
        LogisticModel model = LogisticRegression.fit(TestData.spectorX(false), TestData.spectorY(),
                TestData.SPECTOR_SCHEMA);
        double[][] extreme = {{1e6, 0, 1}, {-1e6, 0, 0}, {0, 0, 0}, {3, 20, 1}};
        for (double[] x : extreme) {
            double p = model.probability(x);
            assertTrue(p >= 0 && p <= 1, "p = " + p);
            double sum = model.intercept();
            for (int j = 0; j < 3; j++) {
                sum += model.coefficient(j) * x[j];
            }
            assertEquals(sum, model.logOdds(x), 1e-9 * Math.max(1, Math.abs(sum)));
            assertEquals(Probabilities.sigmoid(model.logOdds(x)), p, 0.0);
        }
        assertTrue(Double.isNaN(model.probability(new double[] {Double.NaN, 1, 1})));
    }

    @Test
    void fitsAreDeterministicAndPrintACoefficientTable() {
        LogisticModel a = LogisticRegression.fit(TestData.spectorX(true), TestData.spectorY(),
                TestData.SPECTOR_SCHEMA);
        LogisticModel b = LogisticRegression.fit(TestData.spectorX(true), TestData.spectorY(),
                TestData.SPECTOR_SCHEMA);
        assertArrayEquals(a.coefficients(), b.coefficients(), 0.0);
        assertEquals(a.toString(), b.toString());
        String text = a.toString();
        assertTrue(text.startsWith("logistic regression (maximum likelihood): 32 rows, 3 features\n"
                + "log-likelihood -12.8896, "), text);
        assertTrue(text.endsWith("parameter  coefficient  std. error       z\n"
                + "---------  -----------  ----------  ------\n"
                + "intercept     -13.0213      4.9313  -2.641\n"
                + "gpa             2.8261      1.2629   2.238\n"
                + "tuce            0.0952      0.1416   0.672\n"
                + "psi             2.3787      1.0646   2.234\n"), text);
        assertEquals("logistic-irls", a.provenance().trainer());
        assertEquals(32, a.provenance().trainingRows());
        assertEquals(0.0, a.provenance().options().get("l2"));
    }
}
