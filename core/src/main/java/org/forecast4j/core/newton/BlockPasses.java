package org.forecast4j.core.newton;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * The passes over the rows of one fit: the objective alone, or with its gradient and Hessian. The rows are split
 * into blocks of {@value #BLOCK_ROWS} (a constant: never derived from the number of threads); each block's partial
 * sums are computed from zero by {@link BlockKernel}, and the partial sums are added pairwise over a fixed binary
 * tree of the block indices (the range {@code [lo, hi)} splits at {@code (lo + hi) / 2}; left plus right). The tree
 * depends only on the number of rows, so the sums are the same bits whether the blocks run on the calling thread
 * or as tasks of a {@link ForkJoinPool} of any size.
 *
 * <p>Scratch arrays and partial sums are recycled through lock-free queues for the fit's duration, so a pass
 * allocates only a few task objects, and memory in flight is bounded by the number of threads, not of blocks.
 * Package-private; one instance per fit; thread-safe.
 */
final class BlockPasses {
    /** Rows per block: the unit of parallel work and of summation. */
    static final int BLOCK_ROWS = 4096;

    private final LogitProblem problem;
    private final ForkJoinPool pool;
    private final int blocks;
    private final int partialLength;
    private final ConcurrentLinkedQueue<double[]> partials = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<BlockKernel.Scratch> scratches = new ConcurrentLinkedQueue<>();

    /**
     * @param problem the fit
     * @param pool where blocks run, or {@code null} for the calling thread
     */
    BlockPasses(LogitProblem problem, ForkJoinPool pool) {
        this.problem = problem;
        this.pool = pool;
        this.blocks = (problem.rows() + BLOCK_ROWS - 1) / BLOCK_ROWS;
        this.partialLength = BlockKernel.partialLength(problem.columns());
    }

    /**
     * @param theta the parameters
     * @return the loss {@code Σ w·ℓ} at {@code theta}, without the prior
     */
    double loss(double[] theta) {
        return run(theta, false)[BlockKernel.LOSS];
    }

    /**
     * @param theta the parameters
     * @return the partial sums of all rows at {@code theta} (layout of {@link BlockKernel}), without the prior
     */
    double[] derivatives(double[] theta) {
        return run(theta, true);
    }

    private double[] run(double[] theta, boolean derivatives) {
        Node root = new Node(theta, derivatives, 0, blocks, pool != null);
        return pool == null || blocks == 1 ? root.compute() : pool.invoke(root);
    }

    /** A range of blocks, reduced by the fixed tree. */
    private final class Node extends RecursiveTask<double[]> {
        private static final long serialVersionUID = 1L;
        private final transient double[] theta;
        private final boolean derivatives;
        private final int lo;
        private final int hi;
        private final boolean parallel;

        Node(double[] theta, boolean derivatives, int lo, int hi, boolean parallel) {
            this.theta = theta;
            this.derivatives = derivatives;
            this.lo = lo;
            this.hi = hi;
            this.parallel = parallel;
        }

        @Override
        protected double[] compute() {
            if (hi - lo == 1) {
                return leaf(lo);
            }
            int mid = (lo + hi) >>> 1;
            Node left = new Node(theta, derivatives, lo, mid, parallel);
            Node right = new Node(theta, derivatives, mid, hi, parallel);
            double[] l;
            double[] r;
            if (parallel) {
                right.fork();
                l = left.compute();
                r = right.join();
            } else {
                l = left.compute();
                r = right.compute();
            }
            l[BlockKernel.LOSS] += r[BlockKernel.LOSS];
            l[BlockKernel.SMALLEST_RESIDUAL] = Math.min(l[BlockKernel.SMALLEST_RESIDUAL],
                    r[BlockKernel.SMALLEST_RESIDUAL]);
            for (int j = BlockKernel.GRADIENT; j < l.length; j++) {
                l[j] += r[j];
            }
            if (derivatives) {
                partials.offer(r);
            }
            return l;
        }

        private double[] leaf(int block) {
            int from = block * BLOCK_ROWS;
            int to = Math.min(from + BLOCK_ROWS, problem.rows());
            if (!derivatives) {
                return new double[] {BlockKernel.loss(problem, theta, from, to), Double.POSITIVE_INFINITY};
            }
            double[] partial = partials.poll();
            if (partial == null) {
                partial = new double[partialLength];
            } else {
                Arrays.fill(partial, 0.0);
            }
            BlockKernel.Scratch scratch = scratches.poll();
            if (scratch == null) {
                scratch = new BlockKernel.Scratch(problem.features());
            }
            BlockKernel.derivatives(problem, theta, from, to, scratch, partial);
            scratches.offer(scratch);
            return partial;
        }
    }
}
