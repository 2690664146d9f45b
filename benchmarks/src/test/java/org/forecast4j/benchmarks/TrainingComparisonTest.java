package org.forecast4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * forecast4j's Bayesian logistic fit and Smile's logistic regression, given the same penalised objective, reach
 * the same optimum: Smile is the external reference for the fit the training benchmark times.
 */
class TrainingComparisonTest {

    @Test
    void bothFitsReachTheSameOptimumOnSmallerData() {
        TrainingData data = TrainingData.generate(5000, 8, 11);
        TrainingComparison.Comparison c = TrainingComparison.compare(data);
        TrainingComparison.Fit ours = c.forecast4j();
        TrainingComparison.Fit smile = c.smile();
        // Newton converges to a decrement of 1e-10 nats; L-BFGS stops at a tolerance of 1e-5, so Smile can only be
        // at or above our objective, and close to it (measured: 1.3e-7 above, parameters within 1.7e-5).
        assertTrue(ours.objective() <= smile.objective() + 1e-9,
                "ours " + ours.objective() + ", smile " + smile.objective());
        assertEquals(ours.objective(), smile.objective(), 1e-8 * Math.abs(ours.objective()));
        assertEquals(ours.logLikelihood(), smile.logLikelihood(), 1e-8 * Math.abs(ours.logLikelihood()));
        assertTrue(c.maxParameterDifference() < 1e-4, "parameters differ by " + c.maxParameterDifference());
        // A sanity bound independent of both: the fit explains the data better than the base rate alone.
        int ones = 0;
        for (boolean y : data.y()) {
            ones += y ? 1 : 0;
        }
        double rate = ones / (double) data.y().length;
        double baseRateLogLikelihood = ones * Math.log(rate) + (data.y().length - ones) * Math.log1p(-rate);
        assertTrue(ours.logLikelihood() > baseRateLogLikelihood + 500,
                "fit " + ours.logLikelihood() + " vs base rate " + baseRateLogLikelihood);
        assertTrue(c.toString().contains("forecast4j") && c.toString().contains("smile"), c.toString());
    }

    @Test
    void theFitOnOneThreadIsTheSameBitsAsOnAllCores() {
        // Several blocks of 4,096 rows, so that the common pool really splits the passes.
        TrainingData data = TrainingData.generate(10_000, 6, 12);
        org.forecast4j.core.logistic.BayesianLogisticModel all = TrainingComparison.fitForecast4j(data);
        org.forecast4j.core.logistic.BayesianLogisticModel one = TrainingComparison.fitForecast4jOneThread(data);
        org.junit.jupiter.api.Assertions.assertArrayEquals(all.posteriorMean(), one.posteriorMean());
        assertEquals(Double.doubleToLongBits(all.logEvidence()), Double.doubleToLongBits(one.logEvidence()));
    }

    @Test
    void evaluateComputesTheLogLikelihoodAndTheObjectiveByHand() {
        // Two rows, one feature: z = 0.5 + 2·x. Rows (x=1, y=1): z=2.5, ln σ(2.5) = −0.07888973429254963;
        // (x=−1, y=0): z=−1.5, ln(1 − σ(−1.5)) = −0.2014132779827524 (numpy: -np.log1p(np.exp(-2.5)),
        // -np.log1p(np.exp(-1.5)); their negated sum 0.280303012275302). Objective = −ℓ + ½·0.16·2².
        TrainingData data = new TrainingData(new double[][] {{1}, {-1}}, new boolean[] {true, false}, new int[] {1, 0});
        TrainingComparison.Fit fit = TrainingComparison.evaluate("hand", data, 0.5, new double[] {2});
        assertEquals(-0.07888973429254963 - 0.2014132779827524, fit.logLikelihood(), 1e-15);
        assertEquals(0.280303012275302 + 0.5 * 0.16 * 4, fit.objective(), 1e-15);
    }
}
