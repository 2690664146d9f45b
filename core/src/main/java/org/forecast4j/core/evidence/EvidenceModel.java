package org.forecast4j.core.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.io.ForecastJson;
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
import tools.jackson.databind.node.ObjectNode;

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

    private static EvidenceModel create(FeatureSchema schema, double priorLogOdds, double priorLogOddsSd,
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
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits the log likelihood ratios on resolved questions: the maximum a posteriori estimate of a logistic
     * regression whose intercept is fixed at the prior log-odds (an offset), with an independent
     * {@code N(0, σ²)} prior on each log likelihood ratio, by Newton's method; the covariance is the inverse
     * Hessian at the optimum (Laplace approximation).
     *
     * @param priorLogOdds the prior log-odds {@code t₀}, finite
     * @param priorLogOddsSd its standard deviation, {@code >= 0}
     * @param schema the features, in the order of the rows of {@code x}
     * @param x one row per resolved question, one finite value per feature
     * @param outcomes whether each question resolved yes
     * @param options the prior on the ratios and the interval level
     * @return the fitted model
     * @throws IllegalArgumentException if the shapes differ, a value is not finite, or there are no questions
     */
    public static EvidenceModel fit(double priorLogOdds, double priorLogOddsSd, FeatureSchema schema,
            double[][] x, boolean[] outcomes, EvidenceFitOptions options) {
        int n = x.length;
        int k = schema.size();
        if (n == 0 || outcomes.length != n) {
            throw new IllegalArgumentException("need one outcome per row and at least one row, got " + n
                    + " rows and " + outcomes.length + " outcomes");
        }
        if (k == 0) {
            throw new IllegalArgumentException("need at least one feature to fit");
        }
        if (!Double.isFinite(priorLogOdds)) {
            throw new IllegalArgumentException("prior log-odds must be finite, got " + priorLogOdds);
        }
        double[] offset = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values, expected " + k
                        + " " + schema.names());
            }
            offset[i] = priorLogOdds;
            target[i] = outcomes[i] ? 1 : 0;
        }
        double[] precision = new double[k];
        double sd = options.logLikelihoodRatioPriorSd();
        Arrays.fill(precision, 1 / (sd * sd));
        NewtonFit solution = PenalizedLogitNewton.fit(LogitProblem.of(x, false, offset, target, null, precision),
                null, NewtonOptions.step());
        if (!solution.converged()) {
            throw new IllegalArgumentException("the evidence fit did not converge in " + solution.iterations()
                    + " Newton iterations");
        }
        double[][] cov = solution.covariance();
        double[] flat = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                // Symmetrise: the inverse is symmetric up to rounding.
                flat[i * k + j] = 0.5 * (cov[i][j] + cov[j][i]);
            }
        }
        Provenance provenance = Provenance.of("evidence-map-newton",
                Map.of("logLikelihoodRatioPriorSd", sd), n);
        return create(schema, priorLogOdds, priorLogOddsSd, solution.parameters(), flat, options.level(),
                provenance);
    }

    /**
     * Fits the log likelihood ratios on top of a base rate: the prior log-odds is {@code logit} of its posterior
     * mean, with the base rate's log-odds standard deviation.
     *
     * @param prior the base rate
     * @param schema the features
     * @param x one row per resolved question
     * @param outcomes the outcomes
     * @param options the fit options
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double, double, FeatureSchema, double[][], boolean[],
     *     EvidenceFitOptions)}
     */
    public static EvidenceModel fit(BetaBinomialBaseRate prior, FeatureSchema schema, double[][] x,
            boolean[] outcomes, EvidenceFitOptions options) {
        return fit(prior.logOdds(), prior.logOddsSd(), schema, x, outcomes, options);
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
        return Probabilities.sigmoid(logOdds(x));
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
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("feature values hold NaN");
        }
        double half = quantile * Math.sqrt(logOddsVariance(x));
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
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("priorLogOdds", priorLogOdds);
        parameters.put("priorLogOddsSd", priorLogOddsSd);
        ModelDocument.addNumbers(parameters.putArray("logLikelihoodRatios"), logLikelihoodRatios);
        ModelDocument.addNumbers(parameters.putArray("covariance"), covariance);
        parameters.put("level", level);
        return ModelDocument.of(KIND, schema, provenance, parameters);
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
        document.requireKind(KIND);
        int k = document.schema().size();
        double[] ratios = document.numbers("logLikelihoodRatios", k);
        double[] cov = document.numbers("covariance", -1);
        if (cov.length != k * k) {
            throw document.invalid("covariance", null, "has " + cov.length + " values, expected " + (k * k)
                    + " (a " + k + " × " + k + " matrix, row by row)");
        }
        try {
            return create(document.schema(), document.number("priorLogOdds"), document.number("priorLogOddsSd"),
                    ratios, cov, document.number("level"), document.provenance());
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw document.invalid("logLikelihoodRatios", null, e.getMessage());
        }
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

    /**
     * Builds an analyst's evidence model: a prior and one log likelihood ratio, with its standard deviation, per
     * piece of evidence. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private double priorLogOdds = Double.NaN;
        private double priorLogOddsSd;
        private double level = DEFAULT_LEVEL;
        private final List<String> names = new ArrayList<>();
        private final List<double[]> ratios = new ArrayList<>();

        private Builder() {
        }

        /**
         * The prior as a probability, taken as certain.
         *
         * @param probability the prior probability, strictly between 0 and 1
         * @return this builder
         */
        public Builder prior(double probability) {
            return prior(probability, 0);
        }

        /**
         * The prior as a probability with an uncertainty on its log-odds.
         *
         * @param probability the prior probability, strictly between 0 and 1
         * @param logOddsSd the standard deviation of its log-odds, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if the probability is not strictly between 0 and 1
         */
        public Builder prior(double probability, double logOddsSd) {
            if (!(probability > 0 && probability < 1)) {
                throw new IllegalArgumentException("prior probability must be strictly between 0 and 1, got "
                        + probability);
            }
            return priorLogOdds(Probabilities.logit(probability), logOddsSd);
        }

        /**
         * The prior from a base rate: {@code logit} of its posterior mean, with its log-odds standard deviation
         * {@link BetaBinomialBaseRate#logOddsSd()}.
         *
         * @param baseRate the base rate
         * @return this builder
         */
        public Builder prior(BetaBinomialBaseRate baseRate) {
            return priorLogOdds(baseRate.logOdds(), baseRate.logOddsSd());
        }

        /**
         * @param logOdds the prior log-odds, finite
         * @param sd its standard deviation, {@code >= 0}
         * @return this builder
         */
        public Builder priorLogOdds(double logOdds, double sd) {
            this.priorLogOdds = logOdds;
            this.priorLogOddsSd = sd;
            return this;
        }

        /**
         * Adds a piece of evidence.
         *
         * @param name the feature name, unique
         * @param logLikelihoodRatio {@code ln [P(evidence | yes) / P(evidence | no)]} per unit, finite; negative
         *     evidence points to no
         * @param sd the standard deviation of that log ratio, {@code >= 0}: how sure the analyst is
         * @return this builder
         */
        public Builder evidence(String name, double logLikelihoodRatio, double sd) {
            if (!(sd >= 0 && sd < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("sd of '" + name + "' must be finite and >= 0, got " + sd);
            }
            names.add(name);
            ratios.add(new double[] {logLikelihoodRatio, sd});
            return this;
        }

        /**
         * Adds a piece of evidence by its likelihood ratio.
         *
         * @param name the feature name, unique
         * @param likelihoodRatio {@code P(evidence | yes) / P(evidence | no)}, finite, {@code > 0}
         * @param logSd the standard deviation of its logarithm, {@code >= 0}
         * @return this builder
         */
        public Builder likelihoodRatio(String name, double likelihoodRatio, double logSd) {
            if (!(likelihoodRatio > 0 && likelihoodRatio < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("likelihood ratio of '" + name
                        + "' must be positive and finite, got " + likelihoodRatio);
            }
            return evidence(name, Math.log(likelihoodRatio), logSd);
        }

        /**
         * @param coverage the coverage of the model's default interval, in (0, 1)
         * @return this builder
         */
        public Builder level(double coverage) {
            this.level = coverage;
            return this;
        }

        /**
         * @return the model
         * @throws IllegalStateException if no prior was given
         * @throws IllegalArgumentException if a value is out of range or a name repeats
         */
        public EvidenceModel build() {
            if (Double.isNaN(priorLogOdds)) {
                throw new IllegalStateException("an evidence model needs a prior: call prior(...) first");
            }
            int k = names.size();
            double[] lambda = new double[k];
            double[] cov = new double[k * k];
            for (int i = 0; i < k; i++) {
                lambda[i] = ratios.get(i)[0];
                double sd = ratios.get(i)[1];
                cov[i * k + i] = sd * sd;
            }
            return create(FeatureSchema.of(names), priorLogOdds, priorLogOddsSd, lambda, cov, level,
                    Provenance.of("evidence-analyst", Map.of(), 0));
        }
    }
}
