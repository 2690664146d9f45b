package org.forecast4j.core.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The messages of bad input, as the former {@code glm.LogitNewton} gave them, and a singular Hessian. */
class BadInputTest {

    private static String message(double[][] x, double[] offset, double[] target, double[] weight,
            double[] precision, double[] start) {
        return assertThrows(IllegalArgumentException.class, () -> PenalizedLogitNewton.fit(
                LogitProblem.of(x, false, offset, target, weight, precision), start, NewtonOptions.step()))
                .getMessage();
    }

    @Test
    void eachBadValueIsNamed() {
        double[][] x = {{1, 0}, {1, 1}, {1, 2}};
        double[] t = {0, 1, 1};
        assertEquals("need at least one observation", message(new double[0][], null, new double[0], null, null,
                null));
        assertEquals("the design needs at least one column", message(new double[][] {{}}, null, new double[1], null,
                null, null));
        assertEquals("x, offset, target and weight must have one entry per observation (3)",
                message(x, null, new double[] {0, 1}, null, null, null));
        assertEquals("x, offset, target and weight must have one entry per observation (3)",
                message(x, new double[2], t, null, null, null));
        assertEquals("priorPrecision and start must have one entry per column (2)",
                message(x, null, t, null, new double[3], null));
        assertEquals("priorPrecision and start must have one entry per column (2)",
                message(x, null, t, null, null, new double[1]));
        assertEquals("row 1 has 1 columns, expected 2", message(new double[][] {{1, 0}, {1}, {1, 2}}, null, t, null,
                null, null));
        assertEquals("target[2] must be in [0, 1], got 1.5", message(x, null, new double[] {0, 1, 1.5}, null, null,
                null));
        assertEquals("target[0] must be in [0, 1], got NaN", message(x, null, new double[] {Double.NaN, 1, 1}, null,
                null, null));
        assertEquals("offset[1] is not finite: Infinity", message(x, new double[] {0, Double.POSITIVE_INFINITY, 0},
                t, null, null, null));
        assertEquals("weight[0] must be positive and finite, got 0.0", message(x, null, t, new double[] {0, 1, 1},
                null, null));
        assertEquals("priorPrecision[1] must be finite and >= 0, got -1.0", message(x, null, t, null,
                new double[] {0, -1}, null));
    }

    @Test
    void aNonFiniteDesignValueIsNamedWithTheSamePrecedenceAsAnEagerCheck() {
        double[] t = {0, 1, 1};
        assertEquals("x[1][1] is not finite: NaN", message(new double[][] {{1, 0}, {1, Double.NaN}, {1, 2}}, null,
                t, null, null, null));
        assertEquals("x[2][0] is not finite: -Infinity", message(new double[][] {{1, 0}, {1, 1},
            {Double.NEGATIVE_INFINITY, 2}}, null, t, null, null, null));
        // Row by row: the design value of row 1 comes before the target of row 2, and after the target of row 0.
        assertEquals("x[1][0] is not finite: NaN", message(new double[][] {{1, 0}, {Double.NaN, 1}, {1, 2}}, null,
                new double[] {0, 1, 2}, null, null, null));
        assertEquals("target[0] must be in [0, 1], got 2.0", message(new double[][] {{1, 0}, {Double.NaN, 1},
            {1, 2}}, null, new double[] {2, 1, 1}, null, null, null));
        assertEquals("x[0][1] is not finite: NaN", message(new double[][] {{1, Double.NaN}, {1}, {1, 2}}, null, t,
                null, null, null));
        // With a large design, on a pool, the first in row order is named.
        double[][] big = new double[3 * BlockPasses.BLOCK_ROWS][2];
        double[] tb = new double[big.length];
        for (int i = 0; i < big.length; i++) {
            big[i][0] = 1;
            big[i][1] = i % 7;
            tb[i] = i % 2;
        }
        big[2 * BlockPasses.BLOCK_ROWS + 3][1] = Double.NaN;
        big[BlockPasses.BLOCK_ROWS + 9][0] = Double.POSITIVE_INFINITY;
        assertEquals("x[" + (BlockPasses.BLOCK_ROWS + 9) + "][0] is not finite: Infinity", assertThrows(
                IllegalArgumentException.class, () -> PenalizedLogitNewton.fit(LogitProblem.of(big, false, null, tb,
                        null, null), null, NewtonOptions.step().withPool(ForkJoinPool.commonPool()))).getMessage());
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> NewtonOptions.decrement(0, 10));
        assertThrows(IllegalArgumentException.class, () -> NewtonOptions.decrement(Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> NewtonOptions.decrement(1e-10, 0));
        assertThrows(NullPointerException.class, () -> new NewtonOptions(null, 1e-10, 10, false, null));
        ForkJoinPool pool = new ForkJoinPool(1);
        pool.shutdown();
        assertEquals("the pool is shut down", assertThrows(IllegalArgumentException.class,
                () -> NewtonOptions.step().withPool(pool)).getMessage());
    }

    @Test
    void aSingularHessianFailsOrIsRidgedAsAsked() {
        // Two identical columns and no prior: the Hessian is singular at every point.
        double[][] x = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
        double[] t = {0, 1, 0, 1};
        LogitProblem problem = LogitProblem.of(x, true, null, t, null, null);
        SingularHessianException e = assertThrows(SingularHessianException.class, () -> PenalizedLogitNewton.fit(
                problem, null, NewtonOptions.decrement(1e-10, 100)));
        assertEquals(0, e.iteration());
        NewtonFit ridged = PenalizedLogitNewton.fit(problem, null, NewtonOptions.step());
        assertNotNull(ridged);
        // The tied coefficients share the effect: the fitted log-odds are those of one column.
        NewtonFit single = PenalizedLogitNewton.fit(LogitProblem.of(new double[][] {{1}, {2}, {3}, {4}}, true, null,
                t, null, null), null, NewtonOptions.step());
        assertTrue(single.converged());
        assertEquals(single.intercept(), ridged.intercept(), 1e-6);
        assertEquals(single.parameter(1), ridged.parameter(1) + ridged.parameter(2), 1e-6);
        assertEquals(single.objective(), ridged.objective(), 1e-9);
    }
}
