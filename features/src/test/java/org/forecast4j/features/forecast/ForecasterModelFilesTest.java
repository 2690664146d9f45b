package org.forecast4j.features.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.evidence.EvidenceModelBuilder;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.extract.FeatureExtractor;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real model path: models written by {@code ModelFiles} (a Bayesian logistic regression fitted here, an
 * analyst's evidence model, a Platt calibrator) loaded back by {@link Forecaster#load} and checked against the
 * models themselves, in batch and live.
 */
class ForecasterModelFilesTest {
    static final Path EXAMPLES = Path.of("src/test/resources/examples");
    static final Instant T = Instant.parse("2026-02-04T00:00:00Z");

    static FeatureSpec spec;
    static EventLog log;
    static List<Question> questions;
    static BayesianLogisticModel fitted;

    @TempDir
    Path dir;

    @BeforeAll
    static void fit() {
        spec = FeatureSpec.read(EXAMPLES.resolve("spec.json"));
        log = EventReader.readLog(EXAMPLES.resolve("events.jsonl"));
        questions = QuestionReader.read(EXAMPLES.resolve("questions.jsonl"));
        // 400 synthetic rows on the spec's 8 features, outcomes from a known logistic model (seeded).
        SplitMix64 random = new SplitMix64(7);
        int n = 400;
        int k = spec.size();
        double[] truth = {0.8, 0.5, -0.004, 0.05, -0.2, -1.0, 0.6, 0.4};
        double[][] x = new double[n][k];
        boolean[] y = new boolean[n];
        for (int r = 0; r < n; r++) {
            double t = -0.5;
            for (int j = 0; j < k; j++) {
                x[r][j] = random.nextGaussian();
                t += truth[j] * x[r][j];
            }
            y[r] = random.nextDouble() < Probabilities.sigmoid(t);
        }
        fitted = BayesianLogisticRegression.fit(x, y, spec.schema(),
                BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(2));
    }

    @Test
    void bayesianLogisticModelFileForecastsAsTheModelItself() throws IOException {
        Path file = dir.resolve("bayes.json");
        ModelFiles.write(file, fitted.toDocument());
        Forecaster forecaster = Forecaster.load(EXAMPLES.resolve("spec.json"), file, null);
        assertEquals(BayesianLogisticModel.KIND, forecaster.model().kind());
        assertTrue(forecaster.model() instanceof BayesianLogisticModel);
        boolean moderated = false;
        for (Question q : questions) {
            double[] x = new FeatureExtractor(spec).extract(q, log, T);
            Forecast f = forecaster.forecast(q, log, T);
            assertSameAsModel(fitted, x, f);
            // The Bayesian probability is the moderated predictive, not sigmoid of the posterior-mean log-odds.
            assertEquals(fitted.probability(x), f.probability(), 0.0);
            assertEquals(fitted.interval(x), f.interval());
            moderated |= f.probability() != Probabilities.sigmoid(f.logOdds());
        }
        assertTrue(moderated, "the moderated predictive differs from sigmoid(logOdds)");
    }

    @Test
    void evidenceModelFileForecastsAsTheModelItself() throws IOException {
        EvidenceModelBuilder builder = EvidenceModel.builder().prior(0.3, 0.25);
        double[] ratios = {0.7, 0.4, -0.002, 0.03, -0.1, -0.8, 0.5, 0.3};
        for (int i = 0; i < spec.size(); i++) {
            builder.evidence(spec.schema().name(i), ratios[i], 0.1 * (i + 1));
        }
        EvidenceModel model = builder.build();
        Path file = dir.resolve("evidence.json");
        ModelFiles.write(file, model.toDocument());
        Forecaster forecaster = Forecaster.load(EXAMPLES.resolve("spec.json"), file, null);
        assertEquals(EvidenceModel.KIND, forecaster.model().kind());
        assertEquals(model, forecaster.model(), "the file round trip keeps every parameter");
        for (Question q : questions) {
            double[] x = new FeatureExtractor(spec).extract(q, log, T);
            Forecast f = forecaster.forecast(q, log, T);
            assertSameAsModel(model, x, f);
            assertEquals(model.probability(x), f.probability(), 0.0);
            assertEquals(Probabilities.sigmoid(model.logOdds(x)), f.probability(), 0.0);
            assertEquals(model.interval(x), f.interval());
            assertEquals(Math.log(0.3 / 0.7), f.baseLogOdds(), 1e-15);
        }
    }

    @Test
    void calibratorFileAppliesToTheLoadedModelsProbability() throws IOException {
        Path modelFile = dir.resolve("bayes.json");
        ModelFiles.write(modelFile, fitted.toDocument());
        PlattCalibrator platt = PlattCalibrator.fitProbabilities(new double[] {0.1, 0.3, 0.35, 0.6, 0.8, 0.9, 0.2, 0.7},
                new boolean[] {false, false, true, false, true, true, false, true});
        Path calibratorFile = dir.resolve("platt.json");
        ModelFiles.write(calibratorFile, platt.toDocument());
        Forecaster forecaster = Forecaster.load(EXAMPLES.resolve("spec.json"), modelFile, calibratorFile);
        for (Question q : questions) {
            double[] x = new FeatureExtractor(spec).extract(q, log, T);
            Forecast f = forecaster.forecast(q, log, T);
            assertEquals(fitted.probability(x), f.modelProbability(), 0.0);
            assertEquals(platt.calibrate(fitted.probability(x)), f.probability(), 0.0);
            assertSameAsModel(fitted, x, f);
        }
    }

    @Test
    void liveForecastsWithTheLoadedModelEqualBatch() throws IOException {
        Path file = dir.resolve("bayes.json");
        ModelFiles.write(file, fitted.toDocument());
        Forecaster forecaster = Forecaster.load(EXAMPLES.resolve("spec.json"), file, null);
        for (Question q : questions) {
            forecaster.register(q);
        }
        for (Question q : questions) {
            for (PricePoint p : q.prices()) {
                if (!p.time().isAfter(T)) {
                    forecaster.onPrice(q.id(), p.time(), p.price());
                }
            }
        }
        for (Event e : log.publishedBy(T).events()) {
            forecaster.onEvent(e);
        }
        for (Question q : questions) {
            double batch = forecaster.forecast(q, log, T).probability();
            assertEquals(batch, forecaster.probability(q.id(), T), 1e-12, q.id());
            Forecast live = forecaster.forecastLive(q.id(), T);
            assertEquals(live.logOdds(), live.logOddsFromContributions());
        }
    }

    @Test
    void aModelFileForOtherFeaturesIsRefusedNamingTheFile() throws IOException {
        BayesianLogisticModel other = BayesianLogisticRegression.fit(new double[][] {{0}, {1}, {2}, {3}},
                new boolean[] {false, true, false, true}, FeatureSchema.of("somethingElse"));
        Path file = dir.resolve("other.json");
        ModelFiles.write(file, other.toDocument());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Forecaster.load(EXAMPLES.resolve("spec.json"), file, null));
        assertTrue(e.getMessage().contains("other.json"), e.getMessage());
    }

    /** Contributions are the model's coefficients times the features, and add up to its log-odds. */
    private static void assertSameAsModel(LinearLogOddsModel model, double[] x, Forecast f) {
        assertEquals(model.intercept(), f.baseLogOdds(), 0.0);
        for (int i = 0; i < x.length; i++) {
            Contribution c = f.contributions().get(i);
            assertEquals(spec.schema().name(i), c.feature());
            assertEquals(x[i], c.value(), 0.0);
            assertEquals(model.coefficient(i), c.coefficient(), 0.0);
            assertEquals(model.coefficient(i) * x[i], c.logOdds(), 0.0);
        }
        assertEquals(f.logOdds(), f.logOddsFromContributions(), 0.0);
        assertEquals(model.logOdds(x), f.logOdds(), 1e-12);
    }
}
