package org.forecast4j.core.logistic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.model.Trainer;
import org.forecast4j.core.model.TrainingSet;
import org.forecast4j.core.newton.LogitProblem;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.newton.NewtonOptions;
import org.forecast4j.core.newton.PenalizedLogitNewton;
import org.forecast4j.core.prob.Probabilities;

/**
 * Trains a {@link MarketAnchoredModel}: the market's log-odds {@code L = logit(price)} is an offset, and a
 * Bayesian logistic regression fits only the departure from it,
 * {@code logit p = L + δ(x)}, {@code δ(x) = b + Σ_j β_j z_j}, with independent Gaussian priors of mean 0 on
 * {@code b} and every {@code β_j}. The coefficient of {@code L} is therefore {@code 1 + β_L}: its prior is
 * centred on 1 (the market is right), every other coefficient's on 0. With no data, or a prior sd of 0, the
 * forecast is the market price, bit for bit.
 *
 * <h2>The regressors</h2>
 * Every regressor is centred and scaled on the training rows, so that one prior sd means the same for every
 * feature: {@code z_j = (x_j − mean_j)/sd_j} (a constant column is only centred, so it stays 0 and its
 * coefficient at its prior). The market's own regressor is {@code (L − c)/sd(L)}: its slope is the
 * favourite-longshot correction, centred by default on {@code c = logit((k + 1)/(n + 2))}, the log-odds of the
 * training base rate, so that a slope {@code β_L > 0} extremizes the market away from the base rate and
 * {@code β_L < 0} pulls it toward it ({@code Options#centreOnBaseRate()}; otherwise {@code c = 0}, extremizing
 * away from 1/2). The fitted model stores the coefficients on the raw scale.
 *
 * <h2>The prior sd</h2>
 * A fixed {@link Options#priorSd()}, or, when it is NaN (the default), the sd of {@link #PRIOR_SD_GRID} with the
 * largest Laplace evidence {@code ln p(y)} (empirical Bayes: the data choose how far the forecast may depart
 * from the market; ties go to the smaller sd). Few or uninformative data choose a small sd and forecasts stay
 * near the price.
 *
 * <p>The fit is Newton's method with a line search (the step rule of {@code PenalizedLogitNewton}) with the offset
 * and the prior; the posterior covariance is the inverse Hessian there (Laplace). Each pass over the rows runs on
 * {@link Options#parallelism()}. Thread-safe.
 */
public final class MarketAnchoredRegression implements Trainer<MarketAnchoredModel> {

    /** The trainer name recorded in provenance. */
    public static final String TRAINER = "market-anchored-laplace";

    /** The prior sds tried when {@link Options#priorSd()} is NaN, in log-odds per sd of each regressor. */
    public static final double[] PRIOR_SD_GRID = {0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0};

    /**
     * The prior and the anchor. Validated on construction.
     *
     * @param anchor the name of the feature holding the market price, in [0, 1] (not its log-odds)
     * @param priorSd the prior sd of the departure's intercept and of each coefficient, in log-odds per sd of the
     *     regressor; {@code >= 0} and finite (0 keeps the forecast at the market price), or NaN to choose it from
     *     {@link #PRIOR_SD_GRID} by the Laplace evidence
     * @param centreOnBaseRate whether the market's log-odds regressor is centred on the training base rate's
     *     log-odds (extremizing relative to the base rate) rather than on 0
     * @param parallelism the pool on which each Newton iteration's pass over the rows runs, in blocks of 4,096
     *     rows, or {@code null} to run it on the calling thread; default {@link ForkJoinPool#commonPool()}. The fit
     *     is the same bits whatever the pool and its size, so it is not recorded in provenance. A pool that is shut
     *     down is refused
     */
    public record Options(String anchor, double priorSd, boolean centreOnBaseRate, ForkJoinPool parallelism) {

        /** Anchor {@code market}, the prior sd chosen by the evidence, centred on the base rate, the common pool. */
        public static final Options DEFAULTS = new Options("market", Double.NaN, true);

