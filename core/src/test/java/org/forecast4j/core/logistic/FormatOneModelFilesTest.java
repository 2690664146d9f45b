package org.forecast4j.core.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.forecast4j.core.calibration.BetaCalibrator;
import org.forecast4j.core.calibration.IsotonicCalibrator;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.junit.jupiter.api.Test;

/**
 * Compatibility fixtures: model files of format version 1, checked in under
 * {@code src/test/resources/model-files/format-1/} (written on 2026-11-22 by {@code forecast fit},
 * {@code forecast calibrate} and {@code ModelFiles.write}, with {@code SOURCE_DATE_EPOCH=1767225600}). Format 1
 * is the first format, so today these are also the current format; the point of the files is that they never
 * change: every later build, whatever format it writes, must still read them and get the same model. Each is
 * compared with the same model fitted afresh from the same data.
 */
class FormatOneModelFilesTest {

    private static Path fixture(String name) {
        try {
            return Path.of(FormatOneModelFilesTest.class.getResource("/model-files/format-1/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFixtureIsFormatOneAndLoadsByKind() {
        for (String name : new String[] {"logistic.json", "bayes-logistic.json", "evidence.json", "platt.json",
            "isotonic.json", "beta.json"}) {
            ModelDocument document = ModelFiles.read(fixture(name));
            assertEquals(1, document.formatVersion(), name);
            assertEquals("2026-01-01T00:00:00Z", document.writtenAt(), name);
        }
        assertTrue(ModelReaders.readModel(fixture("logistic.json")) instanceof LogisticModel);
        assertTrue(ModelReaders.readModel(fixture("bayes-logistic.json")) instanceof BayesianLogisticModel);
        assertTrue(ModelReaders.readModel(fixture("evidence.json")) instanceof EvidenceModel);
        assertTrue(ModelReaders.readCalibrator(fixture("platt.json")) instanceof PlattCalibrator);
        assertTrue(ModelReaders.readCalibrator(fixture("isotonic.json")) instanceof IsotonicCalibrator);
        assertTrue(ModelReaders.readCalibrator(fixture("beta.json")) instanceof BetaCalibrator);
    }

    @Test
    void logisticFixturesHoldTheFitsOfTheDonnerData() {
        // Written by: forecast fit --data cli/src/test/resources/donner.csv --label survived --model logistic
        // (and --model bayes-logistic --prior-sd 2); the same rows as TestData.DONNER.
        double[][] x = TestData.features(TestData.DONNER);
        boolean[] y = TestData.outcomes(TestData.DONNER);
        LogisticModel fresh = LogisticRegression.fit(x, y, TestData.DONNER_SCHEMA);
        LogisticModel stored = (LogisticModel) ModelReaders.readModel(fixture("logistic.json"), TestData.DONNER_SCHEMA);
        assertArrayEquals(fresh.coefficients(), stored.coefficients(), 1e-9);
        assertEquals(fresh.logLikelihood(), stored.logLikelihood(), 1e-9);

        BayesianLogisticModel freshBayes = BayesianLogisticRegression.fit(x, y, TestData.DONNER_SCHEMA,
                BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(2));
        BayesianLogisticModel storedBayes = (BayesianLogisticModel) ModelReaders.readModel(
                fixture("bayes-logistic.json"), TestData.DONNER_SCHEMA);
        assertArrayEquals(freshBayes.posteriorMean(), storedBayes.posteriorMean(), 1e-9);
        double[][] a = freshBayes.posteriorCovariance();
        double[][] b = storedBayes.posteriorCovariance();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 1e-9);
        }
        assertEquals(freshBayes.logEvidence(), storedBayes.logEvidence(), 1e-9);
        double[] row = {23, 1};
        assertEquals(freshBayes.probability(row), storedBayes.probability(row), 1e-12);
    }

    @Test
    void calibratorAndEvidenceFixturesHoldTheirModels() {
        // platt.json: forecast calibrate --method platt --score on scikit-learn's test_sigmoid_calibration data.
        PlattCalibrator platt = PlattCalibrator.fitScores(new double[] {5, -4, 1}, new boolean[] {true, false, false});
        PlattCalibrator storedPlatt = (PlattCalibrator) ModelReaders.readCalibrator(fixture("platt.json"));
        assertEquals(platt.a(), storedPlatt.a(), 1e-12);
        assertEquals(platt.b(), storedPlatt.b(), 1e-12);

        // isotonic.json: --prob on x = [0, .25, .25, .5, .75, 1], y = [0, 0, 1, 0, 0, 1], written before fits kept
        // their end blocks off 0 and 1: it holds scikit-learn's points and loads as written. A fit today bounds
        // the one-example end blocks (0 -> min(1/3, 0.25), 1 -> max(2/3, 0.25)) and keeps the interior.
        IsotonicCalibrator storedIsotonic = (IsotonicCalibrator) ModelReaders.readCalibrator(fixture("isotonic.json"));
        assertArrayEquals(new double[] {0, 0.25, 0.75, 1}, storedIsotonic.x(), 0);
        assertArrayEquals(new double[] {0, 0.25, 0.25, 1}, storedIsotonic.y(), 0);
        IsotonicCalibrator isotonic = IsotonicCalibrator.fitProbabilities(new double[] {0, 0.25, 0.25, 0.5, 0.75, 1},
                new boolean[] {false, false, true, false, false, true});
        assertArrayEquals(new double[] {0, 0.75, 1}, isotonic.x(), 0);
        assertArrayEquals(new double[] {0.25, 0.25, 2.0 / 3}, isotonic.y(), 1e-15);

        // beta.json: --prob on p = [.1, .3, .2, .6, .8, .7, .4, .9], y = [0, 0, 1, 1, 1, 0, 0, 1].
        BetaCalibrator beta = BetaCalibrator.fitProbabilities(new double[] {0.1, 0.3, 0.2, 0.6, 0.8, 0.7, 0.4, 0.9},
                new boolean[] {false, false, true, true, true, false, false, true});
        BetaCalibrator storedBeta = (BetaCalibrator) ModelReaders.readCalibrator(fixture("beta.json"));
        assertEquals(beta.a(), storedBeta.a(), 1e-9);
        assertEquals(beta.b(), storedBeta.b(), 1e-9);
        assertEquals(beta.c(), storedBeta.c(), 1e-9);

        // evidence.json: EvidenceModel.builder().prior(0.3).evidence("dealFinalized", 1.1, 0.5)
        //     .evidence("partnerDeclined", -0.4, 0.2).build(), written with ModelFiles.write.
        EvidenceModel evidence = EvidenceModel.builder().prior(0.3).evidence("dealFinalized", 1.1, 0.5)
                .evidence("partnerDeclined", -0.4, 0.2).build();
        EvidenceModel storedEvidence = (EvidenceModel) ModelReaders.readModel(fixture("evidence.json"));
        assertEquals(evidence, storedEvidence);
    }
}
