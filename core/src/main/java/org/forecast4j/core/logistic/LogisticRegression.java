package org.forecast4j.core.logistic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.model.Trainer;
import org.forecast4j.core.model.TrainingSet;

/**
 * Fits logistic regression, {@code P(y = 1 | x) = σ(b + Σ w_j x_j)}, by Newton's method (iteratively
 * reweighted least squares), by maximum likelihood or with an L2 penalty. A trainer holds its
 * {@link Options}; {@link #train} returns an immutable {@link LogisticModel}.
 *
 * <pre>{@code
 * LogisticModel model = LogisticRegression.fit(x, y, FeatureSchema.of("age", "male"));
 * double p = model.probability(new double[] {30, 1});
 * }</pre>
 *
 * <h2>What is maximised</h2>
 * {@code ℓ(b, w) − (l2 / 2) Σ_j w_j²}, where {@code ℓ} is the log-likelihood in nats. The intercept is never
 * penalised, so the penalised fit equals the posterior mode under independent {@code N(0, 1/l2)} priors on the
 * coefficients and a flat prior on the intercept (scikit-learn's {@code C} is {@code 1 / l2}).
 *
 * <h2>When there is no answer</h2>
 * With {@code l2 = 0} the trainer makes sure the maximum-likelihood estimate exists. Before fitting, the
 * design (intercept and features) must have full column rank, else a {@link CollinearityException} names the
 * features involved. After fitting, if the fit did not converge or some fitted probability came within
 * {@code max(1e-4, 10·√(tolerance/2))} of its observed outcome — which separated data always cause, see
 * {@link #train} — an exact linear-programming check decides whether the outcomes are separated, and if they
 * are a {@link SeparationException} is thrown instead of returning huge coefficients. With {@code l2 > 0}
 * collinearity and separation are harmless, but both outcomes must still occur, because the intercept is
 * unpenalised.
 *
 * <p>Cost: {@code O(n·d²)} per Newton iteration ({@code d} = features + 1), typically 5 to 10 iterations, spread
 * over the cores of {@link Options#parallelism()} (the common pool by default),
 * plus the rank check ({@code O(n·d²)}) when {@code l2 = 0}. The separation check, when it runs, is a simplex
 * method on a tableau of {@code (d + 2) × (n + d + 1)} doubles: milliseconds for thousands of rows, seconds
 * for tens of thousands. Thread-safe.
 */
public final class LogisticRegression implements Trainer<LogisticModel> {

    /** The trainer name recorded in provenance. */
    public static final String TRAINER = "logistic-irls";

    /**
     * How a logistic regression is fitted. Validated on construction.
     *
     * @param l2 the L2 penalty on the coefficients (not the intercept), {@code >= 0}, finite; 0 for maximum
     *     likelihood
     * @param maxIter the Newton iteration limit, {@code >= 1}
     * @param tolerance stop when the Newton decrement {@code gᵀH⁻¹g / 2} (the gain in the penalised
     *     log-likelihood the next step predicts, in nats) is at most this; {@code > 0}, finite. The step that
     *     measured it is still taken, so the coefficients end with an error of the order of its square
     * @param parallelism the pool on which each Newton iteration's {@code O(n·d²)} pass over the rows runs, in
     *     blocks of 4,096 rows, or {@code null} to run it on the calling thread; default
     *     {@link ForkJoinPool#commonPool()}. The fit is the same bits whatever the pool and its size (the blocks
     *     and the order their sums are added in do not depend on the threads), so it is not recorded in provenance.
     *     A pool that is shut down is refused
     */
    public record Options(double l2, int maxIter, double tolerance, ForkJoinPool parallelism) {

        /** Maximum likelihood, 100 iterations at most, tolerance 1e-10, on the common pool. */
        public static final Options DEFAULTS = new Options(0.0, 100, 1e-10);

        /**
         * Options on the common pool.
         *
         * @param l2 the L2 penalty
         * @param maxIter the iteration limit
         * @param tolerance the convergence tolerance
         */
        public Options(double l2, int maxIter, double tolerance) {
            this(l2, maxIter, tolerance, ForkJoinPool.commonPool());
        }

        /**
         * Validates the options.
         *
         * @param l2 the L2 penalty on the coefficients (not the intercept), {@code >= 0}, finite; 0 for maximum
         *     likelihood
         * @param maxIter the Newton iteration limit, {@code >= 1}
         * @param tolerance stop when the Newton decrement {@code gᵀH⁻¹g / 2} (the gain in the penalised log-likelihood
         *     the next step predicts, in nats) is at most this; {@code > 0}, finite. The step that measured it is still
         *     taken, so the coefficients end with an error of the order of its square
         * @param parallelism where a fit runs its blocks of rows (a pool the caller sizes), or {@code null} for the
         *     calling thread; the result does not depend on it
         */
        public Options {
            if (!(l2 >= 0) || !Double.isFinite(l2)) {
                throw new IllegalArgumentException("l2 must be a finite number >= 0, got " + l2);
            }
            if (maxIter < 1) {
                throw new IllegalArgumentException("maxIter must be >= 1, got " + maxIter);
            }
            if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be a finite number > 0, got " + tolerance);
            }
            LogisticFits.requireUsable(parallelism);
        }

        /**
         * @param penalty the L2 penalty
         * @return a copy with that penalty
         */
        public Options withL2(double penalty) {
            return new Options(penalty, maxIter, tolerance, parallelism);
        }

