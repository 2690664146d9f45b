package org.forecast4j.core.evidence;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.forecast4j.core.internal.ScaledGaussian;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.newton.LogitProblem;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.newton.NewtonOptions;
import org.forecast4j.core.newton.PenalizedLogitNewton;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;

/**
 * Prior log-odds from a base rate plus one log likelihood ratio per unit of each piece of evidence:
 *
 * <pre>    t(x) = t₀ + Σᵢ λᵢ xᵢ,   p(x) = σ(t(x))</pre>
 *
 * where {@code t₀ = logit(prior)} and {@code λᵢ = ln [P(evidence i | yes) / P(evidence i | no)]}. An indicator
 * feature ({@code xᵢ ∈ {0, 1}}) adds its ratio when the evidence is present; a count adds it once per unit.
 *
 * <p><b>Uncertainty</b>: the prior log-odds has a standard deviation {@code s₀}, and the log likelihood ratios a
 * covariance {@code Σ} (diagonal {@code sᵢ²} when an analyst states them; the Laplace posterior covariance when
 * fitted). Treating the log-odds as normal with variance {@code v(x) = s₀² + xᵀΣx}, the credible interval is
 * {@code σ(t(x) ∓ z·√v(x))}, {@code z} the standard normal quantile of {@code (1 + level)/2}, and
 * {@link #probability} {@code σ(t(x))} is the median of that distribution.
 *
 * <p>A {@link LinearLogOddsModel}: {@code intercept() = t₀}, {@code coefficient(i) = λᵢ}, so per-feature
 * contributions {@code λᵢ xᵢ} add up exactly to the log-odds. Immutable and thread-safe; {@link #probability} and
 * {@link #contributions(double[], double[])} do not allocate.
 *
 * <p>Made by {@link #builder()} with an analyst's ratios ({@link EvidenceModelBuilder}), by {@link EvidenceTrainer}
 * with ratios fitted on resolved questions, or from a model file of kind {@value #KIND} by {@link #fromDocument}.
 *
 * <pre>{@code
 * EvidenceModel model = EvidenceModel.builder()
 *         .prior(BetaBinomialBaseRate.of(3, 10))               // reference class: 3 of 10
 *         .evidence("tsmc-declined", -0.4, 0.2)                 // log LR and its sd
 *         .evidence("deal-finalized", 1.1, 0.5)
 *         .build();
 * double p = model.probability(model.indicators("deal-finalized"));
 * }</pre>
 */
public final class EvidenceModel implements LinearLogOddsModel {
    /** The model-file kind. */
    public static final String KIND = "evidence";
    /** The default coverage of {@link #interval(double[])}. */
    public static final double DEFAULT_LEVEL = 0.9;

    private final FeatureSchema schema;
    private final double priorLogOdds;
    private final double priorLogOddsSd;
    private final double[] logLikelihoodRatios;
    private final double[] covariance; // row-major k × k
    private final double level;
    private final double z;
    private final LinearScorer scorer;
    private final Provenance provenance;

    private EvidenceModel(FeatureSchema schema, double priorLogOdds, double priorLogOddsSd,
            double[] logLikelihoodRatios, double[] covariance, double level, Provenance provenance) {
        this.schema = schema;
        this.priorLogOdds = priorLogOdds;
        this.priorLogOddsSd = priorLogOddsSd;
        this.logLikelihoodRatios = logLikelihoodRatios;
        this.covariance = covariance;
        this.level = level;
        this.z = standardNormalQuantile(level);
        this.scorer = LinearScorer.of(priorLogOdds, logLikelihoodRatios);
        this.provenance = provenance;
    }

