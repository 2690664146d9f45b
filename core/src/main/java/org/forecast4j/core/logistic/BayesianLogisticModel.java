package org.forecast4j.core.logistic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.special.Erf;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.FitDiagnostics;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.OnlineModel;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Gaussian (Laplace) posterior of a Bayesian logistic regression: mean {@code m} and covariance
 * {@code Σ} over the parameters {@code θ = (intercept, coefficient 0, …, coefficient k−1)}. Immutable and
 * thread-safe. Made by {@link BayesianLogisticRegression}, by {@link #update}, or read from a model file of
 * kind {@value #KIND} by {@link #fromDocument}.
 *
 * <h2>What each method returns</h2>
 * With {@code x̃ = (1, x)}, the log-odds {@code z = x̃ᵀθ} of a new case is, under the posterior, normal with
 * mean {@code μ = x̃ᵀm} and variance {@code s² = x̃ᵀΣx̃}.
 * <ul>
 *   <li>{@link #logOdds}{@code (x)} is {@code μ}, so {@link #intercept()} and the per-feature contributions
 *       {@code coefficient(j)·x[j]} (posterior means) add up to it exactly;
 *   <li>{@link #probability}{@code (x)} is the predictive probability with the probit approximation
 *       (MacKay 1992; Bishop, <i>Pattern Recognition and Machine Learning</i>, eq. 4.153):
 *       {@code σ(μ / √(1 + π s²/8))}, pulled toward 1/2 by the uncertainty, so it is <em>not</em>
 *       {@code σ(logOdds(x))};
 *   <li>{@link #interval}{@code (x)} is the 90% credible interval of the probability
 *       {@code [σ(μ − 1.6449 s), σ(μ + 1.6449 s)]} (equal tails of the normal log-odds);
 *   <li>{@link #logOddsMoments} writes {@code μ} and {@code s²} into a caller-owned array, allocation-free.
 * </ul>
 * {@link #probability}, {@link #logOdds}, {@link #logOddsVariance} and {@link #logOddsMoments} allocate
 * nothing; {@code s²} costs about {@code d²/2} multiply-adds ({@code d} = features + 1), each row's sum a
 * {@link org.forecast4j.core.kernel.DotKernel} dot product, less when {@code x} has zeros.
 *
 * <h2>Online updates</h2>
 * {@link #update}{@code (x, y)} returns the posterior after one more example: first the forgetting step, if
 * {@link #forgetting()} {@code > 0} (see {@link BayesianLogisticRegression.Options#forgetting()}; it costs
 * {@code O(d³)}), then the Laplace approximation of {@code N(θ; m, Σ) · p(y | θ)}, which is exact in the sense
 * that it is the Laplace posterior of that one-example problem: the mode lies on {@code m + Σx̃·t}, so it is
 * found by a scalar Newton solve of {@code z = μ + s²(y − σ(z))}, and the covariance follows by
 * Sherman–Morrison, {@code Σ' = Σ − w/(1 + w s²) · Σx̃ x̃ᵀΣ} with {@code w = σ(z)(1 − σ(z))}. Without
 * forgetting an update costs {@code O(d²)}. This is the assumed-density-filtering scheme of Spiegelhalter &amp;
 * Lauritzen (1990) with a Laplace projection; a sequence of updates approaches the batch posterior as the data
 * grow (but is not equal to it: each example's curvature is taken where the posterior stood when it arrived).
 *
 * <h2>Evidence and fit statistics</h2>
 * {@link #logEvidence()} is the Laplace approximation of {@code ln p(y)} of every example the posterior has
 * seen: the batch fit's, plus, per online update, the Laplace approximation of {@code ln p(y_t | earlier data)}.
 * {@link #logLikelihood()}, {@link #iterations()} and {@link #converged()} describe the batch fit the posterior
 * started from and are not changed by updates.
 *
 * <h2>Model file parameters</h2>
 * {@code priorSd}, {@code interceptPriorSd}, {@code forgetting}, {@code intercept} and {@code coefficients}
 * (the posterior mean), {@code covariance} (rows of the {@code d × d} matrix, intercept first),
 * {@code logLikelihood}, {@code logEvidence}, {@code iterations}, {@code converged}, {@code onlineUpdates}.
 */
public final class BayesianLogisticModel implements LinearLogOddsModel, FitDiagnostics,
        OnlineModel<BayesianLogisticModel> {

    /** The model-file kind. */
    public static final String KIND = "bayes-logistic";

    /** The standard normal 0.95 quantile, Φ⁻¹(0.95) = 1.6448536269514722: the half-width of a 90% interval. */
    public static final double Z90 = 1.6448536269514722;

    private final FeatureSchema schema;
    private final Provenance provenance;
    private final double priorSd;
    private final double interceptPriorSd;
    private final double forgetting;
    private final double[] mean;       // length d, intercept first
    private final double[] covariance; // packed upper triangle, d(d+1)/2
    private final LinearScorer meanScorer;
    private final double logLikelihood;
    private final double logEvidence;
    private final int iterations;
    private final boolean converged;
    private final long onlineUpdates;

    BayesianLogisticModel(FeatureSchema schema, Provenance provenance, double priorSd, double interceptPriorSd,
            double forgetting, double[] mean, double[] packedCovariance, double logLikelihood, double logEvidence,
            int iterations, boolean converged, long onlineUpdates) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.priorSd = priorSd;
        this.interceptPriorSd = interceptPriorSd;
        this.forgetting = forgetting;
        this.mean = mean;
        this.covariance = packedCovariance;
        double[] weights = new double[mean.length - 1];
        System.arraycopy(mean, 1, weights, 0, weights.length);
        this.meanScorer = LinearScorer.of(mean[0], weights);
        this.logLikelihood = logLikelihood;
        this.logEvidence = logEvidence;
        this.iterations = iterations;
        this.converged = converged;
        this.onlineUpdates = onlineUpdates;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    /** @return the posterior mean of the intercept */
    @Override
    public double intercept() {
        return mean[0];
    }

    /**
     * @param feature a position in [0, schema().size())
     * @return the posterior mean of that feature's coefficient
     */
    @Override
    public double coefficient(int feature) {
        return mean[feature + 1];
    }

    /** @return the posterior mean, intercept first then the features in schema order (fresh array) */
    public double[] posteriorMean() {
        return mean.clone();
    }

    /** @return the posterior covariance, {@code (k+1) × (k+1)}, intercept first (fresh array) */
    public double[][] posteriorCovariance() {
        return PackedSymmetric.unpack(covariance, mean.length);
    }

    /** @return the posterior standard deviation of the intercept */
    public double interceptSd() {
        return Math.sqrt(covariance[0]);
    }

    /**
     * @param feature a position in [0, schema().size())
     * @return the posterior standard deviation of that feature's coefficient
     */
    public double coefficientSd(int feature) {
        return Math.sqrt(covariance[PackedSymmetric.rowStart(feature + 1, mean.length)]);
    }

    /** @return the prior sd of each coefficient */
    public double priorSd() {
        return priorSd;
    }

    /** @return the prior sd of the intercept */
    public double interceptPriorSd() {
        return interceptPriorSd;
    }

    /** @return the forgetting rate applied before each online update, in [0, 1) */
    public double forgetting() {
        return forgetting;
    }

    /** @return the Laplace approximation of the log marginal likelihood of all data seen, in nats */
    public double logEvidence() {
        return logEvidence;
    }

    /** @return the log-likelihood of the batch fit's training rows at its posterior mean (0 for the prior) */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return the Newton iterations of the batch fit (0 for the prior) */
    public int iterations() {
        return iterations;
    }

    /** @return whether the batch fit converged */
    public boolean converged() {
        return converged;
    }

    /** @return how many online updates were applied after the batch fit */
    public long onlineUpdates() {
        return onlineUpdates;
    }

    /** @return a scorer of the posterior-mean log-odds {@code μ} (immutable, allocation-free) */
    public LinearScorer meanScorer() {
        return meanScorer;
    }

    /**
     * The posterior mean of the log-odds, {@code μ = intercept() + Σ coefficient(j)·x[j]}. Allocation-free.
     *
     * @param x feature values in schema order; only the first {@code schema().size()} are read
     * @return {@code μ}; NaN if x holds NaN
     */
    @Override
    public double logOdds(double[] x) {
        return meanScorer.logOdds(x);
    }

    /**
     * The posterior variance of the log-odds, {@code s² = x̃ᵀΣx̃}. Allocation-free.
     *
     * @param x feature values in schema order; only the first {@code schema().size()} are read
     * @return {@code s² >= 0} (rounding below zero is clamped); NaN if x holds NaN
     * @throws IndexOutOfBoundsException if x is shorter than the schema
     */
    public double logOddsVariance(double[] x) {
        double s2 = PackedSymmetric.interceptQuadraticForm(covariance, mean.length, x);
        return s2 < 0 ? 0.0 : s2;
    }

    /**
     * Writes the mean and variance of the log-odds: {@code out[0] = μ}, {@code out[1] = s²}. Allocation-free;
     * this is the hot path of the Bayesian predictive.
     *
     * @param x feature values in schema order; only the first {@code schema().size()} are read
     * @param out a caller-owned array of length 2 at least
     */
    public void logOddsMoments(double[] x, double[] out) {
        out[0] = meanScorer.logOdds(x);
        out[1] = logOddsVariance(x);
    }

    /**
     * The moderated predictive probability {@code σ(μ / √(1 + π s²/8))}. Allocation-free.
     *
     * @param x feature values in schema order
     * @return a probability in [0, 1]; NaN if x holds NaN
     */
    @Override
    public double probability(double[] x) {
        double mu = meanScorer.logOdds(x);
        double s2 = logOddsVariance(x);
        return Probabilities.sigmoid(mu / Math.sqrt(1 + Math.PI * s2 / 8));
    }

    /**
     * The 90% credible interval of the probability, {@code [σ(μ − Z90·s), σ(μ + Z90·s)]}.
     *
     * @param x feature values in schema order, finite
     * @return the interval
     * @throws IllegalArgumentException if x holds NaN
     */
    @Override
    public ProbabilityInterval interval(double[] x) {
        return interval(x, 0.9);
    }

    /**
     * An equal-tailed credible interval of the probability, {@code [σ(μ − z·s), σ(μ + z·s)]} with
     * {@code z = Φ⁻¹((1 + level)/2)}.
     *
     * @param x feature values in schema order, finite
     * @param level the coverage, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if the level is outside (0, 1) or x holds NaN
     */
    public ProbabilityInterval interval(double[] x, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        double z = level == 0.9 ? Z90 : Math.sqrt(2) * Erf.erfInv(level);
        double mu = meanScorer.logOdds(x);
        double s = Math.sqrt(logOddsVariance(x));
        return new ProbabilityInterval(Probabilities.sigmoid(mu - z * s), Probabilities.sigmoid(mu + z * s), level);
    }

    /**
     * The posterior after one more example (see the class documentation). This model is unchanged.
     *
     * @param x the example's features in schema order, length {@code schema().size()}, finite
     * @param y its outcome
     * @return the new posterior, with one more training row and online update in its provenance and statistics
     * @throws InvalidInputException if x has the wrong length or a NaN or infinite value
     * @throws IllegalStateException if the covariance has lost positive definiteness to rounding (only checked
     *     when forgetting)
     */
    @Override
    public BayesianLogisticModel update(double[] x, boolean y) {
        int k = schema.size();
        int d = k + 1;
        if (x.length != k) {
            throw new InvalidInputException("online update", 0, null, null, "has " + x.length
                    + " feature values, expected " + k + " (one per feature of " + schema.names() + ")");
        }
        for (int j = 0; j < k; j++) {
            if (!Double.isFinite(x[j])) {
                throw new InvalidInputException("online update", 0, schema.name(j), Double.toString(x[j]),
                        "is not a finite number");
            }
        }
        double[] m = mean;
        double[] packed = covariance;
        if (forgetting > 0) {
            double[][] forgotten = new double[d][];
            m = forget(forgotten);
            packed = PackedSymmetric.pack(forgotten);
        }
        double[] xt = new double[d];
        xt[0] = 1;
        System.arraycopy(x, 0, xt, 1, k);
        double[] v = PackedSymmetric.multiply(packed, d, xt);
        double mu = 0;
        double s2 = 0;
        for (int i = 0; i < d; i++) {
            mu += m[i] * xt[i];
            s2 += xt[i] * v[i];
        }
        s2 = Math.max(s2, 0);
        double z = posteriorMode(mu, s2, y);
        double p = Probabilities.sigmoid(z);
        double q = Probabilities.sigmoid(-z);
        double residual = y ? q : -p;
        double w = p * q;
        double[] nextMean = new double[d];
        for (int i = 0; i < d; i++) {
            nextMean[i] = m[i] + v[i] * residual;
        }
        double c = w / (1 + w * s2);
        double[] nextCovariance = new double[packed.length];
        int index = 0;
        for (int i = 0; i < d; i++) {
            double cv = c * v[i];
            for (int j = i; j < d; j++) {
                nextCovariance[index] = packed[index] - cv * v[j];
                index++;
            }
        }
        double logStep = -Probabilities.logLossFromLogOdds(z, y)
                - (s2 > 0 ? (z - mu) * (z - mu) / (2 * s2) : 0) - 0.5 * Math.log1p(w * s2);
        Provenance next = new Provenance(provenance.library(), provenance.libraryVersion(), provenance.trainer(),
                provenance.options(), provenance.trainingRows() + 1, provenance.trainingWindow(), provenance.seed());
        return new BayesianLogisticModel(schema, next, priorSd, interceptPriorSd, forgetting, nextMean,
                nextCovariance, logLikelihood, logEvidence + logStep, iterations, converged, onlineUpdates + 1);
    }

    /** Stabilised forgetting: P ← (1−f)P + fP₀, Pm ← (1−f)Pm. Writes the new covariance, returns the mean. */
    private double[] forget(double[][] covarianceOut) {
        int d = mean.length;
        double keep = 1 - forgetting;
        try {
            double[][] precision = new ScaledCholesky(PackedSymmetric.unpack(covariance, d)).inverse();
            double[] h = new double[d];
            for (int i = 0; i < d; i++) {
                h[i] = keep * LinearScorer.dot(precision[i], 0, mean, 0, d);
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    precision[i][j] *= keep;
                }
                double priorVariance = i == 0 ? interceptPriorSd * interceptPriorSd : priorSd * priorSd;
                precision[i][i] += forgetting / priorVariance;
            }
            ScaledCholesky next = new ScaledCholesky(precision);
            double[][] nextCovariance = next.inverse();
            System.arraycopy(nextCovariance, 0, covarianceOut, 0, d);
            return next.solve(h);
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalStateException("the posterior covariance is no longer numerically positive definite"
                    + " after " + onlineUpdates + " online updates; refit in batch", e);
        }
    }

    /**
     * The mode of {@code N(z; μ, s²) · p(y | z)}: the root of {@code g(z) = z − μ − s²·(y − σ(z))}, which
     * is increasing, by Newton's method safeguarded by bisection on the bracket {@code [μ, μ + s²]} (y true) or
     * {@code [μ − s², μ]} (y false).
     */
    static double posteriorMode(double mu, double s2, boolean y) {
        if (s2 == 0) {
            return mu;
        }
        double lo = y ? mu : mu - s2;
        double hi = y ? mu + s2 : mu;
        double z = mu;
        for (int iteration = 0; iteration < 200; iteration++) {
            double p = Probabilities.sigmoid(z);
            double q = Probabilities.sigmoid(-z);
            double g = z - mu - s2 * (y ? q : -p);
            if (g == 0) {
                return z;
            }
            if (g < 0) {
                lo = z;
            } else {
                hi = z;
            }
            double next = z - g / (1 + s2 * p * q);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - z) <= 1e-15 * (1 + Math.abs(z)) || hi - lo <= 1e-15 * (1 + Math.abs(z))) {
                return next;
            }
            z = next;
        }
        return z;
    }

    @Override
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("priorSd", priorSd);
        parameters.put("interceptPriorSd", interceptPriorSd);
        parameters.put("forgetting", forgetting);
        parameters.put("intercept", mean[0]);
        ModelDocument.addNumbers(parameters.putArray("coefficients"), Arrays.copyOfRange(mean, 1, mean.length));
        ModelDocument.putMatrix(parameters, "covariance", posteriorCovariance());
        parameters.put("logLikelihood", logLikelihood);
        parameters.put("logEvidence", logEvidence);
        parameters.put("iterations", iterations);
        parameters.put("converged", converged);
        parameters.put("onlineUpdates", onlineUpdates);
        return ModelDocument.of(KIND, schema, provenance, parameters);
    }

    /**
     * Rebuilds a posterior from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the model
     * @throws InvalidInputException naming the file and field if the kind is wrong, a parameter is missing or
     *     malformed, or the covariance is not a symmetric positive-definite matrix
     */
    public static BayesianLogisticModel fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        int k = document.schema().size();
        int d = k + 1;
        double priorSd = document.positive("priorSd");
        double interceptPriorSd = document.positive("interceptPriorSd");
        double forgetting = document.nonNegative("forgetting");
        if (!(forgetting < 1)) {
            throw document.invalid("forgetting", Double.toString(forgetting), "must be < 1");
        }
        double[] mean = new double[d];
        mean[0] = document.number("intercept");
        System.arraycopy(document.numbers("coefficients", k), 0, mean, 1, k);
        double[][] dense = CovarianceField.read(document, "covariance", d);
        double logLikelihood = document.number("logLikelihood");
        if (logLikelihood > 0) {
            throw document.invalid("logLikelihood", Double.toString(logLikelihood), "must be <= 0");
        }
        long iterations = document.count("iterations");
        return new BayesianLogisticModel(document.schema(), document.provenance(), priorSd, interceptPriorSd,
                forgetting, mean, PackedSymmetric.pack(dense), logLikelihood, document.number("logEvidence"),
                (int) Math.min(iterations, Integer.MAX_VALUE), document.bool("converged"),
                document.count("onlineUpdates"));
    }

    /** @return a header and a table of posterior means, sds and 90% credible intervals of each parameter */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "Bayesian logistic regression (Laplace posterior; prior sd %s, intercept prior sd %s%s): %d rows,"
                        + " %d features%n",
                DesignChecks.number(priorSd), DesignChecks.number(interceptPriorSd),
                forgetting > 0 ? ", forgetting " + DesignChecks.number(forgetting) : "", provenance.trainingRows(),
                schema.size()));
        sb.append(String.format(Locale.ROOT, "log evidence %s, log-likelihood %s, %d iterations, %s%s%n",
                TextTable.number(logEvidence), TextTable.number(logLikelihood), iterations,
                converged ? "converged" : "did not converge",
                onlineUpdates == 0 ? ""
                        : ", then " + onlineUpdates + " online update" + (onlineUpdates == 1 ? "" : "s")));
        TextTable table = new TextTable("parameter", "posterior mean", "posterior sd", "90% lower", "90% upper");
        for (int i = 0; i < mean.length; i++) {
            double sd = Math.sqrt(covariance[PackedSymmetric.rowStart(i, mean.length)]);
            table.row(i == 0 ? "intercept" : schema.name(i - 1), TextTable.number(mean[i]), TextTable.number(sd),
                    TextTable.number(mean[i] - Z90 * sd), TextTable.number(mean[i] + Z90 * sd));
        }
        return sb.append(table).toString();
    }

    /** @return the posterior sd of the intercept, {@link #interceptSd()} */
    @Override
    public double interceptStandardError() {
        return interceptSd();
    }

    /** @return the posterior sd of the coefficient, {@link #coefficientSd(int)} */
    @Override
    public double standardError(int feature) {
        return coefficientSd(feature);
    }

    /** @return true: the coefficients are the posterior mean */
    @Override
    public boolean posterior() {
        return true;
    }

    /** @return {@code logEvidence}, the Laplace approximation of the log marginal likelihood */
    @Override
    public java.util.Map<String, Object> details() {
        return java.util.Map.of("logEvidence", logEvidence());
    }
}
