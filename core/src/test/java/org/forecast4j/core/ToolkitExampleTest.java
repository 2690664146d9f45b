package org.forecast4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.baserate.GammaPoissonHazard;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.pooling.LogOddsPool;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's toolkit snippet, kept compiling and checked. */
class ToolkitExampleTest {

    @TempDir
    Path dir;

    @Test
    void readmeSnippetRuns() throws IOException {
        SplitMix64 random = new SplitMix64(1);
        double[] pastForecasts = new double[200];
        boolean[] pastOutcomes = new boolean[200];
        double[][] pastProbabilities = new double[200][3];
        for (int i = 0; i < 200; i++) {
            pastForecasts[i] = random.nextDouble();
            for (int j = 0; j < 3; j++) {
                pastProbabilities[i][j] = 0.05 + 0.9 * random.nextDouble();
            }
            pastOutcomes[i] = random.nextDouble() < 0.5 * (pastForecasts[i] + pastProbabilities[i][0]);
        }
        Path plattFile = dir.resolve("platt.json");

        // --- README: "The forecaster's toolkit" ---
        PlattCalibrator platt = PlattCalibrator.fitProbabilities(pastForecasts, pastOutcomes);
        double calibrated = platt.calibrate(0.62);
        ModelFiles.write(plattFile, platt.toDocument());
        Calibrator loaded = ModelReaders.readCalibrator(plattFile);

        BetaBinomialBaseRate referenceClass = BetaBinomialBaseRate.of(3, 10);
        GammaPoissonHazard visits = GammaPoissonHazard.builder()
                .observed(25, 51)
                .hazardRatio("summit-scheduled", 2.0)
                .build();
        double byDeadline = visits.probability(0.5, new double[] {1});
        double quarterLater = visits.afterQuietPeriod(0.25).probability(0.25, new double[] {1});

        EvidenceModel evidence = EvidenceModel.builder()
                .prior(referenceClass)
                .evidence("tsmc-declined", -0.4, 0.2)
                .evidence("deal-finalized", 1.1, 0.5)
                .build();
        double[] x = evidence.indicators("deal-finalized");
        String explained = evidence.explain(x);

        double pooled = LogOddsPool.pool(new double[] {0.6, 0.7, 0.9}, null, 1.5);
        double blended = LogOddsPool.blend(evidence.probability(x), 0.55, 0.3, 1.0);
        LogOddsPool fitted = LogOddsPool.fitExtremizing(FeatureSchema.of("a", "b", "c"), pastProbabilities,
                pastOutcomes);
        // --- end of snippet ---

        assertEquals(calibrated, loaded.calibrate(0.62));
        // 25.5 events per 51 years doubled over half a year: 1 - (51/52)^25.5, as over a whole year at ratio 1.
        assertEquals(1 - Math.pow(51.0 / 52.0, 25.5), byDeadline, 1e-14);
        assertTrue(quarterLater < byDeadline);
        assertTrue(explained.contains("deal-finalized"), explained);
        // Prior 1/3, log LR 1.1: odds 0.5 · e^1.1.
        double odds = 0.5 * Math.exp(1.1);
        assertEquals(odds / (1 + odds), evidence.probability(x), 1e-15);
        assertTrue(pooled > 0.7595 && pooled < 1);
        assertTrue(blended > 0.55 && blended < evidence.probability(x));
        assertTrue(fitted.extremizing() > 0);
    }
}
