package org.forecast4j.core.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.modelfile.ModelFileEdits;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceModelTest {

    @TempDir
    Path dir;

    private static EvidenceModel analyst() {
        return EvidenceModel.builder().prior(0.3, 0.5).evidence("tsmc-declined", -0.4, 0.2)
                .evidence("deal-finalized", 1.1, 0.5).build();
    }

    @Test
    void analystModelMatchesTheClosedForm() {
        // evidence_reference.py: x = [1, 1]: log-odds = -0.14729786038720372, probability = 0.46324197141911588,
        // 90% interval = 0.20488897911558643 0.74296138896982022 (variance 0.5² + 0.2² + 0.5²).
        EvidenceModel model = analyst();
        double[] both = model.indicators("tsmc-declined", "deal-finalized");
        assertEquals(-0.14729786038720372, model.logOdds(both), 1e-15);
        assertEquals(0.46324197141911588, model.probability(both), 1e-15);
        assertEquals(0.54, model.logOddsVariance(both), 1e-15);
        ProbabilityInterval interval = model.interval(both);
        assertEquals(0.9, interval.level());
        assertEquals(0.20488897911558643, interval.lower(), 1e-12);
        assertEquals(0.74296138896982022, interval.upper(), 1e-12);
        // x = [1, 0], 50% interval: 0.22316824259411203, [0.16651619402714785, 0.29233425506309768]
        double[] declined = model.indicators("tsmc-declined");
        assertEquals(0.22316824259411203, model.probability(declined), 1e-15);
        assertEquals(0.16651619402714785, model.interval(declined, 0.5).lower(), 1e-12);
        assertEquals(0.29233425506309768, model.interval(declined, 0.5).upper(), 1e-12);
        // No evidence: the prior.
        assertEquals(0.3, model.probability(new double[2]), 1e-15);
    }

    @Test
    void contributionsAddUpToTheLogOddsAndTheModelIsLinear() {
        EvidenceModel model = analyst();
        LinearLogOddsModel linear = model;
        assertEquals(Probabilities.logit(0.3), linear.intercept(), 1e-15);
        assertEquals(-0.4, linear.coefficient(0));
        assertEquals(1.1, linear.coefficient(1));
        double[] x = {2, 1}; // the partner declined twice
        double[] c = new double[2];
        model.contributions(x, c);
        assertArrayEquals(new double[] {-0.8, 1.1}, c, 1e-15);
        assertEquals(model.logOdds(x), model.intercept() + c[0] + c[1], 1e-15);
        String explained = model.explain(x);
        assertTrue(explained.contains("tsmc-declined"), explained);
        assertTrue(explained.contains("-0.8000"), explained);
        assertTrue(explained.contains("90% interval"), explained);
    }

    @Test
    void invariantsOfTheInterval() {
        EvidenceModel model = analyst();
        for (double[] x : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {3, 2}}) {
            double p = model.probability(x);
            ProbabilityInterval ninety = model.interval(x, 0.9);
            ProbabilityInterval fifty = model.interval(x, 0.5);
            assertTrue(ninety.lower() <= fifty.lower() && fifty.lower() <= p && p <= fifty.upper()
                    && fifty.upper() <= ninety.upper());
            assertTrue(ninety.lower() >= 0 && ninety.upper() <= 1);
        }
        // Certain inputs give a point interval.
        EvidenceModel certain = EvidenceModel.builder().prior(0.2).likelihoodRatio("e", 4, 0).build();
        ProbabilityInterval point = certain.interval(new double[] {1});
        assertEquals(point.lower(), point.upper(), 1e-15);
        // Prior odds 0.25 times a likelihood ratio of 4 gives odds 1.
        assertEquals(0.5, certain.probability(new double[] {1}), 1e-15);
    }

    @Test
    void priorFromABaseRate() {
        // evidence_reference.py: 3 of 10 with Beta(1, 1): prior log-odds logit(1/3) = -0.6931471805599454, sd
        // sqrt(trigamma(4) + trigamma(8)) = 0.64572437651922876.
        EvidenceModel model = EvidenceModel.builder().prior(BetaBinomialBaseRate.of(3, 10)).build();
        assertEquals(-0.6931471805599454, model.intercept(), 1e-15);
        assertEquals(0.64572437651922876, model.priorLogOddsSd(), 1e-12);
        assertEquals(1.0 / 3, model.probability(new double[0]), 1e-15);
    }

    @Test
    void fittedRatiosMatchScipy() {
        // evidence_reference.py: offset logit(0.25), N(0, 1) prior on each log LR, scipy BFGS:
        //   log LRs = 1.2786099834967326 0.8603913899900355
        //   covariance = 0.44502131556107444 -0.10433942986932422 0.31572657961820449
        //   x = [1, 1]: probability = 0.73892507328532264, 90% interval 0.45468485143221227 0.90572652174816504
        double[][] x = {{1, 0}, {1, 1}, {0, 0}, {0, 1}, {1, 0}, {0, 0}, {1, 1}, {0, 0},
            {0, 2}, {1, 0}, {0, 0}, {1, 1}, {0, 1}, {0, 0}, {1, 2}, {0, 0}};
        boolean[] y = new boolean[x.length];
        int[] outcomes = {1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0};
        for (int i = 0; i < y.length; i++) {
            y[i] = outcomes[i] == 1;
        }
        EvidenceModel model = EvidenceTrainer.fit(Probabilities.logit(0.25), 0, FeatureSchema.of("deal", "visits"), x,
                y, EvidenceFitOptions.DEFAULTS);
        assertEquals(1.2786099834967326, model.coefficient(0), 1e-9);
        assertEquals(0.8603913899900355, model.coefficient(1), 1e-9);
        assertEquals(Math.sqrt(0.44502131556107444), model.logLikelihoodRatioSd(0), 1e-9);
        assertEquals(Math.sqrt(0.31572657961820449), model.logLikelihoodRatioSd(1), 1e-9);
        // The off-diagonal -0.104 enters the variance: 0.445 + 0.316 - 2 · 0.104.
        assertEquals(0.44502131556107444 + 0.31572657961820449 - 2 * 0.10433942986932422,
                model.logOddsVariance(new double[] {1, 1}), 1e-9);
        assertEquals(0.73892507328532264, model.probability(new double[] {1, 1}), 1e-9);
        assertEquals(0.45468485143221227, model.interval(new double[] {1, 1}).lower(), 1e-9);
        assertEquals(0.90572652174816504, model.interval(new double[] {1, 1}).upper(), 1e-9);
        assertEquals(16, model.provenance().trainingRows());
        assertTrue(model.toString().contains("fitted on 16 questions"), model.toString());
    }

    @Test
    void modelFileRoundTripThroughModelReaders() throws IOException {
        EvidenceModel model = analyst();
        Path file = dir.resolve("evidence.json");
        ModelFiles.write(file, model.toDocument());
        LinearLogOddsModel read = (LinearLogOddsModel) ModelReaders.readModel(file,
                FeatureSchema.of("tsmc-declined", "deal-finalized"));
        assertEquals(model, read);
        assertEquals(model.interval(new double[] {1, 1}), read.interval(new double[] {1, 1}));
        // A file whose schema differs from the caller's is refused.
        assertThrows(InvalidInputException.class,
                () -> ModelReaders.readModel(file, FeatureSchema.of("deal-finalized", "tsmc-declined")));
        // An edited covariance with the wrong shape is refused with the field named.
        ModelFileEdits.editAsFormatOne(file, text -> text.replaceAll("\"covariance\" : \\[[^\\]]*\\]",
                "\"covariance\" : [ 0.04, 0.0, 0.25 ]"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelReaders.readModel(file));
        assertTrue(e.getMessage().contains("parameters.covariance"), e.getMessage());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalStateException.class, () -> EvidenceModel.builder().evidence("a", 1, 0).build());
        assertThrows(IllegalArgumentException.class, () -> EvidenceModel.builder().prior(1.0));
        assertThrows(IllegalArgumentException.class, () -> EvidenceModel.builder().prior(0.5).evidence("a", 1, -1));
        assertThrows(IllegalArgumentException.class,
                () -> EvidenceModel.builder().prior(0.5).evidence("a", 1, 0).evidence("a", 2, 0).build());
        EvidenceModel model = analyst();
        assertThrows(IllegalArgumentException.class, () -> model.indicators("unknown"));
        assertThrows(IllegalArgumentException.class, () -> model.probability(new double[] {1}));
        assertTrue(Double.isNaN(model.probability(new double[] {Double.NaN, 0})));
    }

    @Test
    void toStringIsATable() {
        String text = analyst().toString();
        assertTrue(text.startsWith("Evidence model"), text);
        assertTrue(text.contains("set by an analyst"), text);
        assertTrue(text.contains("deal-finalized"), text);
        assertTrue(text.contains("3.0042"), "odds ratio e^1.1: " + text);
    }
}
