package org.forecast4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.evidence.EvidenceFitOptions;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.evidence.EvidenceTrainer;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;

/**
 * Features so large that the log-odds' variance overflows (|x| beyond about 1e154) give the limit of the
 * predictive, not NaN: found by the jqwik property that probabilities and intervals stay in [0, 1] for any finite
 * input. The direct computation at 1e150 and the scaled one at 1e200 agree (both are the limit to 1e-12), and the
 * Bayesian logistic limit has a closed form.
 */
class ScaledGaussianTest {
    private static final double[][] ROWS = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {1, 1}, {2, 0}, {0, 0}, {3, 1}};
    private static final boolean[] Y = {false, false, true, true, true, false, false, true};
    private static final BayesianLogisticModel BAYES = BayesianLogisticRegression.fit(ROWS, Y,
            FeatureSchema.of("a", "b"));
    private static final EvidenceModel EVIDENCE = EvidenceTrainer.fit(-0.5, 1.0, FeatureSchema.of("a", "b"), ROWS, Y,
            EvidenceFitOptions.DEFAULTS);
    private static final MarketAnchoredModel ANCHORED = MarketAnchoredRegression.fit(
            new double[][] {{0.2, 1, 0}, {0.7, 0, 1}, {0.6, 1, 1}, {0.9, 0, 0}, {0.4, 1, 0}, {0.3, 0, 1},
                {0.1, 0, 0}, {0.8, 1, 1}},
            Y, FeatureSchema.of("market", "b", "c"), MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(1.0));

    @Test
    void bayesLogisticTendsToItsClosedFormLimit() {
        // x = (t, 0), t -> inf: mu/sqrt(1 + pi s^2/8) -> w_a / sqrt(pi var(w_a) / 8).
        double w = BAYES.coefficient(0);
        double sd = BAYES.coefficientSd(0);
        double limit = Probabilities.sigmoid(w / Math.sqrt(Math.PI * sd * sd / 8));
        assertEquals(limit, BAYES.probability(new double[] {1e200, 0}), 1e-12);
        assertEquals(limit, BAYES.probability(new double[] {Double.MAX_VALUE, 0}), 1e-12);
        assertEquals(BAYES.probability(new double[] {1e150, 0}), BAYES.probability(new double[] {1e200, 0}), 1e-12);
    }

    @Test
    void everyModelIsContinuousAcrossTheOverflow() {
        check(BAYES, new double[] {1e150, -3e149}, new double[] {1e200, -3e199});
        check(EVIDENCE, new double[] {1e150, -3e149}, new double[] {1e200, -3e199});
        check(EVIDENCE, new double[] {1e300, -1e300}, new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
        check(ANCHORED, new double[] {0.3, 1e150, -2e150}, new double[] {0.3, 1e200, -2e200});
        check(ANCHORED, new double[] {0.3, 1e300, -1e300}, new double[] {0.3, Double.MAX_VALUE, -Double.MAX_VALUE});
    }

    private static void check(LinearLogOddsModel model, double[] direct, double[] scaled) {
        assertEquals(model.probability(direct), model.probability(scaled), 1e-9, model.getClass().getSimpleName());
        ProbabilityInterval a = model.interval(direct);
        ProbabilityInterval b = model.interval(scaled);
        assertEquals(a.lower(), b.lower(), 1e-9);
        assertEquals(a.upper(), b.upper(), 1e-9);
        assertTrue(b.lower() <= model.probability(scaled) && model.probability(scaled) <= b.upper(), b.toString());
    }

    @Test
    void nanStaysNaNAndAnIntervalOfNaNIsRefused() {
        for (LinearLogOddsModel model : new LinearLogOddsModel[] {BAYES, EVIDENCE}) {
            assertTrue(Double.isNaN(model.probability(new double[] {Double.NaN, 1e300})));
            assertThrows(IllegalArgumentException.class, () -> model.interval(new double[] {Double.NaN, 1e300}));
        }
        assertTrue(Double.isNaN(ANCHORED.probability(new double[] {0.3, Double.NaN, 1e300})));
    }
}
