package org.forecast4j.core.logistic;

import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.forecast4j.core.internal.ScaledGaussian;
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

    /** @return the posterior mean itself, intercept first; not a copy, for this package's readers only */
    double[] meanArray() {
        return mean;
    }

    /** @return the posterior covariance itself, packed upper triangle; not a copy, for this package only */
    double[] packedCovariance() {
        return covariance;
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
        if (!(Math.abs(mu) < Double.POSITIVE_INFINITY && s2 < Double.POSITIVE_INFINITY)) {
            // Overflow (features near 1e154 and beyond) or NaN: σ(μ̃ / √(1/c² + π s̃²/8)) on x scaled by c.
            double[] v = withIntercept(x);
            double c = ScaledGaussian.scale(v);
            return Probabilities.sigmoid(ScaledGaussian.scaledMean(mean, v, c)
                    / Math.sqrt(1 / (c * c) + Math.PI * ScaledGaussian.scaledPackedForm(covariance, v, c) / 8));
        }
        return Probabilities.sigmoid(mu / Math.sqrt(1 + Math.PI * s2 / 8));
    }

    /** {@code (1, x₀, …, x_{k−1})}, fresh: the parameters' multipliers, intercept first. */
    private double[] withIntercept(double[] x) {
        double[] v = new double[mean.length];
        v[0] = 1;
        System.arraycopy(x, 0, v, 1, mean.length - 1);
        return v;
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
        double s2 = logOddsVariance(x);
        if (!(Math.abs(mu) < Double.POSITIVE_INFINITY && s2 < Double.POSITIVE_INFINITY)) {
            double[] v = withIntercept(x);
            double c = ScaledGaussian.scale(v);
            if (Double.isNaN(c)) {
                throw new IllegalArgumentException("feature values hold NaN");
            }
            double m = ScaledGaussian.scaledMean(mean, v, c);
            double s = Math.sqrt(ScaledGaussian.scaledPackedForm(covariance, v, c));
            return new ProbabilityInterval(Probabilities.sigmoid(ScaledGaussian.unscaled(c, m - z * s)),
                    Probabilities.sigmoid(ScaledGaussian.unscaled(c, m + z * s)), level);
        }
        double s = Math.sqrt(s2);
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
        return OnlineLaplaceUpdate.update(this, x, y);
    }

    @Override
    public ModelDocument toDocument() {
        return BayesianLogisticModelFile.toDocument(this);
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
        return BayesianLogisticModelFile.fromDocument(document);
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
