package org.forecast4j.core.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;

/** The tests of the former {@code glm.LogitNewton}, unchanged but for the API, through the step rule. */
class PenalizedLogitNewtonTest {

    /** The former {@code LogitNewton.fit}: an explicit design (no implicit intercept), the step rule. */
    private static NewtonFit fit(double[][] x, double[] offset, double[] target, double[] weight,
            double[] priorPrecision, double[] start) {
        return PenalizedLogitNewton.fit(LogitProblem.of(x, false, offset, target, weight, priorPrecision), start,
                NewtonOptions.step());
    }

    @Test
    void interceptOnlyIsTheLogOddsOfTheMeanTargetWithTheFisherVariance() {
        // Closed form: the MLE of a constant is logit(mean); its variance is 1/(n p (1 - p)).
        double[][] x = {{1}, {1}, {1}, {1}, {1}};
        double[] t = {1, 0, 0, 1, 0};
        NewtonFit s = fit(x, null, t, null, null, null);
        assertTrue(s.converged());
        assertEquals(Probabilities.logit(0.4), s.parameter(0), 1e-14);
        assertEquals(1 / (5 * 0.4 * 0.6), s.covariance()[0][0], 1e-12);
        // -log-likelihood: -(2 ln 0.4 + 3 ln 0.6)
        assertEquals(-(2 * Math.log(0.4) + 3 * Math.log(0.6)), s.objective(), 1e-13);
    }

    @Test
    void offsetsWeightsAndAGaussianPrior() {
        // With an offset o, the constant's MLE is logit(mean) - o. Weights act as repeated rows.
        double[][] x = {{1}, {1}};
        NewtonFit s = fit(x, new double[] {0.5, 0.5}, new double[] {1, 0}, new double[] {3, 1}, null,
                null);
        assertEquals(Probabilities.logit(0.75) - 0.5, s.parameter(0), 1e-14);
        // A prior precision λ shrinks towards 0: the optimum solves n(σ(β) - t̄) + λβ = 0.
        NewtonFit shrunk = fit(new double[][] {{1}, {1}, {1}, {1}}, null, new double[] {1, 1, 1, 0},
                null, new double[] {2.0}, null);
        double beta = shrunk.parameter(0);
        assertEquals(0, 4 * (Probabilities.sigmoid(beta) - 0.75) + 2.0 * beta, 1e-14);
        assertTrue(beta > 0 && beta < Probabilities.logit(0.75));
        // Its covariance is the inverse of n σ(1 - σ) + λ.
        double p = Probabilities.sigmoid(beta);
        assertEquals(1 / (4 * p * (1 - p) + 2.0), shrunk.covariance()[0][0], 1e-12);
    }

    @Test
    void separatedDataDoesNotConvergeButAPriorFixesIt() {
        double[][] x = {{-2, 1}, {-1, 1}, {1, 1}, {2, 1}};
        double[] t = {0, 0, 1, 1};
        assertFalse(fit(x, null, t, null, null, null).converged());
        assertTrue(fit(x, null, t, null, new double[] {1, 1}, null).converged());
    }

    @Test
    void shapesAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> fit(new double[][] {{1}}, null, new double[] {1, 0}, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> fit(new double[][] {{1}}, null, new double[] {1.5}, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> fit(new double[][] {{Double.NaN}}, null, new double[] {1}, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> fit(new double[0][], null, new double[0], null, null, null));
    }
}