    /** Validates the parameters and makes the model; the fit, the builder and the model file all come here. */
    static EvidenceModel create(FeatureSchema schema, double priorLogOdds, double priorLogOddsSd,
            double[] logLikelihoodRatios, double[] covariance, double level, Provenance provenance) {
        int k = schema.size();
        if (!Double.isFinite(priorLogOdds)) {
            throw new IllegalArgumentException("prior log-odds must be finite (a prior probability strictly between 0"
                    + " and 1), got " + priorLogOdds);
        }
        if (!(priorLogOddsSd >= 0 && priorLogOddsSd < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("prior log-odds sd must be finite and >= 0, got " + priorLogOddsSd);
        }
        if (logLikelihoodRatios.length != k || covariance.length != k * k) {
            throw new IllegalArgumentException("need " + k + " log likelihood ratios and a " + k + " × " + k
                    + " covariance for features " + schema.names());
        }
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(logLikelihoodRatios[i])) {
                throw new IllegalArgumentException("log likelihood ratio of '" + schema.name(i)
                        + "' must be finite, got " + logLikelihoodRatios[i]);
            }
            if (!(covariance[i * k + i] >= 0)) {
                throw new IllegalArgumentException("variance of the log likelihood ratio of '" + schema.name(i)
                        + "' must be >= 0, got " + covariance[i * k + i]);
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(covariance[i * k + j]) || covariance[i * k + j] != covariance[j * k + i]) {
                    throw new IllegalArgumentException("the covariance must be finite and symmetric; entry (" + i
                            + ", " + j + ") is " + covariance[i * k + j]);
                }
            }
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        return new EvidenceModel(schema, priorLogOdds, priorLogOddsSd, logLikelihoodRatios, covariance, level,
                provenance);
    }

    /** @return a builder for an analyst's model */
    public static EvidenceModelBuilder builder() {
        return new EvidenceModelBuilder();
    }

    private static double standardNormalQuantile(double level) {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + level) / 2);
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

    /** @return the prior log-odds {@code t₀} */
    @Override
    public double intercept() {
        return priorLogOdds;
    }

    /**
     * @param feature a feature position
     * @return its log likelihood ratio per unit
     */
    @Override
    public double coefficient(int feature) {
        return logLikelihoodRatios[feature];
    }

    /** @return the prior probability {@code σ(t₀)} */
    public double priorProbability() {
        return Probabilities.sigmoid(priorLogOdds);
    }

    /** @return the standard deviation of the prior log-odds {@code s₀} */
    public double priorLogOddsSd() {
        return priorLogOddsSd;
    }

    /**
     * @param feature a feature position
     * @return the standard deviation of its log likelihood ratio, {@code √Σᵢᵢ}
     */
    public double logLikelihoodRatioSd(int feature) {
        return Math.sqrt(covariance[feature * schema.size() + feature]);
    }

    /** @return the coverage of {@link #interval(double[])} */
    public double level() {
        return level;
    }

    /**
     * The log-odds {@code t₀ + Σ λᵢ xᵢ}. Allocation-free.
     *
     * @param x feature values in schema order, length {@code schema().size()}
     * @return the log-odds; NaN if {@code x} holds NaN
     */
    @Override
    public double logOdds(double[] x) {
        requireLength(x);
        return scorer.logOdds(x);
    }

    /**
     * The probability {@code σ(t₀ + Σ λᵢ xᵢ)}. Allocation-free.
     *
     * @param x feature values in schema order
     * @return a probability in [0, 1]; NaN if {@code x} holds NaN
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    @Override
    public double probability(double[] x) {
        double t = logOdds(x);
        if (Double.isNaN(t)) {
            // NaN in x, or overflowing terms of opposite sign (features near 1e308): the sum on x scaled by c.
            double c = ScaledGaussian.scale(x);
            return Probabilities.sigmoid(ScaledGaussian.unscaled(c, priorLogOdds / c
                    + ScaledGaussian.scaledMean(logLikelihoodRatios, x, c)));
        }
        return Probabilities.sigmoid(t);
    }

    /**
     * The variance of the log-odds, {@code s₀² + xᵀΣx}.
     *
     * @param x feature values in schema order
     * @return the variance, {@code >= 0}
     */
    public double logOddsVariance(double[] x) {
        requireLength(x);
        int k = x.length;
        double v = priorLogOddsSd * priorLogOddsSd;
        for (int i = 0; i < k; i++) {
            if (x[i] == 0) {
                continue;
            }
            double row = 0;
            for (int j = 0; j < k; j++) {
                row += covariance[i * k + j] * x[j];
            }
            v += x[i] * row;
        }
        return Math.max(0, v);
    }

    /**
     * The credible interval at the model's level ({@link #level()}).
     *
     * @param x feature values in schema order
     * @return the interval
     */
    @Override
    public ProbabilityInterval interval(double[] x) {
        return interval(x, z, level);
    }

    /**
     * The credible interval {@code σ(t(x) ∓ z·√v(x))}.
     *
     * @param x feature values in schema order
     * @param coverage the coverage, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if the coverage is out of range or {@code x} is invalid
     */
    public ProbabilityInterval interval(double[] x, double coverage) {
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), got " + coverage);
        }
        return interval(x, standardNormalQuantile(coverage), coverage);
    }

    private ProbabilityInterval interval(double[] x, double quantile, double coverage) {
        double t = logOdds(x);
        double variance = logOddsVariance(x);
        if (!(Math.abs(t) < Double.POSITIVE_INFINITY && variance < Double.POSITIVE_INFINITY)) {
            double c = ScaledGaussian.scale(x);
            if (Double.isNaN(c)) {
                throw new IllegalArgumentException("feature values hold NaN");
            }
            double scaled = priorLogOdds / c + ScaledGaussian.scaledMean(logLikelihoodRatios, x, c);
            double sd = Math.sqrt(priorLogOddsSd / c * (priorLogOddsSd / c)
                    + ScaledGaussian.scaledDenseForm(covariance, x, c));
            return new ProbabilityInterval(Probabilities.sigmoid(ScaledGaussian.unscaled(c, scaled - quantile * sd)),
                    Probabilities.sigmoid(ScaledGaussian.unscaled(c, scaled + quantile * sd)), coverage);
        }
        double half = quantile * Math.sqrt(variance);
        return new ProbabilityInterval(Probabilities.sigmoid(t - half), Probabilities.sigmoid(t + half), coverage);
    }

    /**
     * Each feature's contribution {@code λᵢ xᵢ} to the log-odds. With {@link #intercept()} they add up to
     * {@link #logOdds}. Allocation-free.
     *
     * @param x feature values in schema order
     * @param out caller-owned output, length {@code schema().size()} at least
     */
    public void contributions(double[] x, double[] out) {
        requireLength(x);
        for (int i = 0; i < x.length; i++) {
            out[i] = logLikelihoodRatios[i] * x[i];
        }
    }

    /**
     * @param x feature values in schema order
     * @return a fresh array of the contributions {@code λᵢ xᵢ}
     */
    public double[] contributions(double[] x) {
        double[] out = new double[schema.size()];
        contributions(x, out);
        return out;
    }

    /**
     * A feature vector with 1 for each named piece of evidence and 0 elsewhere.
     *
     * @param observed names of features in the schema
     * @return a fresh vector
     * @throws IllegalArgumentException naming an unknown feature
     */
    public double[] indicators(String... observed) {
        double[] x = new double[schema.size()];
        for (String name : observed) {
            int i = schema.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("'" + name + "' is not evidence of this model " + schema.names());
            }
            x[i] = 1;
        }
        return x;
    }

    /**
     * A table of how a forecast is made: the prior, each feature's value and contribution, the total log-odds,
     * the probability and its interval.
     *
     * @param x feature values in schema order
     * @return the table as text
     */
    public String explain(double[] x) {
        double[] c = contributions(x);
        TextTable table = new TextTable("term", "value", "log-odds");
        table.row("prior", TextTable.number(priorProbability()), TextTable.number(priorLogOdds));
        for (int i = 0; i < c.length; i++) {
            table.row(schema.name(i), TextTable.number(x[i]), TextTable.number(c[i]));
        }
        table.row("total", "", TextTable.number(logOdds(x)));
        ProbabilityInterval interval = interval(x);
        return table + "probability " + TextTable.number(probability(x)) + ", "
                + Math.round(level * 100) + "% interval [" + TextTable.number(interval.lower()) + ", "
                + TextTable.number(interval.upper()) + "]\n";
    }

    private void requireLength(double[] x) {
        if (x.length != logLikelihoodRatios.length) {
            throw new IllegalArgumentException("expected " + logLikelihoodRatios.length + " feature values "
                    + schema.names() + ", got " + x.length);
        }
    }

    @Override
    public ModelDocument toDocument() {
        return EvidenceModelFile.toDocument(schema, provenance, priorLogOdds, priorLogOddsSd, logLikelihoodRatios,
                covariance, level);
    }

    /**
     * Rebuilds a model from its model-file document. {@code covariance} holds the k × k covariance of the log
     * likelihood ratios row by row.
     *
     * @param document a document of kind {@value #KIND}
     * @return the model
     * @throws InvalidInputException if the kind or a parameter is wrong
     */
    public static EvidenceModel fromDocument(ModelDocument document) {
        return EvidenceModelFile.fromDocument(document);
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("term", "log-odds", "sd", "odds ratio");
        table.row("prior (p = " + TextTable.number(priorProbability()) + ")", TextTable.number(priorLogOdds),
                TextTable.number(priorLogOddsSd), "");
        for (int i = 0; i < logLikelihoodRatios.length; i++) {
            table.row(schema.name(i), TextTable.number(logLikelihoodRatios[i]),
                    TextTable.number(logLikelihoodRatioSd(i)), TextTable.number(Math.exp(logLikelihoodRatios[i])));
        }
        String origin = provenance.trainingRows() > 0
                ? "fitted on " + provenance.trainingRows() + " questions" : "set by an analyst";
        return "Evidence model: log-odds = prior + Σ log LR · x (" + origin + ")\n" + table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceModel other && schema.equals(other.schema)
                && Double.compare(priorLogOdds, other.priorLogOdds) == 0
                && Double.compare(priorLogOddsSd, other.priorLogOddsSd) == 0
                && Arrays.equals(logLikelihoodRatios, other.logLikelihoodRatios)
                && Arrays.equals(covariance, other.covariance) && Double.compare(level, other.level) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, priorLogOdds, Arrays.hashCode(logLikelihoodRatios));
    }
}
