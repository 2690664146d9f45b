package org.forecast4j.core.logistic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.OnlineTrainer;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.model.TrainingSet;
import org.forecast4j.core.newton.NewtonFit;

/**
 * Bayesian logistic regression with independent Gaussian priors — mean 0, standard deviation
 * {@link Options#priorSd()} on each feature coefficient and {@link Options#interceptPriorSd()} on the
 * intercept — and the Laplace approximation of the posterior. {@link #train} returns an immutable
 * {@link BayesianLogisticModel}: the posterior mode (found by Newton's method) as the mean, the inverse of the
 * negative log-posterior's Hessian there as the covariance, and the Laplace approximation of the log marginal
 * likelihood (the evidence) for comparing priors.
 *
 * <pre>{@code
 * BayesianLogisticRegression trainer = new BayesianLogisticRegression(
 *         BayesianLogisticRegression.Options.DEFAULTS.withPriorSd(1.0));
 * BayesianLogisticModel model = trainer.train(x, y, schema);
 * ProbabilityInterval ci = model.interval(xNew);          // 90% credible interval
 * BayesianLogisticModel next = model.update(xNew, true);  // online, returns a new model
 * }</pre>
 *
 * <p>The prior is proper, so every fit has an answer: separated outcomes, collinear features, one outcome
 * only, even no data ({@link #prior}) are fine. Priors are on the raw feature scale: a coefficient is the
 * log-odds per unit of its feature, so rescale features to comparable units or choose {@code priorSd}
 * accordingly.
 *
 * <p>Cost: {@code O(n·d²)} per Newton iteration, {@code d} = features + 1, spread over the cores of
 * {@link Options#parallelism()} (the common pool by default). Thread-safe.
 */
public final class BayesianLogisticRegression implements OnlineTrainer<BayesianLogisticModel> {

    /** The trainer name recorded in provenance. */
    public static final String TRAINER = "bayes-logistic-laplace";

    /**
     * The prior and the fitting controls. Validated on construction.
     *
     * @param priorSd the prior standard deviation of each feature coefficient, in log-odds per unit of the
     *     feature; {@code > 0}, finite
     * @param interceptPriorSd the prior standard deviation of the intercept, in log-odds; {@code > 0}, finite
     * @param maxIter the Newton iteration limit of the batch fit, {@code >= 1}
     * @param tolerance the Newton decrement at which the batch fit stops (see
     *     {@link LogisticRegression.Options#tolerance()}); {@code > 0}, finite
     * @param forgetting the information discarded before each online update, in [0, 1): the posterior
     *     precision {@code P} becomes {@code (1 − f) P + f P₀} and the precision-weighted mean {@code P m}
     *     becomes {@code (1 − f) P m} (stabilised exponential forgetting: old evidence fades with a half-life of
     *     {@code ln 2 / −ln(1 − f)} updates, and with no data the posterior relaxes to the prior, never beyond
     *     it). 0 turns it off. It does not affect the batch fit
     * @param parallelism the pool on which each Newton iteration's {@code O(n·d²)} pass over the rows of the batch
     *     fit runs, in blocks of 4,096 rows, or {@code null} to run it on the calling thread; default
     *     {@link ForkJoinPool#commonPool()}. The fit is the same bits whatever the pool and its size, so it is not
     *     recorded in provenance. A pool that is shut down is refused
     */
    public record Options(double priorSd, double interceptPriorSd, int maxIter, double tolerance,
            double forgetting, ForkJoinPool parallelism) {

        /**
         * Prior sd 2.5 on coefficients (weakly informative for features of unit scale), 10 on the intercept,
         * 100 iterations, tolerance 1e-10, no forgetting, on the common pool.
         */
        public static final Options DEFAULTS = new Options(2.5, 10.0, 100, 1e-10, 0.0);

        /**
         * Options on the common pool.
         *
         * @param priorSd the prior sd of the coefficients
         * @param interceptPriorSd the prior sd of the intercept
         * @param maxIter the iteration limit
         * @param tolerance the convergence tolerance
         * @param forgetting the forgetting rate per online update
         */
        public Options(double priorSd, double interceptPriorSd, int maxIter, double tolerance, double forgetting) {
            this(priorSd, interceptPriorSd, maxIter, tolerance, forgetting, ForkJoinPool.commonPool());
        }

        /**
         * Validates the options.
         *
         * @param priorSd the prior standard deviation of each feature coefficient, in log-odds per unit of the feature;
         *     {@code > 0}, finite
         * @param interceptPriorSd the prior standard deviation of the intercept, in log-odds; {@code > 0}, finite
         * @param maxIter the Newton iteration limit of the batch fit, {@code >= 1}
         * @param tolerance the Newton decrement at which the batch fit stops (see {@link
         *     LogisticRegression.Options#tolerance()}); {@code > 0}, finite
         * @param forgetting the information discarded before each online update, in [0, 1): the posterior precision
         *     {@code P} becomes {@code (1 − f) P + f P₀} and the precision-weighted mean {@code P m} becomes {@code (1 − f)
         *     P m} (stabilised exponential forgetting: old evidence fades with a half-life of {@code ln 2 / −ln(1 − f)}
         *     updates, and with no data the posterior relaxes to the prior, never beyond it). 0 turns it off. It does not
         *     affect the batch fit
         * @param parallelism where a fit runs its blocks of rows (a pool the caller sizes), or {@code null} for the
         *     calling thread; the result does not depend on it
         */
        public Options {
            if (!(priorSd > 0) || !Double.isFinite(priorSd)) {
                throw new IllegalArgumentException("priorSd must be a finite number > 0, got " + priorSd);
            }
            if (!(interceptPriorSd > 0) || !Double.isFinite(interceptPriorSd)) {
                throw new IllegalArgumentException("interceptPriorSd must be a finite number > 0, got "
                        + interceptPriorSd);
            }
            if (maxIter < 1) {
                throw new IllegalArgumentException("maxIter must be >= 1, got " + maxIter);
            }
            if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be a finite number > 0, got " + tolerance);
            }
            if (!(forgetting >= 0 && forgetting < 1)) {
                throw new IllegalArgumentException("forgetting must be in [0, 1), got " + forgetting);
            }
            LogisticFits.requireUsable(parallelism);
        }

