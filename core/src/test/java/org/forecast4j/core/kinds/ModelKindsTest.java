package org.forecast4j.core.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.FitDiagnostics;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.model.TrainingSet;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry: every kind trains from its defaults, writes a file and reads it back; settings by name. */
class ModelKindsTest {
    @TempDir
    Path dir;

    /** Two features in (0, 1) (so they serve as prices and as pooled forecasters too), outcomes from a logit. */
    private static TrainingSet data(int n) {
        SplitMix64 random = new SplitMix64(11);
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 0.05 + 0.9 * random.nextDouble();
            x[i][1] = 0.05 + 0.9 * random.nextDouble();
            y[i] = random.nextDouble() < Probabilities.sigmoid(2 * Probabilities.logit(x[i][0]) + 0.5 * x[i][1]);
        }
        return TrainingSet.of(x, y, FeatureSchema.of("market", "other"));
    }

    @Test
    void everyModelKindTrainsWritesAndReadsBackItsOwnFile() throws Exception {
        TrainingSet data = data(400);
        double[] probe = {0.3, 0.6};
        for (ModelKind<?, ?> kind : ModelKinds.models()) {
            ProbabilityModel model = kind.choice().trainer().fit(data);
            assertEquals(kind.name(), model.kind(), kind.name());
            assertEquals(data.schema(), model.schema(), kind.name());
            if (model instanceof FitDiagnostics d) {
                assertTrue(d.converged() && d.iterations() > 0, kind.name());
            }
            Path file = dir.resolve(kind.name() + ".json");
            ModelFiles.write(file, model.toDocument());
            ProbabilityModel read = ModelReaders.readModel(file, data.schema());
            assertEquals(model.probability(probe), read.probability(probe), 0.0, kind.name());
            assertSame(kind, ModelKinds.model(kind.name().toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals(List.of("bayes-logistic", "logistic", "evidence", "market-anchored", "log-odds-pool"),
                ModelKinds.modelNames());
        assertTrue(ModelKinds.BAYES_LOGISTIC.online());
        assertFalse(ModelKinds.LOGISTIC.online());
    }

    @Test
    void everyCalibratorKindFitsAndReadsBack() throws Exception {
        TrainingSet data = data(300);
        double[] p = new double[data.rows()];
        for (int i = 0; i < p.length; i++) {
            p[i] = data.x()[i][0];
        }
        for (CalibratorKind kind : ModelKinds.calibrators()) {
            if (kind.isNone()) {
                assertThrows(IllegalStateException.class, () -> kind.fit(p, data.y()));
                continue;
            }
            Calibrator c = kind.fit(p, data.y());
            assertEquals(kind.name(), c.kind());
            Path file = dir.resolve(kind.name() + ".json");
            ModelFiles.write(file, c.toDocument());
            assertEquals(c.calibrate(0.42), ModelReaders.readCalibrator(file).calibrate(0.42), 0.0, kind.name());
            assertSame(kind, ModelKinds.calibrator(" " + kind.name() + " "));
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ModelKinds.calibrator("venn"));
        assertEquals("unknown calibrator 'venn'; expected one of [none, platt, isotonic, beta]", unknown.getMessage());
    }

    @Test
    void settingsByNameChangeTheOptionsRecordAndNameWhatIsWrong() {
        ModelChoice<?, ?> bayes = ModelKinds.BAYES_LOGISTIC.choice().with("prior-sd", "1.5").with("max-iter", "40");
        assertEquals(BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(1.5).withMaxIter(40), bayes.options());
        assertEquals("bayes-logistic (prior-sd 1.5, max-iter 40)", bayes.toString());
        assertEquals("bayes-logistic", ModelKinds.BAYES_LOGISTIC.choice().toString());
        IllegalArgumentException l2 = assertThrows(IllegalArgumentException.class, () -> bayes.with("l2", "1"));
        assertEquals("l2 does not apply to bayes-logistic (its settings: prior-sd, intercept-prior-sd, max-iter)",
                l2.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> bayes.with("prior-sd", "-1"));
        // The options record says "maxIter must be >= 1"; the person typed --max-iter, so that is the name shown.
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> bayes.with("max-iter", "0"));
        assertEquals("max-iter must be >= 1, got 0", zero.getMessage());
        assertTrue(negative.getMessage().startsWith("prior-sd must be "), negative.getMessage());
        assertTrue(negative.getMessage().endsWith(", got -1"), negative.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> bayes.with("max-iter", "many"));
        assertEquals("max-iter many: 'many' is not a whole number", text.getMessage());
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> bayes.with("prior-sd", "1e400"));
        assertEquals("prior-sd 1e400: '1e400' is not a finite number", infinite.getMessage());

        ModelChoice<?, ?> anchored = ModelKinds.MARKET_ANCHORED.choice();
        assertEquals("evidence", anchored.settings().get("prior-sd"));
        assertEquals(0.0, ((MarketAnchoredRegression.Options) anchored.with("prior-sd", "0").options()).priorSd());
        assertTrue(Double.isNaN(((MarketAnchoredRegression.Options) anchored.with("prior-sd", "0")
                .with("prior-sd", "evidence").options()).priorSd()));
        assertEquals("price", anchored.with("market", "price").settings().get("market"));
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> ModelKinds.model("probit"));
        assertEquals("unknown model 'probit'; expected one of [bayes-logistic, logistic, evidence, market-anchored,"
                + " log-odds-pool]", kind.getMessage());
    }

    @Test
    void theEvidenceTrainerCountsQuestionsNotRows() {
        // 3 questions, 1 yes, forecast on 6 rows: the prior is the Beta(1, 1) posterior mean (1 + 1)/(3 + 2) = 0.4
        // (a closed form), not the row rate 4/6 of the duplicated rows.
        double[][] x = {{0}, {0}, {0}, {0}, {0}, {0}};
        boolean[] y = {true, true, true, true, false, false};
        EvidenceModel model = ModelKinds.EVIDENCE.choice().trainer()
                .fit(new TrainingSet(x, y, FeatureSchema.of("f"), 3, 1));
        assertEquals(0.4, model.priorProbability(), 1e-15);
    }

    @Test
    void aTrainingSetRefusesMismatchedShapes() {
        FeatureSchema schema = FeatureSchema.of("a", "b");
        assertThrows(IllegalArgumentException.class,
                () -> TrainingSet.of(new double[][] {{1, 2}}, new boolean[] {true, false}, schema));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> TrainingSet.of(new double[][] {{1}}, new boolean[] {true}, schema));
        assertEquals("row 0 has 1 values, expected 2 [a, b]", width.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new TrainingSet(new double[][] {{1, 2}}, new boolean[] {true}, schema, 1, 2));
    }

    @Test
    void aFileOfAnUnknownKindListsTheKnownOnes() throws Exception {
        Path file = dir.resolve("m.json");
        ModelFiles.write(file, ModelKinds.LOGISTIC.choice().trainer().fit(data(100)).toDocument());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelReaders.readCalibrator(file));
        assertTrue(e.getMessage().contains("is not a calibrator kind this build knows (known: beta, isotonic, platt)"),
                e.getMessage());
    }
}
