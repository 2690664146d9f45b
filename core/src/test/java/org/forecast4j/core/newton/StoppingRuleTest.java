package org.forecast4j.core.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each stopping rule: what it tests, and what a fit under it does. */
class StoppingRuleTest {

    @Test
    void theDecrementRuleComparesHalfTheDecrementWithTheTolerance() {
        assertTrue(StoppingRule.DECREMENT.converged(1e-10, 2e-10, 0.5, 1e4));
        assertFalse(StoppingRule.DECREMENT.converged(1e-10, 2.1e-10, 1e-20, 0));
        assertTrue(StoppingRule.DECREMENT.closeEnough(1e-10, 2e-10, 0.5));
        assertFalse(StoppingRule.DECREMENT.closeEnough(1e-10, 3e-10, 1e-20));
    }

    @Test
    void theStepRuleComparesTheRelativeStepOrTheDecrementWithTheObjectivesRounding() {
        assertTrue(StoppingRule.STEP.converged(1e-10, 1.0, 0.9e-10, 5));
        assertFalse(StoppingRule.STEP.converged(1e-10, 1e-12, 1.1e-10, 5));
        // A step below 1e-6 whose predicted decrease is below the objective's rounding, 1e-14·(1 + |f|).
        assertTrue(StoppingRule.STEP.converged(1e-10, 1e-13, 5e-7, 9));
        assertFalse(StoppingRule.STEP.converged(1e-10, 1e-13, 2e-6, 9));
        assertTrue(StoppingRule.STEP.closeEnough(1e-10, 1.0, 0.9e-6));
        assertFalse(StoppingRule.STEP.closeEnough(1e-10, 0.0, 1.1e-6));
    }

    @Test
    void aLooseDecrementStopsEarlierThanATightOneAndBothTakeTheLastStep() {
        LogitProblem problem = Problems.rich(8, 2000, 5);
        NewtonFit tight = PenalizedLogitNewton.fit(problem, null, NewtonOptions.decrement(1e-12, 100));
        NewtonFit loose = PenalizedLogitNewton.fit(problem, null, NewtonOptions.decrement(1.0, 100));
        assertTrue(tight.converged() && loose.converged());
        assertTrue(loose.iterations() < tight.iterations(), loose.iterations() + " vs " + tight.iterations());
        // The stop takes the full step whose decrement was at most 2 nats: the error left is of its order squared.
        assertTrue(loose.objective() - tight.objective() < 1.0, loose.objective() + " vs " + tight.objective());
        assertTrue(loose.objective() >= tight.objective() - 1e-9);
    }

    @Test
    void bothRulesReachTheSameOptimum() {
        LogitProblem problem = Problems.rich(9, 3000, 4);
        NewtonFit decrement = PenalizedLogitNewton.fit(problem, null, NewtonOptions.decrement(1e-12, 100));
        NewtonFit step = PenalizedLogitNewton.fit(problem, null, NewtonOptions.step());
        assertTrue(decrement.converged() && step.converged());
        assertArrayEquals(decrement.parameters(), step.parameters(), 1e-9);
        assertEquals(decrement.objective(), step.objective(), 1e-9);
    }

    @Test
    void theIterationLimitIsReportedNotHidden() {
        LogitProblem problem = Problems.rich(10, 1000, 3);
        NewtonFit fit = PenalizedLogitNewton.fit(problem, null,
                new NewtonOptions(StoppingRule.DECREMENT, 1e-10, 2, false, null));
        assertFalse(fit.converged());
        assertEquals(2, fit.iterations());
        NewtonFit stepped = PenalizedLogitNewton.fit(problem, null,
                new NewtonOptions(StoppingRule.STEP, 1e-10, 1, true, null));
        assertFalse(stepped.converged());
        assertEquals(1, stepped.iterations());
    }
}
