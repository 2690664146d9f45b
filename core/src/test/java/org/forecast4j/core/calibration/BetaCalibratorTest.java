package org.forecast4j.core.calibration;

import static org.forecast4j.core.calibration.PlattCalibratorTest.outcomes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BetaCalibratorTest {

    @TempDir
    Path dir;

    // betacal/python tests/test_beta_calibration.py: "from generate_scores_and_y(0.8, 0.4, 40, 42)".
    static final double[] S = {0.43155171, 0.81164906, 0.66544901, 0.53177918, 0.15549116, 0.16259166,
        0.36480309, 0.81877874, 0.94360637, 0.73610746, 0.55979712, 0.85662239,
        0.38039252, 0.7806386, 0.38548359, 0.7468978, 0.26136641, 0.21377051,
        0.01270956, 0.05394571, 0.51571459, 0.31820521, 0.65717799, 0.25428535,
        0.45378324, 0.62464611, 0.20519146, 0.87777557, 0.11439908, 0.53848995,
        0.64487573, 0.08061064, 0.46484883, 0.40406019, 0.81670188, 0.9357303,
        0.40183604, 0.09328503, 0.9462795, 0.26967112};
    static final boolean[] Y = outcomes(0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
            0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0);
    // The same file's pred_abm: BetaCalibration(parameters="abm").fit(s, y).predict(s).
    static final double[] PRED_ABM = {2.18699178e-01, 7.40477707e-01, 5.51170734e-01, 3.56427311e-01,
        1.29492454e-02, 1.47126247e-02, 1.41868465e-01, 7.48794431e-01,
        8.88079905e-01, 6.47156133e-01, 3.97435321e-01, 7.91753376e-01,
        1.58409698e-01, 7.03352892e-01, 1.64007307e-01, 6.61091536e-01,
        5.67727420e-02, 3.21331846e-02, 1.08002409e-05, 6.36014161e-04,
        3.33201503e-01, 9.81070940e-02, 5.39458474e-01, 5.25482565e-02,
        2.47404830e-01, 4.92657068e-01, 2.85953061e-02, 8.15086424e-01,
        5.38793833e-03, 3.66202680e-01, 5.21887509e-01, 1.98773699e-03,
        2.62167505e-01, 1.85214592e-01, 7.46379804e-01, 8.78967901e-01,
        1.82612486e-01, 3.01167983e-03, 8.91231598e-01, 6.19845435e-02};

    @Test
    void matchesTheBetacalPackageTest() {
        BetaCalibrator beta = BetaCalibrator.fit(CalibrationInput.SCORE, S, Y);
        // betacal fits with scikit-learn LogisticRegression(C=99999999999), whose solver stops short of the exact
        // optimum: its stored predictions differ from the exact MLE by at most 4.2e-6 (calibration_reference.py).
        for (int i = 0; i < S.length; i++) {
            assertEquals(PRED_ABM[i], beta.calibrate(S[i]), 5e-6, "score " + S[i]);
        }
        // The exact MLE (calibration_reference.py, scipy trust-exact + Newton polish):
        assertEquals(2.8051665578012992, beta.a(), 1e-9);
        assertEquals(0.49771232414674837, beta.b(), 1e-9);
        assertEquals(0.80296087168461383, beta.c(), 1e-9);
        assertEquals(0.21869613658766451, beta.calibrate(S[0]), 1e-12);
        assertEquals(1.0795728098161383e-05, beta.calibrate(S[18]), 1e-15);
        assertEquals(0.89122916699381105, beta.calibrate(S[38]), 1e-12);
        assertEquals("none", beta.provenance().options().get("refit"));
    }

    @Test
    void negativeAIsRefittedWithAFixedAtZero() {
        // calibration_reference.py: the full fit gives a = -3.95131, b = 8.14541, c = -10.91226; betacal's rule
        // then refits on -ln(1 - s) alone.
        double[] s = {0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
        BetaCalibrator beta = BetaCalibrator.fitProbabilities(s, outcomes(1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1));
        assertEquals(0.0, beta.a());
        assertEquals(1.2174993358676416, beta.b(), 1e-9);
        assertEquals(-1.026572146231417, beta.c(), 1e-9);
        assertEquals("a fixed at 0", beta.provenance().options().get("refit"));
        assertTrue(beta.toString().contains("refitted with a fixed at 0"), beta.toString());
    }

    @Test
    void negativeBIsRefittedWithBFixedAtZero() {
        // calibration_reference.py: the full fit gives a = 4.13367, b = -2.12245, c = 5.34899.
        double[] s = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};
        BetaCalibrator beta = BetaCalibrator.fitProbabilities(s, outcomes(0, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0));
        assertEquals(0.93972549515310888, beta.a(), 1e-9);
        assertEquals(0.0, beta.b());
        assertEquals(0.42945889093142853, beta.c(), 1e-9);
    }

    @Test
    void aDecreasingRefitGivesTheConstantAtTheBaseRate() {
        // calibration_reference.py "anti-correlated": full fit a = -0.27751, b = -1.30630; betacal's refit on
        // -ln(1 - s) gives b = -1.49379, a decreasing map. The fit with a, b >= 0 (scipy L-BFGS-B with bounds)
        // is a = b = 0, c = logit(7/12) = 0.33647223662121306.
        double[] s = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98};
        BetaCalibrator beta = BetaCalibrator.fitProbabilities(s, outcomes(1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0));
        assertEquals(0.0, beta.a());
        assertEquals(0.0, beta.b());
        assertEquals(0.33647223662121306, beta.c(), 1e-12);
        assertEquals(7 / 12.0, beta.calibrate(0.3), 1e-12);
        assertEquals("a and b fixed at 0", beta.provenance().options().get("refit"));
    }

    @Test
    void identityParametersLeaveProbabilitiesUnchangedAndEndsAreClipped() {
        // a = b = 1, c = 0: logit p = ln s - ln(1 - s) = logit s, the identity map (Kull et al. 2017, section 3).
        BetaCalibrator identity = BetaCalibrator.of(1, 1, 0, CalibrationInput.PROBABILITY);
        for (double p : new double[] {0.001, 0.2, 0.5, 0.77, 0.999}) {
            assertEquals(p, identity.calibrate(p), 1e-14);
        }
        assertEquals(CalibrationInput.CLIP, identity.calibrate(0), 1e-30);
        assertEquals(1 - CalibrationInput.CLIP, identity.calibrate(1), 1e-16);
        assertThrows(IllegalArgumentException.class, () -> identity.calibrate(1.01));
        assertTrue(Double.isNaN(identity.calibrate(Double.NaN)));
    }

    @Test
    void fittedMapIsMonotoneAndInTheUnitInterval() {
        BetaCalibrator beta = BetaCalibrator.fit(CalibrationInput.SCORE, S, Y);
        double previous = -1;
        for (int i = 0; i <= 1000; i++) {
            double c = beta.calibrate(i / 1000.0);
            assertTrue(c >= 0 && c <= 1);
            assertTrue(c >= previous);
            previous = c;
        }
    }

    @Test
    void separatedOrOutOfRangeDataIsRefusedWithAReason() {
        IllegalArgumentException separated = assertThrows(IllegalArgumentException.class,
                () -> BetaCalibrator.fitProbabilities(new double[] {0.1, 0.2, 0.8, 0.9}, outcomes(0, 0, 1, 1)));
        assertTrue(separated.getMessage().contains("perfectly separated"), separated.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BetaCalibrator.fit(CalibrationInput.SCORE, new double[] {0.1, 2.0}, outcomes(0, 1)));
    }

    @Test
    void modelFileRoundTrip() throws IOException {
        BetaCalibrator beta = BetaCalibrator.fit(CalibrationInput.SCORE, S, Y);
        Path file = dir.resolve("beta.json");
        ModelFiles.write(file, beta.toDocument());
        assertEquals(beta, ModelReaders.readCalibrator(file));
    }
}