        /**
         * @param sd the prior sd of the coefficients
         * @return a copy with that prior sd
         */
        public Options withPriorSd(double sd) {
            return new Options(sd, interceptPriorSd, maxIter, tolerance, forgetting, parallelism);
        }

        /**
         * @param sd the prior sd of the intercept
         * @return a copy with that intercept prior sd
         */
        public Options withInterceptPriorSd(double sd) {
            return new Options(priorSd, sd, maxIter, tolerance, forgetting, parallelism);
        }

        /**
         * @param iterations the iteration limit
         * @return a copy with that limit
         */
        public Options withMaxIter(int iterations) {
            return new Options(priorSd, interceptPriorSd, iterations, tolerance, forgetting, parallelism);
        }

        /**
         * @param newTolerance the convergence tolerance
         * @return a copy with that tolerance
         */
        public Options withTolerance(double newTolerance) {
            return new Options(priorSd, interceptPriorSd, maxIter, newTolerance, forgetting, parallelism);
        }

        /**
         * @param rate the forgetting rate per online update, in [0, 1)
         * @return a copy with that rate
         */
        public Options withForgetting(double rate) {
            return new Options(priorSd, interceptPriorSd, maxIter, tolerance, rate, parallelism);
        }

        /**
         * @param pool the pool for the batch fit's passes over the rows, or {@code null} for the calling thread
         * @return a copy with that pool
         */
        public Options withParallelism(ForkJoinPool pool) {
            return new Options(priorSd, interceptPriorSd, maxIter, tolerance, forgetting, pool);
        }

