package org.forecast4j.core.calibration;

import static org.forecast4j.core.calibration.PlattCalibratorTest.outcomes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.modelfile.ModelFileEdits;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsotonicCalibratorTest {

    @TempDir
    Path dir;

    @Test
    void scikitLearnTiesInDifferentlySizedGroups() {
        // scikit-learn sklearn/tests/test_isotonic.py, test_isotonic_regression_with_ties_in_differently_sized_groups
        // (checked there against R isotone::gpava(x, y, ties="secondary")):
        //   x = [0, 1, 1, 2, 3, 4]; y = [0, 0, 1, 0, 0, 1]; y_true = [0.0, 0.25, 0.25, 0.25, 0.25, 1.0]
        // The interior is scikit-learn's; the end blocks of one example each are kept off 0 and 1: the lowest,
        // all 0, takes 1/(1 + 2) = 1/3 or the next block's 0.25 if smaller (it is); the highest, all 1, takes
        // 2/3 (Laplace's rule of succession).
        double[] x = {0, 1, 1, 2, 3, 4};
        IsotonicCalibrator iso = IsotonicCalibrator.fit(CalibrationInput.SCORE, x, outcomes(0, 0, 1, 0, 0, 1));
        double[] expected = {0.25, 0.25, 0.25, 0.25, 0.25, 2.0 / 3};
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i], iso.calibrate(x[i]), 1e-15);
        }
        // The interior points of the constant run 0.25 at x = 0 .. 3 are dropped, as scikit-learn's
        // _build_y(trim_duplicates=True) does; interpolation is unchanged by it.
        assertArrayEquals(new double[] {0, 3, 4}, iso.x());
        assertArrayEquals(new double[] {0.25, 0.25, 2.0 / 3}, iso.y(), 1e-15);
        assertEquals(0.25 + 0.5 * (2.0 / 3 - 0.25), iso.calibrate(3.5), 1e-15);
        // out_of_bounds="clip": the end values beyond the ends.
        assertEquals(0.25, iso.calibrate(-10));
        assertEquals(2.0 / 3, iso.calibrate(10), 1e-15);
    }

    @Test
    void scikitLearnMakeUniqueThresholds() {
        // scikit-learn test_isotonic_make_unique_tolerance: X = [0, 1, 1 + 1e-16, 2], y = [0, 1, 2, 3];
        //   predict([0, 0.5, 1, 1.5, 2]) == [0, 0.75, 1.5, 2.25, 3]; X_thresholds_ == [0, 1, 2];
        //   y_thresholds_ == [0, 1.5, 3]. (1 + 1e-16 == 1 in float64.) Isotonic regression is equivariant under
        // y -> y/3, so for y/3 = [0, 1/3, 2/3, 1] scikit-learn gives thresholds [0, 0.5, 1]. Outcomes must be 0/1
        // here: [0, 0, 1, 1] pool to the same mean 1/2 at x = 1. The one-example end blocks 0 and 1 become 1/3
        // and 2/3 (Laplace's rule), so the predictions are [1/3, 5/12, 1/2, 7/12, 2/3].
        double[] x = {0, 1, 1 + 1e-16, 2};
        IsotonicCalibrator iso = IsotonicCalibrator.fit(CalibrationInput.SCORE, x, outcomes(0, 0, 1, 1));
        assertArrayEquals(new double[] {0, 1, 2}, iso.x());
        assertArrayEquals(new double[] {1.0 / 3, 0.5, 2.0 / 3}, iso.y(), 1e-15);
        double[] at = {0, 0.5, 1, 1.5, 2};
        double[] expected = {1.0 / 3, 5.0 / 12, 0.5, 7.0 / 12, 2.0 / 3};
        for (int i = 0; i < at.length; i++) {
            assertEquals(expected[i], iso.calibrate(at[i]), 1e-15);
        }
    }

    @Test
    void scikitLearnTiesAtTheEnds() {
        // scikit-learn test_isotonic_regression_ties_min / _max use real-valued y; with 0/1 outcomes the same
        // rule (equal x pooled first) gives: x = [1, 1, 2, 3], y = [0, 1, 1, 1] -> [0.5, 0.5, 1, 1]; the highest
        // block (2 examples, all 1) is kept at (2 + 1)/(2 + 2) = 0.75.
        IsotonicCalibrator min = IsotonicCalibrator.fit(CalibrationInput.SCORE, new double[] {1, 1, 2, 3},
                outcomes(0, 1, 1, 1));
        assertEquals(0.5, min.calibrate(1));
        assertEquals(0.75, min.calibrate(2));
        // x = [1, 2, 3, 3], y = [0, 0, 0, 1] -> [0, 0, 0.5, 0.5]; the lowest block (2 examples, all 0) at 1/4.
        IsotonicCalibrator max = IsotonicCalibrator.fit(CalibrationInput.SCORE, new double[] {1, 2, 3, 3},
                outcomes(0, 0, 0, 1));
        assertEquals(0.25, max.calibrate(2));
        assertEquals(0.5, max.calibrate(3));
        assertEquals(0.375, max.calibrate(2.5), 1e-15);
    }

    @Test
    void noFittedValueIsZeroOrOne() {
        // One-sided outcomes: the single block takes Laplace's rule, (0 + 1)/(n + 2) and (n + 1)/(n + 2).
        assertEquals(1.0 / 6, IsotonicCalibrator.fitProbabilities(new double[] {0.1, 0.2, 0.3, 0.4},
                outcomes(0, 0, 0, 0)).calibrate(0.2), 1e-15);
        assertEquals(5.0 / 6, IsotonicCalibrator.fitProbabilities(new double[] {0.1, 0.2, 0.3, 0.4},
                outcomes(1, 1, 1, 1)).calibrate(0.2), 1e-15);
        SplitMix64 random = new SplitMix64(5);
        double[] p = new double[300];
        boolean[] y = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble();
            y[i] = random.nextDouble() < p[i] * p[i];
        }
        IsotonicCalibrator iso = IsotonicCalibrator.fitProbabilities(p, y);
        for (int i = 0; i <= 1000; i++) {
            double c = iso.calibrate(i / 1000.0);
            assertTrue(c > 0 && c < 1, "in (0, 1): " + c);
        }
    }

    @Test
    void allEqualInputsGiveTheMean() {
        // scikit-learn test_isotonic_regression: "check we don't crash when all x are equal" -> np.mean(y).
        IsotonicCalibrator iso = IsotonicCalibrator.fitProbabilities(new double[] {0.4, 0.4, 0.4, 0.4},
                outcomes(1, 0, 0, 0));
        assertEquals(1, iso.size());
        assertEquals(0.25, iso.calibrate(0.0));
        assertEquals(0.25, iso.calibrate(0.4));
        assertEquals(0.25, iso.calibrate(1.0));
    }

    @Test
    void outputIsMonotoneAndAProbability() {
        SplitMix64 random = new SplitMix64(11);
        double[] p = new double[500];
        boolean[] y = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.floor(random.nextDouble() * 50) / 50; // many ties
            y[i] = random.nextDouble() < 0.2 + 0.6 * p[i];
        }
        IsotonicCalibrator iso = IsotonicCalibrator.fitProbabilities(p, y);
        double previous = -1;
        for (int i = 0; i <= 2000; i++) {
            double c = iso.calibrate(i / 2000.0);
            assertTrue(c >= 0 && c <= 1, "in [0, 1]: " + c);
            assertTrue(c >= previous, "monotone at " + i);
            previous = c;
        }
        // Interpolation is exact at the kept points.
        double[] xs = iso.x();
        double[] ys = iso.y();
        for (int i = 0; i < xs.length; i++) {
            assertEquals(ys[i], iso.calibrate(xs[i]));
        }
        assertThrows(IllegalArgumentException.class, () -> iso.calibrate(1.5));
    }

    @Test
    void modelFileRoundTripAndEditedFilesAreRefused() throws IOException {
        IsotonicCalibrator iso = IsotonicCalibrator.fit(CalibrationInput.SCORE, new double[] {0, 1, 1, 2, 3, 4},
                outcomes(0, 0, 1, 0, 0, 1));
        Path file = dir.resolve("iso.json");
        ModelFiles.write(file, iso.toDocument());
        assertEquals(iso, ModelReaders.readCalibrator(file));

        ModelFileEdits.editAsFormatOne(file, text -> text.replace("\"x\" : [ 0.0, 3.0, 4.0 ]",
                "\"x\" : [ 3.0, 0.0, 4.0 ]"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelReaders.readCalibrator(file));
        assertTrue(e.getMessage().contains("x must be strictly increasing"), e.getMessage());
    }

    @Test
    void toStringListsThePoints() {
        String text = IsotonicCalibrator.of(new double[] {0.1, 0.9}, new double[] {0.2, 0.7},
                CalibrationInput.PROBABILITY).toString();
        assertTrue(text.startsWith("Isotonic calibrator: 2 points"), text);
        assertTrue(text.contains("probability  calibrated"), text);
        assertTrue(text.contains("     0.9000      0.7000"), text);
    }
}