        /**
         * Options on the common pool.
         *
         * @param anchor the name of the feature holding the market price
         * @param priorSd the prior sd, or NaN to choose it by the evidence
         * @param centreOnBaseRate whether to centre the market's slope on the base rate's log-odds
         */
        public Options(String anchor, double priorSd, boolean centreOnBaseRate) {
            this(anchor, priorSd, centreOnBaseRate, ForkJoinPool.commonPool());
        }

        /**
         * Validates the options.
         *
         * @param anchor the name of the feature holding the market price, in [0, 1] (not its log-odds)
         * @param priorSd the prior sd of the departure's intercept and of each coefficient, in log-odds per sd of the
         *     regressor; {@code >= 0} and finite (0 keeps the forecast at the market price), or NaN to choose it from
         *     {@link #PRIOR_SD_GRID} by the Laplace evidence
         * @param centreOnBaseRate whether the market's log-odds regressor is centred on the training base rate's
         *     log-odds (extremizing relative to the base rate) rather than on 0
         * @param parallelism where a fit runs its blocks of rows (a pool the caller sizes), or {@code null} for the
         *     calling thread; the result does not depend on it
         */
        public Options {
            Objects.requireNonNull(anchor, "anchor");
            if (anchor.isBlank()) {
                throw new IllegalArgumentException("the anchor feature name is blank");
            }
            if (!Double.isNaN(priorSd) && !(priorSd >= 0 && priorSd < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("prior sd must be >= 0 and finite (or NaN to choose it by the"
                        + " evidence), got " + priorSd);
            }
            LogisticFits.requireUsable(parallelism);
        }

        /**
         * @param name the anchor feature's name
         * @return a copy with that anchor
         */
        public Options withAnchor(String name) {
            return new Options(name, priorSd, centreOnBaseRate, parallelism);
        }

        /**
         * @param sd the prior sd, {@code >= 0}, or NaN to choose it by the evidence
         * @return a copy with that prior sd
         */
        public Options withPriorSd(double sd) {
            return new Options(anchor, sd, centreOnBaseRate, parallelism);
        }

        /**
         * @param centre whether to centre the market's slope on the base rate's log-odds
         * @return a copy
         */
        public Options withCentreOnBaseRate(boolean centre) {
            return new Options(anchor, priorSd, centre, parallelism);
        }

        /**
         * @param pool the pool for the passes over the rows, or {@code null} for the calling thread
         * @return a copy with that pool
         */
        public Options withParallelism(ForkJoinPool pool) {
            return new Options(anchor, priorSd, centreOnBaseRate, pool);
        }

        /**
         * @return the options by name, as recorded in provenance ({@code priorSd} "evidence" when chosen; not the
         *     pool, which does not change the fit)
         */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("anchor", anchor);
            map.put("priorSd", Double.isNaN(priorSd) ? "evidence" : priorSd);
            map.put("centreOnBaseRate", centreOnBaseRate);
            return map;
        }
    }

    private final Options options;

    /** A trainer with {@link Options#DEFAULTS}. */
    public MarketAnchoredRegression() {
        this(Options.DEFAULTS);
    }