        /** @return the options by name, as recorded in provenance (not the pool: it does not change the fit) */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("priorSd", priorSd);
            map.put("interceptPriorSd", interceptPriorSd);
            map.put("maxIter", maxIter);
            map.put("tolerance", tolerance);
            map.put("forgetting", forgetting);
            return map;
        }

        /** The prior precision of each parameter, intercept first. */
        double[] priorPrecision(int features) {
            double[] precision = new double[features + 1];
            precision[0] = 1.0 / (interceptPriorSd * interceptPriorSd);
            java.util.Arrays.fill(precision, 1, features + 1, 1.0 / (priorSd * priorSd));
            return precision;
        }
    }

    private final Options options;

    /** A trainer with {@link Options#DEFAULTS}. */
    public BayesianLogisticRegression() {
        this(Options.DEFAULTS);
    }

    /**
     * @param options the prior and fitting controls
     */
    public BayesianLogisticRegression(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return the options */
    public Options options() {
        return options;
    }

    /**
     * Fits with the default options.
     *
     * @param x the feature rows
     * @param y the outcomes
     * @param schema the feature names
     * @return the posterior
     * @throws org.forecast4j.core.io.InvalidInputException as {@link #train}
     */
    public static BayesianLogisticModel fit(double[][] x, boolean[] y, FeatureSchema schema) {
        return new BayesianLogisticRegression().train(x, y, schema);
    }

    /**
     * Fits with the given options.
     *
     * @param x the feature rows
     * @param y the outcomes
     * @param schema the feature names
     * @param options the prior and fitting controls
     * @return the posterior
     * @throws org.forecast4j.core.io.InvalidInputException as {@link #train}
     */
    public static BayesianLogisticModel fit(double[][] x, boolean[] y, FeatureSchema schema, Options options) {
        return new BayesianLogisticRegression(options).train(x, y, schema);
    }

    /**
     * The posterior before any data: mean 0, the prior covariance, log evidence 0. Start here to learn online
     * with {@link BayesianLogisticModel#update}.
     *
     * @param schema the feature names
     * @return the prior as a model (0 training rows)
     */
    @Override
    public BayesianLogisticModel prior(FeatureSchema schema) {
        int d = schema.size() + 1;
        double[] precision = options.priorPrecision(schema.size());
        double[] packed = new double[PackedSymmetric.length(d)];
        for (int i = 0; i < d; i++) {
            packed[PackedSymmetric.rowStart(i, d)] = 1.0 / precision[i];
        }
        return new BayesianLogisticModel(schema, Provenance.of(TRAINER, options.asMap(), 0), options.priorSd(),
                options.interceptPriorSd(), options.forgetting(), new double[d], packed, 0.0, 0.0, 0, true, 0);
    }

    /**
     * Fits the Laplace posterior to a batch. The arrays are read, not kept.
     *
     * @param x the feature rows, {@code x[i][j]} = feature {@code j} of row {@code i}, finite; at least one row
     * @param y the outcomes, one per row
     * @param schema the feature names, one per column of {@code x}
     * @return the posterior; check {@link BayesianLogisticModel#converged()}
     * @throws org.forecast4j.core.io.InvalidInputException if the shapes disagree, a value is NaN or infinite,
     *     or there are no rows
     */
    public BayesianLogisticModel train(double[][] x, boolean[] y, FeatureSchema schema) {
        DesignChecks.requireWellFormed(x, y, schema);
        int k = schema.size();
        double[] precision = options.priorPrecision(k);
        NewtonFit result = LogisticFits.maximize(x, y, precision, options.maxIter(), options.tolerance(),
                options.parallelism());
        // Laplace: ln p(y) ≈ ln p(y|m) + ln N(m; 0, S0) + (d/2) ln 2π − ½ ln det H
        //                  = ln p(y|m) − ½ mᵀ S0⁻¹ m − ½ ln det S0 − ½ ln det H.
        double logDetPriorCovariance = 0;
        for (double p : precision) {
            logDetPriorCovariance -= Math.log(p);
        }
        double logEvidence = result.logLikelihood() - result.penalty() - 0.5 * logDetPriorCovariance
                - 0.5 * result.logDetHessian();
        return new BayesianLogisticModel(schema, Provenance.of(TRAINER, options.asMap(), x.length), options.priorSd(),
                options.interceptPriorSd(), options.forgetting(), result.parameters(),
                PackedSymmetric.pack(result.covariance()), result.logLikelihood(), logEvidence, result.iterations(),
                result.converged(), 0);
    }

    /**
     * Fits the rows of a training set (see {@link #train(double[][], boolean[], FeatureSchema)}).
     *
     * @param data the rows, outcomes and schema
     * @return the model
     */
    @Override
    public BayesianLogisticModel fit(TrainingSet data) {
        return train(data.x(), data.y(), data.schema());
    }
}
