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
    void challengerMatchesRsGlmAsPublished() {
        // R, glm(Fail > 0 ~ Temp, family = binomial) on the 23 pre-Challenger launches, as printed by the BYU-Idaho
        // Math 325 Statistics Notebook, "Challenger logistic regression example"
        // (byuistats.github.io/Statistics-Notebook/Analyses/Logistic%20Regression/Examples/challengerLogisticReg.html;
        // mirror byui-kctolli.netlify.app/math325/analyses/examples/challengerlogisticreg): (Intercept) 15.0429
        // (SE 7.3786), Temp -0.2322 (SE 0.1082), 5 Fisher scoring iterations; the same summary's deviance line,
        // "Residual deviance: 20.315 on 21 degrees of freedom", is reprinted by many course notes on these data
        // (the mac-stat.github.io Stat155Notes fit of vcd's SpaceShuttle data gives 15.0429 - 0.2322 Temp too).
        // Asserted to half a unit of the printed digit.
        LogisticModel model = LogisticRegression.fit(TestData.features(TestData.CHALLENGER),
                TestData.outcomes(TestData.CHALLENGER), TestData.CHALLENGER_SCHEMA);
        assertTrue(model.converged());
        assertEquals(15.0429, model.intercept(), 0.5e-4, "intercept");
        assertEquals(-0.2322, model.coefficient(0), 0.5e-4, "temp");
        assertEquals(7.3786, model.interceptStandardError(), 0.5e-4, "se intercept");
        assertEquals(0.1082, model.standardError(0), 0.5e-4, "se temp");
        // Binary outcomes: the residual deviance is -2 log-likelihood.
        assertEquals(20.315, -2 * model.logLikelihood(), 0.5e-3, "deviance");
        assertTrue(model.iterations() <= 10, "iterations " + model.iterations());
    }

    @Test
    void donnerPartyMatchesRsGlmAsPublished() {
        // R, glm(Status ~ Age + Sex, family = binomial) on the 45 Donner Party adults (The Statistical Sleuth, case
        // study 20.1, data case2001), as printed by K. Gross, NC State ST 512 course notes, "Generalized linear
        // models" (github.com/krgross/st512-course-notes, 04-GeneralizedLinearModels) and again by a student's
        // Sleuth homework on case2001: (Intercept) 3.23041 (SE 1.38686), Age -0.07820 (SE 0.03728), SexMale
        // -1.59729 (SE 0.75547); residual deviance 51.256 on 42 degrees of freedom. Coefficients and deviance to
        // half a unit of the printed digit.
        LogisticModel model = LogisticRegression.fit(TestData.features(TestData.DONNER),
                TestData.outcomes(TestData.DONNER), TestData.DONNER_SCHEMA);
        assertTrue(model.converged());
        assertEquals(3.23041, model.intercept(), 0.5e-5, "intercept");
        assertEquals(-0.07820, model.coefficient(0), 0.5e-5, "age");
        assertEquals(-1.59729, model.coefficient(1), 0.5e-5, "male");
        assertEquals(51.256, -2 * model.logLikelihood(), 0.5e-3, "deviance");
        // R's summary takes its standard errors from the weights of glm.fit's last iteration, which were computed
        // at the previous iterate, so its printed SEs differ from the SEs at the converged estimate in the fourth
        // or fifth digit. logistic_reference.py's r_glm_fit repeats glm.fit step for step and prints 1.38686,
        // 0.0372845, 0.755469 after 4 iterations (R: "Number of Fisher Scoring iterations: 4"), exactly R's digits;
        // our SEs are the converged ones (checked to 1e-9 against the numpy Newton fit below), within 2.5e-4
        // relative of R's.
        assertRelative(1.38686, model.interceptStandardError(), 2.5e-4, "se intercept");
        assertRelative(0.03728, model.standardError(0), 2.5e-4, "se age");
        assertRelative(0.75547, model.standardError(1), 2.5e-4, "se male");
        assertTrue(model.iterations() <= 10, "iterations " + model.iterations());
    }

    @Test
    void publishedDatasetsMatchTheNumpyNewtonFitToFullPrecision() {
        // logistic_reference.py, "challenger mle": theta (const, temp), se, loglik and the fitted probabilities.
        double[][] x = TestData.features(TestData.CHALLENGER);
        LogisticModel challenger = LogisticRegression.fit(x, TestData.outcomes(TestData.CHALLENGER),
                TestData.CHALLENGER_SCHEMA);
        assertRelative(15.042901647702431, challenger.intercept(), 1e-10, "const");
        assertRelative(-0.23216274421859634, challenger.coefficient(0), 1e-10, "temp");
        assertRelative(7.3786363849165735, challenger.interceptStandardError(), 1e-9, "se const");
        assertRelative(0.10823652164928557, challenger.standardError(0), 1e-9, "se temp");
        assertEquals(-10.157596343933415, challenger.logLikelihood(), 1e-10);
        double[] fitted = {0.93924780898811189, 0.85931657348838797, 0.82884484343010634, 0.60268105057918131,
            0.43049313239054154, 0.37472427702622652, 0.37472427702622652, 0.37472427702622652, 0.32209405408304259,
            0.27362105497653849, 0.22996825783565192, 0.22996825783565192, 0.22996825783565192, 0.22996825783565192,
            0.1580491024912517, 0.12954602299722609, 0.085543555738941762, 0.085543555738941762, 0.06904407197188768,
            0.06904407197188768, 0.044540546285398178, 0.03564140646301326, 0.022703285984252603};
        double[] p = new double[x.length];
        challenger.probabilities(x, p);
        for (int i = 0; i < x.length; i++) {
            assertEquals(fitted[i], p[i], 1e-11, "fitted p row " + (i + 1));
            assertEquals(p[i], challenger.probability(x[i]), 0.0);
        }

        // "donner mle"
        double[][] xd = TestData.features(TestData.DONNER);
        boolean[] yd = TestData.outcomes(TestData.DONNER);
        LogisticModel donner = LogisticRegression.fit(xd, yd, TestData.DONNER_SCHEMA);
        assertRelative(3.2304138501419355, donner.intercept(), 1e-10, "const");
        assertArrayEquals(new double[] {-0.078204073640845778, -1.5972935158560155}, donner.coefficients(), 1e-10);
        assertRelative(1.3869727092804776, donner.interceptStandardError(), 1e-9, "se const");
        assertRelative(0.037287489226278385, donner.standardError(0), 1e-9, "se age");
        assertRelative(0.75550135413760622, donner.standardError(1), 1e-9, "se male");
        assertEquals(-25.628142268288634, donner.logLikelihood(), 1e-10);
        assertEquals(0.45870096654690529, donner.probability(xd[0]), 1e-11, "fitted p row 1");
        assertEquals(0.88668846704408089, donner.probability(xd[17]), 1e-11, "fitted p row 18");

        // "donner l2=0.5"
        LogisticModel l2 = LogisticRegression.fit(xd, yd, TestData.DONNER_SCHEMA,
                LogisticRegression.Options.DEFAULTS.withL2(0.5));
        assertRelative(2.8692145528929771, l2.intercept(), 1e-9, "l2 const");
        assertArrayEquals(new double[] {-0.073786292527889777, -1.2554483365055098}, l2.coefficients(), 1e-9);
        assertRelative(1.251647265315732, l2.interceptStandardError(), 1e-9, "l2 se const");
        assertRelative(0.035296967134170756, l2.standardError(0), 1e-9, "l2 se age");
        assertRelative(0.6430059457855094, l2.standardError(1), 1e-9, "l2 se male");
        assertEquals(-25.733885206204434, l2.logLikelihood(), 1e-9);
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
        // The same fit as on the original scale: coefficients scale inversely, others are unchanged. The first to
        // one part in a million only: the second feature is nearly the intercept (mean a million, sd 2), and that
        // near-collinearity amplifies a one-ulp change in the fitted probabilities to about 3e-3 here (seen when
        // the sigmoid's exp changed from Math.exp to PortableExp: 9799.0810 became 9799.0784).
        assertEquals(0.97990810313780274e4, model.coefficient(0), 1e-2);
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
        LogisticModel model = LogisticRegression.fit(TestData.features(TestData.DONNER),
                TestData.outcomes(TestData.DONNER), TestData.DONNER_SCHEMA,
                LogisticRegression.Options.DEFAULTS.withMaxIter(2));
        assertFalse(model.converged());
        assertEquals(2, model.iterations());
        assertTrue(model.toString().contains("did not converge"), model.toString());
    }

    @Test
    void probabilitiesStayInRangeAndContributionsAddUp() {
        LogisticModel model = LogisticRegression.fit(TestData.features(TestData.DONNER),
                TestData.outcomes(TestData.DONNER), TestData.DONNER_SCHEMA);
        double[][] extreme = {{1e6, 1}, {-1e6, 0}, {0, 0}, {30, 1}, {-1e6, 1e6}};
        for (double[] x : extreme) {
            double p = model.probability(x);
            assertTrue(p >= 0 && p <= 1, "p = " + p);
            double sum = model.intercept();
            for (int j = 0; j < 2; j++) {
                sum += model.coefficient(j) * x[j];
            }
            assertEquals(sum, model.logOdds(x), 1e-9 * Math.max(1, Math.abs(sum)));
            assertEquals(Probabilities.sigmoid(model.logOdds(x)), p, 0.0);
        }
        assertTrue(Double.isNaN(model.probability(new double[] {Double.NaN, 1})));
    }

    @Test
    void fitsAreDeterministicAndPrintACoefficientTable() {
        LogisticModel a = LogisticRegression.fit(TestData.features(TestData.DONNER),
                TestData.outcomes(TestData.DONNER), TestData.DONNER_SCHEMA);
        LogisticModel b = LogisticRegression.fit(TestData.features(TestData.DONNER),
                TestData.outcomes(TestData.DONNER), TestData.DONNER_SCHEMA);
        assertArrayEquals(a.coefficients(), b.coefficients(), 0.0);
        assertEquals(a.toString(), b.toString());
        String text = a.toString();
        // The z column is R's "z value" column for these data: 2.329, -2.097, -2.114 (R's SEs differ slightly, see
        // donnerPartyMatchesRsGlmAsPublished, but not in these digits).
        assertTrue(text.startsWith("logistic regression (maximum likelihood): 45 rows, 2 features\n"
                + "log-likelihood -25.6281, "), text);
        assertTrue(text.endsWith("parameter  coefficient  std. error       z\n"
                + "---------  -----------  ----------  ------\n"
                + "intercept       3.2304      1.3870   2.329\n"
                + "age            -0.0782      0.0373  -2.097\n"
                + "male           -1.5973      0.7555  -2.114\n"), text);
        assertEquals("logistic-irls", a.provenance().trainer());
        assertEquals(45, a.provenance().trainingRows());
        assertEquals(0.0, a.provenance().options().get("l2"));
    }
}
