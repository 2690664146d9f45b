/**
 * <b>Internal</b>: the one Newton solver for penalised logistic fits, shared by every model in core that fits a
 * Bernoulli likelihood with a logit link (logistic and Bayesian logistic regression, the market-anchored model,
 * Platt and beta calibration, the evidence model's likelihood ratios, the extremizing factor of a log-odds pool).
 * Not part of the public API: the module descriptor will not export this package, and its classes may change
 * without notice. Use the models' trainers instead.
 *
 * <ul>
 *   <li>{@link org.forecast4j.core.newton.LogitProblem}: what is fitted — rows with an optional implicit
 *       intercept, offsets, soft targets, observation weights and per-parameter Gaussian prior precisions.</li>
 *   <li>{@link org.forecast4j.core.newton.NewtonOptions}: how — the {@link org.forecast4j.core.newton.StoppingRule}
 *       (the Newton decrement or the step size), the iteration limit, what a singular Hessian does, and the
 *       {@link java.util.concurrent.ForkJoinPool} the row blocks run on.</li>
 *   <li>{@link org.forecast4j.core.newton.PenalizedLogitNewton#fit}: the solver; it returns a
 *       {@link org.forecast4j.core.newton.NewtonFit} with the parameters, the inverse Hessian (the Laplace
 *       covariance), the log-likelihood, the penalty and the log-determinant of the Hessian.</li>
 * </ul>
 *
 * <p><b>Parallel and reproducible.</b> Every pass over the rows (the objective, or the objective with its
 * gradient and {@code O(n·d²)} Hessian) splits them into blocks of a fixed
 * {@value org.forecast4j.core.newton.BlockPasses#BLOCK_ROWS} rows — a size that does not depend on the number of
 * threads — computes each block's partial sums from zero, and adds the partial sums in a fixed pairwise order
 * over the block index. The result is therefore the same bits with any pool, any pool size, or none. Within a
 * block the Hessian's upper triangle is accumulated tile by tile, 4 × 4 entries at a time, from a column-major
 * copy of {@value org.forecast4j.core.newton.BlockKernel#TILE_ROWS} rows ({@code BlockKernel}). The arithmetic is
 * plain Java multiplies and adds (no {@code Math.fma}, no Vector API), so a fit gives the same bits on every JVM
 * and CPU.
 *
 * <p>Depends only on {@code org.forecast4j.core.prob}; nothing here depends on the packages that use it.
 */
package org.forecast4j.core.newton;