        /**
         * @param iterations the iteration limit
         * @return a copy with that limit
         */
        public Options withMaxIter(int iterations) {
            return new Options(l2, iterations, tolerance, parallelism);
        }

        /**
         * @param newTolerance the convergence tolerance
         * @return a copy with that tolerance
         */
        public Options withTolerance(double newTolerance) {
            return new Options(l2, maxIter, newTolerance, parallelism);
        }

        /**
         * @param pool the pool for the passes over the rows, or {@code null} for the calling thread
         * @return a copy with that pool
         */
        public Options withParallelism(ForkJoinPool pool) {
            return new Options(l2, maxIter, tolerance, pool);
        }

        /** @return the options by name, as recorded in provenance (not the pool: it does not change the fit) */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("l2", l2);
            map.put("maxIter", maxIter);
            map.put("tolerance", tolerance);
            return map;
        }
    }

    private final Options options;

    /** A trainer with {@link Options#DEFAULTS}. */
    public LogisticRegression() {
        this(Options.DEFAULTS);
    }

    /**
     * @param options how to fit
     */
    public LogisticRegression(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** @return the options */
    public Options options() {
        return options;
    }

    /**
     * Fits with the default options (maximum likelihood).
     *
     * @param x the feature rows, {@code x[i][j]} = feature {@code j} of row {@code i}, finite
     * @param y the outcomes, one per row
     * @param schema the feature names, one per column of {@code x}
     * @return the model
     * @throws org.forecast4j.core.io.InvalidInputException as {@link #train}
     */
    public static LogisticModel fit(double[][] x, boolean[] y, FeatureSchema schema) {
        return new LogisticRegression().train(x, y, schema);
    }

    /**
     * Fits with the given options.
     *
     * @param x the feature rows
     * @param y the outcomes
     * @param schema the feature names
     * @param options how to fit
     * @return the model
     * @throws org.forecast4j.core.io.InvalidInputException as {@link #train}
     */
    public static LogisticModel fit(double[][] x, boolean[] y, FeatureSchema schema, Options options) {
        return new LogisticRegression(options).train(x, y, schema);
    }

    /**
     * Fits a model. The arrays are read, not kept.
     *
     * @param x the feature rows, {@code x[i][j]} = feature {@code j} of row {@code i}, finite; at least one row
     * @param y the outcomes, one per row
     * @param schema the feature names, one per column of {@code x}
     * @return the model; check {@link LogisticModel#converged()}, which is {@code false} if the iteration limit
     *     was reached first (on data that are not separated)
     * @throws org.forecast4j.core.io.InvalidInputException if the shapes disagree, a value is NaN or infinite,
     *     or there are no rows
     * @throws SeparationException if the outcomes are separated ({@code l2 = 0}) or all equal
     * @throws CollinearityException if the design is rank-deficient ({@code l2 = 0})
     */
    public LogisticModel train(double[][] x, boolean[] y, FeatureSchema schema) {
        DesignChecks.requireWellFormed(x, y, schema);
        if (options.l2() == 0) {
            DesignChecks.requireBothOutcomes(y, DesignChecks.remedy());
            DesignChecks.requireFullRank(x, schema);
        } else {
            DesignChecks.requireBothOutcomes(y, "the intercept is not penalised by --l2, so use Bayesian logistic"
                    + " regression (--model bayes-logistic), whose prior on the intercept keeps it finite");
        }
        int k = schema.size();
        double[] precision = new double[k + 1];
        java.util.Arrays.fill(precision, 1, k + 1, options.l2());
        NewtonFit result;
        try {
            result = LogisticFits.maximize(x, y, precision, options.maxIter(), options.tolerance(),
                    options.parallelism());
        } catch (org.forecast4j.core.io.InvalidInputException e) {
            if (options.l2() == 0) {
                DesignChecks.requireOverlap(x, y, schema); // separation explains a singular Hessian best
            }
            throw e;
        }
        if (options.l2() == 0 && (!result.converged() || result.smallestResidual() < separationTrigger())) {
            DesignChecks.requireOverlap(x, y, schema);
        }
        double[][] covariance = result.covariance();
        double[] standardErrors = new double[k + 1];
        for (int j = 0; j <= k; j++) {
            standardErrors[j] = Math.sqrt(covariance[j][j]);
        }
        Provenance provenance = Provenance.of(TRAINER, options.asMap(), x.length);
        return new LogisticModel(schema, provenance, result.parameters(), standardErrors, options.l2(),
                result.logLikelihood(), result.iterations(), result.converged());
    }

    /**
     * The fitted-probability margin below which the exact separation check runs: {@code max(1e-4,
     * 10·√(tolerance/2))}. If the data are separated along a direction {@code v}, every row with
     * {@code a_iᵀv > 0} pushes the gradient along {@code v}, and the Newton decrement is at least
     * {@code 4·min_i |y_i − p_i|²} over those rows; so the fit can only stop once some fitted probability is
     * within {@code √(tolerance/2)} of its observed outcome.
     */
    private double separationTrigger() {
        return Math.max(1e-4, 10 * Math.sqrt(options.tolerance() / 2));
    }

    /**
     * Fits the rows of a training set (see {@link #train(double[][], boolean[], FeatureSchema)}).
     *
     * @param data the rows, outcomes and schema
     * @return the model
     */
    @Override
    public LogisticModel fit(TrainingSet data) {
        return train(data.x(), data.y(), data.schema());
    }
}
