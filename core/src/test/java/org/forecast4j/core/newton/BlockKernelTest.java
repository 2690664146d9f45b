package org.forecast4j.core.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The blocked, tiled, 4 × 4 kernel against the textbook loops, for every shape of tile and triangle. */
class BlockKernelTest {

    private static void check(LogitProblem problem) {
        int d = problem.columns();
        double[] theta = new double[d];
        for (int j = 0; j < d; j++) {
            theta[j] = 0.3 * Math.sin(j + 1);
        }
        double[] partial = new double[BlockKernel.partialLength(d)];
        BlockKernel.derivatives(problem, theta, 0, problem.rows(), new BlockKernel.Scratch(problem.features()),
                partial);
        String shape = problem.rows() + " rows, " + problem.features() + " features, intercept "
                + problem.hasIntercept();
        double loss = NaiveSums.loss(problem, theta);
        assertEquals(loss, partial[BlockKernel.LOSS], 1e-12 * loss, shape);
        assertEquals(loss, BlockKernel.loss(problem, theta, 0, problem.rows()), 1e-12 * loss, shape);
        assertEquals(Double.doubleToLongBits(BlockKernel.loss(problem, theta, 0, problem.rows())),
                Double.doubleToLongBits(partial[BlockKernel.LOSS]), "the two passes add the same losses: " + shape);
        double[] g = NaiveSums.gradient(problem, theta);
        double[][] h = NaiveSums.hessian(problem, theta);
        for (int a = 0; a < d; a++) {
            assertEquals(g[a], partial[BlockKernel.GRADIENT + a], 1e-11 * (1 + Math.abs(g[a])), shape);
            for (int b = a; b < d; b++) {
                int index = BlockKernel.GRADIENT + d + PackedCholesky.rowStart(a, d) + b - a;
                assertEquals(h[a][b], partial[index], 1e-11 * (1 + Math.abs(h[a][b])),
                        shape + ": H[" + a + "][" + b + "]");
            }
        }
    }

    @Test
    void matchesTheTextbookSumsForEveryTileAndTriangleShape() {
        for (int rows : new int[] {1, 3, 4, 5, 63, 64, 65, 130, 300}) {
            for (int k : new int[] {0, 1, 2, 3, 4, 5, 8, 9, 13}) {
                check(Problems.plain(rows * 31L + k, rows, k, true));
                if (k > 0) {
                    check(Problems.plain(rows * 17L + k, rows, k, false));
                }
            }
        }
        check(Problems.rich(2, 257, 6));
    }
}
