package org.forecast4j.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlattCalibratorTest {

    @TempDir
    Path dir;

    @Test
    void scikitLearnSigmoidCalibrationCase() {
        // scikit-learn sklearn/tests/test_calibration.py, test_sigmoid_calibration:
        //   exF = np.array([5, -4, 1.0]); exY = np.array([1, -1, -1])
        //   # computed from my python port of the C++ code in LibSVM
        //   AB_lin_libsvm = np.array([-0.20261354391187855, 0.65236314980010512])
        //   assert_array_almost_equal(AB_lin_libsvm, _sigmoid_calibration(exF, exY), 3)
        // Their p = 1/(1 + exp(A s + B)), so a = -A, b = -B.
        PlattCalibrator platt = PlattCalibrator.fitScores(new double[] {5, -4, 1}, new boolean[] {true, false, false});
        assertEquals(0.20261354391187855, platt.a(), 1e-5);
        assertEquals(-0.65236314980010512, platt.b(), 1e-5);
        // The exact maximum-likelihood optimum (calibration_reference.py, scipy trust-exact + Newton polish):
        // LibSVM stops at a gradient tolerance of 1e-5, hence the 1e-6 difference above.
        assertEquals(0.20261448961847559, platt.a(), 1e-10);
        assertEquals(-0.65236663899844904, platt.b(), 1e-10);
        // scikit-learn then checks predictions against 1/(1+exp(A s + B)) to 6 decimals.
        for (double s : new double[] {5, -4, 1}) {
            double libsvm = 1 / (1 + Math.exp(-0.20261354391187855 * s + 0.65236314980010512));
            assertEquals(libsvm, platt.calibrate(s), 1e-5);
        }
    }

    @Test
    void probabilityInputUsesLogOdds() {
        // calibration_reference.py "Platt on probabilities (s = logit p)".
        double[] p = {0.1, 0.25, 0.3, 0.45, 0.5, 0.6, 0.7, 0.8, 0.85, 0.95};
        boolean[] y = outcomes(0, 0, 1, 0, 1, 0, 1, 1, 1, 1);
        PlattCalibrator platt = PlattCalibrator.fitProbabilities(p, y);
        assertEquals(CalibrationInput.PROBABILITY, platt.input());
        assertEquals(0.744352535379188, platt.a(), 1e-10);
        assertEquals(0.2467462975698515, platt.b(), 1e-10);
        assertEquals(0.31321199011884093, platt.calibrate(0.2), 1e-10);
    }

    @Test
    void probabilitiesOfZeroAndOneAreClipped() {
        PlattCalibrator platt = PlattCalibrator.of(1, 0, CalibrationInput.PROBABILITY);
        assertEquals(CalibrationInput.CLIP, platt.calibrate(0), 1e-30);
        assertEquals(1 - CalibrationInput.CLIP, platt.calibrate(1), 1e-16);
        assertTrue(Double.isNaN(platt.calibrate(Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> platt.calibrate(1.3));
        assertThrows(IllegalArgumentException.class, () -> platt.calibrate(-0.1));
        // Training probabilities of exactly 0 and 1 fit, because they are clipped first.
        PlattCalibrator fitted = PlattCalibrator.fitProbabilities(new double[] {0, 0.2, 0.9, 1},
                outcomes(0, 1, 0, 1));
        assertTrue(Double.isFinite(fitted.a()) && Double.isFinite(fitted.b()));
    }

    @Test
    void separatedOutcomesStillFitBecauseTargetsAreSmoothed() {
        // Perfect separation would send an unsmoothed fit to infinity; Platt's targets keep it finite. At the
        // optimum the two score equations hold: Σ (p_i - t_i) = 0 and Σ s_i (p_i - t_i) = 0, with targets
        // t = (N+ + 1)/(N+ + 2) = 0.8 for positives and 1/(N- + 2) = 0.2 for negatives.
        double[] s = {-3, -2, -1, 1, 2, 3};
        PlattCalibrator platt = PlattCalibrator.fitScores(s, outcomes(0, 0, 0, 1, 1, 1));
        assertTrue(platt.a() > 0 && Double.isFinite(platt.a()));
        double sum = 0;
        double moment = 0;
        for (double v : s) {
            double residual = platt.calibrate(v) - (v > 0 ? 0.8 : 0.2);
            sum += residual;
            moment += v * residual;
        }
        assertEquals(0, sum, 1e-12);
        assertEquals(0, moment, 1e-12);
        // All one class: a = 0 and b = logit of the smoothed target 1/(N- + 2).
        PlattCalibrator negatives = PlattCalibrator.fitScores(new double[] {-1, 0, 2}, outcomes(0, 0, 0));
        assertEquals(0, negatives.a(), 1e-9);
        assertEquals(Math.log(0.2 / 0.8), negatives.b(), 1e-9);
    }

    @Test
    void outputIsAProbabilityAndMonotoneOnRandomData() {
        SplitMix64 random = new SplitMix64(7);
        double[] p = new double[300];
        boolean[] y = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble();
            y[i] = random.nextDouble() < p[i] * p[i];
        }
        PlattCalibrator platt = PlattCalibrator.fitProbabilities(p, y);
        double previous = -1;
        for (int i = 0; i <= 1000; i++) {
            double c = platt.calibrate(i / 1000.0);
            assertTrue(c >= 0 && c <= 1);
            assertTrue(c >= previous, "monotone when a > 0");
            previous = c;
        }
    }

    @Test
    void modelFileRoundTripThroughModelReaders() throws IOException {
        PlattCalibrator platt = PlattCalibrator.fitScores(new double[] {5, -4, 1}, outcomes(1, 0, 0));
        Path file = dir.resolve("platt.json");
        ModelFiles.write(file, platt.toDocument());
        Calibrator read = ModelReaders.readCalibrator(file);
        assertEquals(platt, read);
        assertEquals(platt.calibrate(0.3), read.calibrate(0.3));
        assertEquals(CalibrationInput.SCORE, ((PlattCalibrator) read).input());
        assertEquals(3, ((PlattCalibrator) read).provenance().trainingRows());
    }

    @Test
    void badTrainingInputIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PlattCalibrator.fitProbabilities(new double[] {0.2, 1.3}, outcomes(0, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> PlattCalibrator.fitScores(new double[] {0.2, Double.NaN}, outcomes(0, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> PlattCalibrator.fitScores(new double[] {0.2}, outcomes(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> PlattCalibrator.fitScores(new double[0], new boolean[0]));
    }

    @Test
    void toStringIsATable() {
        String text = PlattCalibrator.of(0.5, -1, CalibrationInput.PROBABILITY).toString();
        assertTrue(text.contains("s = logit(p)"), text);
        assertTrue(text.contains("\na           0.5000\n"), text);
        assertTrue(text.contains("\nb          -1.0000\n"), text);
    }

    static boolean[] outcomes(int... values) {
        boolean[] y = new boolean[values.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = values[i] == 1;
        }
        return y;
    }
}
