package org.forecast4j.core.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fit is the same bits on the calling thread and on pools of 1, 2 and 4 threads (and the common pool): the
 * blocks and the order of their sums do not depend on the threads.
 */
class ParallelFitTest {
    private static final List<ForkJoinPool> POOLS = new ArrayList<>();

    @BeforeAll
    static void pools() {
        for (int threads : new int[] {1, 2, 4}) {
            POOLS.add(new ForkJoinPool(threads));
        }
    }

    @AfterAll
    static void shutDown() {
        POOLS.forEach(ForkJoinPool::shutdown);
    }

    /** The sequential fit and one per pool: 1, 2, 4 threads and the common pool. */
    private static List<NewtonFit> fits(LogitProblem problem, double[] start, NewtonOptions options) {
        List<NewtonFit> fits = new ArrayList<>();
        fits.add(PenalizedLogitNewton.fit(problem, start, options.withPool(null)));
        for (ForkJoinPool pool : POOLS) {
            fits.add(PenalizedLogitNewton.fit(problem, start, options.withPool(pool)));
        }
        fits.add(PenalizedLogitNewton.fit(problem, start, options.withPool(ForkJoinPool.commonPool())));
        return fits;
    }

    private static void assertSameBits(List<NewtonFit> fits) {
        NewtonFit sequential = fits.get(0);
        assertTrue(sequential.converged());
        for (NewtonFit fit : fits.subList(1, fits.size())) {
            assertArrayEquals(sequential.parameters(), fit.parameters());
            for (int i = 0; i < sequential.parameters().length; i++) {
                assertArrayEquals(sequential.covariance()[i], fit.covariance()[i], "covariance row " + i);
            }
            assertEquals(Double.doubleToLongBits(sequential.loss()), Double.doubleToLongBits(fit.loss()));
            assertEquals(Double.doubleToLongBits(sequential.penalty()), Double.doubleToLongBits(fit.penalty()));
            assertEquals(Double.doubleToLongBits(sequential.logDetHessian()),
                    Double.doubleToLongBits(fit.logDetHessian()));
            assertEquals(Double.doubleToLongBits(sequential.smallestResidual()),
                    Double.doubleToLongBits(fit.smallestResidual()));
            assertEquals(sequential.iterations(), fit.iterations());
            assertEquals(sequential.converged(), fit.converged());
        }
    }

    @Test
    void everyOptionOfTheProblemGivesTheSameBitsOnAnyNumberOfThreads() {
        // 4 full blocks and a partial one, with a partial tile at the end; 7 features (not a multiple of 4).
        LogitProblem problem = Problems.rich(11, 4 * BlockPasses.BLOCK_ROWS + 131, 7);
        assertSameBits(fits(problem, null, NewtonOptions.decrement(1e-10, 100)));
        assertSameBits(fits(problem, null, NewtonOptions.step()));
    }

    @Test
    void withoutAnInterceptToo() {
        LogitProblem problem = Problems.plain(5, 3 * BlockPasses.BLOCK_ROWS - 17, 6, false);
        assertSameBits(fits(problem, null, NewtonOptions.step()));
    }

    @Test
    void theBlocksNotTheThreadsDecideTheSums() {
        // The sums over blocks differ from one long sequential sum by rounding only: the fit is the same optimum.
        LogitProblem problem = Problems.rich(3, 2 * BlockPasses.BLOCK_ROWS + 5, 4);
        NewtonFit fit = PenalizedLogitNewton.fit(problem, null, NewtonOptions.decrement(1e-12, 100).withPool(null));
        double[] gradient = NaiveSums.gradient(problem, fit.parameters());
        for (int j = 0; j < gradient.length; j++) {
            assertEquals(0, gradient[j] - problem.precision(j) * fit.parameter(j), 1e-8, "score " + j);
        }
        assertEquals(NaiveSums.loss(problem, fit.parameters()), fit.loss(), 1e-9 * fit.loss());
    }
}