    /**
     * @param options the anchor and prior
     */
    public MarketAnchoredRegression(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return the options */
    public Options options() {
        return options;
    }

    /**
     * Fits with the given options.
     *
     * @param x the feature rows
     * @param y the outcomes
     * @param schema the feature names; must contain the anchor
     * @param options the anchor and prior
     * @return the model
     * @throws InvalidInputException as {@link #train}
     */
    public static MarketAnchoredModel fit(double[][] x, boolean[] y, FeatureSchema schema, Options options) {
        return new MarketAnchoredRegression(options).train(x, y, schema);
    }

    /**
     * The model before any data: no departure from the market, the prior covariance (of sd
     * {@link Options#priorSd()}, or 1 when it is chosen by the evidence) on the raw scale.
     *
     * @param schema the feature names; must contain the anchor
     * @return a model whose probability is the market price, bit for bit
     * @throws InvalidInputException if the schema lacks the anchor
     */
    public MarketAnchoredModel prior(FeatureSchema schema) {
        int anchor = anchorIndex(schema);
        int d = schema.size() + 1;
        double sd = Double.isNaN(options.priorSd()) ? 1.0 : options.priorSd();
        double[][] covariance = new double[d][d];
        for (int i = 0; i < d; i++) {
            covariance[i][i] = sd * sd;
        }
        return new MarketAnchoredModel(schema, Provenance.of(TRAINER, options.asMap(), 0), anchor, sd, 0.0,
                new double[d], PackedSymmetric.pack(covariance), 0.0, 0.0, 0, true);
    }

    /**
     * Fits the Laplace posterior of the departure from the market. The arrays are read, not kept.
     *
     * @param x the feature rows, finite; the anchor column holds prices in [0, 1]; at least one row
     * @param y the outcomes, one per row
     * @param schema the feature names, one per column of {@code x}; must contain the anchor
     * @return the model; check {@link MarketAnchoredModel#converged()}
     * @throws InvalidInputException if the shapes disagree, a value is NaN or infinite, a price is outside
     *     [0, 1], there are no rows, or the schema lacks the anchor
     */
    public MarketAnchoredModel train(double[][] x, boolean[] y, FeatureSchema schema) {
        DesignChecks.requireWellFormed(x, y, schema);
        int anchor = anchorIndex(schema);
        int n = x.length;
        int k = schema.size();
        int d = k + 1;
        double[] offset = new double[n];
        int yes = 0;
        for (int i = 0; i < n; i++) {
            double price = x[i][anchor];
            if (!(price >= 0 && price <= 1)) {
                throw new InvalidInputException("training data", i + 1, options.anchor(), Double.toString(price),
                        "is not a market price in [0, 1] (the anchor is the price, not its log-odds)");
            }
            offset[i] = MarketAnchoredModel.anchorLogOdds(price);
            yes += y[i] ? 1 : 0;
        }
        double centre = options.centreOnBaseRate() ? Math.log((yes + 1.0) / (n - yes + 1.0)) : 0.0;
        // Centre and scale: column j of the design is (v_j − centre_j)/scale_j, v the regressor's raw value; the
        // intercept is implicit (parameter 0).
        double[] centres = new double[k];
        double[] scales = new double[k];
        boolean[] constant = new boolean[k];
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += j == anchor ? offset[i] : x[i][j];
            }
            double mean = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double v = (j == anchor ? offset[i] : x[i][j]) - mean;
                squares += v * v;
            }
            double sd = Math.sqrt(squares / n);
            constant[j] = !(sd > 1e-12 * Math.max(1, Math.abs(mean)));
            centres[j] = j == anchor ? centre : mean;
            scales[j] = constant[j] ? 1.0 : sd;
        }
        double[][] z = new double[n][k];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double v = j == anchor ? offset[i] : x[i][j];
                // A constant column is 0 exactly (not its rounding residue), so its coefficient stays at 0.
                z[i][j] = constant[j] && j != anchor ? 0.0 : (v - centres[j]) / scales[j];
            }
            target[i] = y[i] ? 1 : 0;
        }
        NewtonOptions newton = NewtonOptions.step().withPool(options.parallelism());
        double[] grid = Double.isNaN(options.priorSd()) ? PRIOR_SD_GRID : new double[] {options.priorSd()};
        Fit best = null;
        double[] start = null;
        for (double sd : grid) {
            Fit fit = sd == 0 ? Fit.none(d, offset, target) : Fit.of(z, offset, target, sd, start, newton);
            if (sd > 0) {
                start = fit.theta.clone();
            }
            if (best == null || fit.logEvidence > best.logEvidence) {
                best = fit;
            }
        }
        // Back to the raw scale: θ_raw = A θ_z with A[0][0] = 1, A[0][j+1] = −centre_j/scale_j,
        // A[j+1][j+1] = 1/scale_j; Σ_raw = A Σ_z Aᵀ.
        double[][] a = new double[d][d];
        a[0][0] = 1;
        for (int j = 0; j < k; j++) {
            a[0][j + 1] = -centres[j] / scales[j];
            a[j + 1][j + 1] = 1 / scales[j];
        }
        double[] mean = new double[d];
        for (int r = 0; r < d; r++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += a[r][c] * best.theta[c];
            }
            mean[r] = s;
        }
        double[][] covariance = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = r; c < d; c++) {
                double s = 0;
                for (int p = 0; p < d; p++) {
                    if (a[r][p] == 0) {
                        continue;
                    }
                    for (int q = 0; q < d; q++) {
                        s += a[r][p] * best.covariance[p][q] * a[c][q];
                    }
                }
                covariance[r][c] = s;
                covariance[c][r] = s;
            }
        }
        Map<String, Object> provenance = options.asMap();
        provenance.put("chosenPriorSd", best.priorSd);
        return new MarketAnchoredModel(schema, Provenance.of(TRAINER, provenance, n), anchor, best.priorSd, centre,
                mean, PackedSymmetric.pack(covariance), best.logLikelihood, best.logEvidence, best.iterations,
                best.converged);
    }

    private int anchorIndex(FeatureSchema schema) {
        int anchor = schema.indexOf(options.anchor());
        if (anchor < 0) {
            throw new InvalidInputException("training data", 0, "anchor", options.anchor(),
                    "is not among the features " + schema.names() + ": the market-anchored model needs the market"
                            + " price as a feature");
        }
        return anchor;
    }

    /** One fit at one prior sd, on the standardised design. */
    private static final class Fit {
        final double priorSd;
        final double[] theta;
        final double[][] covariance;
        final double logLikelihood;
        final double logEvidence;
        final int iterations;
        final boolean converged;

        private Fit(double priorSd, double[] theta, double[][] covariance, double logLikelihood, double logEvidence,
                int iterations, boolean converged) {
            this.priorSd = priorSd;
            this.theta = theta;
            this.covariance = covariance;
            this.logLikelihood = logLikelihood;
            this.logEvidence = logEvidence;
            this.iterations = iterations;
            this.converged = converged;
        }

        /**
         * The prior sd 0: no departure and no uncertainty. The evidence is then the likelihood of the market's
         * own forecasts (a point-mass prior at 0).
         */
        static Fit none(int d, double[] offset, double[] target) {
            double logLikelihood = 0;
            for (int i = 0; i < offset.length; i++) {
                logLikelihood -= target[i] * Probabilities.log1pexp(-offset[i])
                        + (1 - target[i]) * Probabilities.log1pexp(offset[i]);
            }
            return new Fit(0.0, new double[d], new double[d][d], logLikelihood, logLikelihood, 0, true);
        }

        static Fit of(double[][] z, double[] offset, double[] target, double sd, double[] start,
                NewtonOptions newton) {
            int d = z[0].length + 1;
            double precision = 1 / (sd * sd);
            double[] precisions = new double[d];
            java.util.Arrays.fill(precisions, precision);
            NewtonFit s = PenalizedLogitNewton.fit(LogitProblem.of(z, true, offset, target, null, precisions), start,
                    newton);
            if (!Double.isFinite(s.logDetHessian())) {
                throw new IllegalStateException("the posterior covariance at prior sd " + sd
                        + " is not positive definite");
            }
            // Laplace: ln p(y) ≈ −f(θ̂) − ½ ln det S0 + ½ ln det Σ, f the negative log posterior without the
            // normalising constants of the prior (the solver's objective), ln det Σ = −ln det H.
            double logEvidence = -s.objective() + 0.5 * d * Math.log(precision) - 0.5 * s.logDetHessian();
            return new Fit(sd, s.parameters(), s.covariance(), s.logLikelihood(), logEvidence, s.iterations(),
                    s.converged());
        }
    }

    /**
     * Fits the rows of a training set (see {@link #train(double[][], boolean[], FeatureSchema)}).
     *
     * @param data the rows, outcomes and schema
     * @return the model
     */
    @Override
    public MarketAnchoredModel fit(TrainingSet data) {
        return train(data.x(), data.y(), data.schema());
    }
}
