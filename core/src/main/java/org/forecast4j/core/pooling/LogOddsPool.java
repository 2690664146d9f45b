package org.forecast4j.core.pooling;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.newton.LogitProblem;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.newton.NewtonOptions;
import org.forecast4j.core.newton.PenalizedLogitNewton;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Weighted log-odds pooling with extremizing: {@code p* = σ(d · Σ wᵢ logit pᵢ / Σ wᵢ)}. With {@code d = 1} this is
 * the weighted geometric mean of the odds; {@code d > 1} pushes the pool away from ½, which corrects for forecasters
 * who each see only part of the evidence (Satopää et al., International Journal of Forecasting 30(2), 2014; Baron
 * et al., Decision Analysis 11(2), 2014); {@code d < 1} pulls it towards ½.
 *
 * <p>As a {@link ProbabilityModel}, a pool's features are its inputs' probabilities, in the order of its schema
 * (e.g. {@code ["model", "market"]}), and its weights and {@code d} are fixed. The static {@link #pool} and
 * {@link #blend} apply the rule to given numbers. {@link #fitExtremizing} fits {@code d} by maximum likelihood on
 * resolved questions.
 *
 * <p>Inputs of exactly 0 or 1 are clipped to {@code [Probabilities.LOG_LOSS_CLIP, 1 − LOG_LOSS_CLIP]}
 * ({@code 1e-15}, {@code |logit| <= 34.54}) before their log-odds are taken; an input with weight 0 is ignored.
 * Immutable and thread-safe; scoring does not allocate.
 */
public final class LogOddsPool implements ProbabilityModel {
    /** The model-file kind. */
    public static final String KIND = "log-odds-pool";

    private final FeatureSchema schema;
    private final double[] weights;
    private final double weightSum;
    private final double d;
    private final Provenance provenance;

    private LogOddsPool(FeatureSchema schema, double[] weights, double d, Provenance provenance) {
        this.schema = schema;
        this.weights = weights;
        this.weightSum = checkWeights(weights, schema.size());
        this.d = d;
        this.provenance = provenance;
    }

    /**
     * A pool with given weights and extremizing factor.
     *
     * @param inputs the names of the forecasts pooled, in the order they are passed
     * @param weights one weight per input, finite, {@code >= 0}, not all 0 (copied; only ratios matter)
     * @param d the extremizing factor, finite, {@code >= 0}
     * @return the pool, with provenance trainer {@code "log-odds-pool-given"}
     * @throws IllegalArgumentException if a weight or {@code d} is out of range or the lengths differ
     */
    public static LogOddsPool of(FeatureSchema inputs, double[] weights, double d) {
        return create(inputs, weights.clone(), d, Provenance.of("log-odds-pool-given", Map.of(), 0));
    }

    /**
     * An equally weighted pool.
     *
     * @param d the extremizing factor, finite, {@code >= 0}
     * @param inputs the names of the forecasts pooled
     * @return the pool
     * @throws IllegalArgumentException if {@code d} is out of range or there are no inputs
     */
    public static LogOddsPool equalWeights(double d, String... inputs) {
        double[] w = new double[inputs.length];
        Arrays.fill(w, 1.0);
        return of(FeatureSchema.of(inputs), w, d);
    }

    static LogOddsPool create(FeatureSchema inputs, double[] weights, double d, Provenance provenance) {
        requireD(d);
        return new LogOddsPool(Objects.requireNonNull(inputs, "inputs"), weights, d, provenance);
    }

    private static void requireD(double d) {
        if (!(d >= 0 && d < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the extremizing factor d must be finite and >= 0, got " + d);
        }
    }

    static double checkWeights(double[] weights, int n) {
        if (weights.length != n || n == 0) {
            throw new IllegalArgumentException("need one weight per input (" + n + " inputs, at least one), got "
                    + weights.length);
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0 && weights[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, got " + weights[i]);
            }
            sum += weights[i];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        return sum;
    }

    /**
     * The weighted mean log-odds {@code Σ wᵢ logit pᵢ / Σ wᵢ}, before extremizing. Allocation-free.
     *
     * @param p the probabilities, one per weight
     * @param weights the weights, or {@code null} for equal weights
     * @return the mean log-odds; NaN if an input with positive weight is NaN
     * @throws IllegalArgumentException if the lengths differ, a weight is invalid, or a probability is outside
     *     [0, 1]
     */
    public static double meanLogOdds(double[] p, double[] weights) {
        double sum = 0;
        double total = 0;
        if (weights != null && weights.length != p.length) {
            throw new IllegalArgumentException("need one weight per probability: " + p.length + " probabilities, "
                    + weights.length + " weights");
        }
        if (p.length == 0) {
            throw new IllegalArgumentException("need at least one probability to pool");
        }
        for (int i = 0; i < p.length; i++) {
            double w = weights == null ? 1.0 : weights[i];
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, got " + w);
            }
            if (w == 0) {
                continue;
            }
            double q = p[i];
            if (q < 0 || q > 1) {
                throw new IllegalArgumentException("input " + i + " must be a probability in [0, 1], got " + q);
            }
            sum += w * Probabilities.logit(Probabilities.clipForLogLoss(q));
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        return sum / total;
    }

    /**
     * Pools probabilities: {@code σ(d · Σ wᵢ logit pᵢ / Σ wᵢ)}. Allocation-free.
     *
     * @param p the probabilities, in [0, 1]
     * @param weights the weights ({@code >= 0}, not all 0), or {@code null} for equal weights
     * @param d the extremizing factor, {@code >= 0}; 1 for none
     * @return the pooled probability, in [0, 1]; NaN if an input is NaN
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double pool(double[] p, double[] weights, double d) {
        requireD(d);
        return Probabilities.sigmoid(d * meanLogOdds(p, weights));
    }

    /**
     * Blends a model's probability with the market price by the same rule:
     * {@code σ(d · (w·logit model + (1 − w)·logit market))}.
     *
     * @param model the model's probability, in [0, 1]
     * @param market the market price as a probability, in [0, 1]
     * @param modelWeight the model's weight {@code w}, in [0, 1]; 0 returns the market (for {@code d = 1})
     * @param d the extremizing factor, {@code >= 0}
     * @return the blended probability; NaN if an input is NaN
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double blend(double model, double market, double modelWeight, double d) {
        if (!(modelWeight >= 0 && modelWeight <= 1)) {
            throw new IllegalArgumentException("model weight must be in [0, 1], got " + modelWeight);
        }
        requireD(d);
        double t = 0;
        if (modelWeight > 0) {
            t += modelWeight * logitOf(model, "model probability");
        }
        if (modelWeight < 1) {
            t += (1 - modelWeight) * logitOf(market, "market price");
        }
        return Probabilities.sigmoid(d * t);
    }

    private static double logitOf(double p, String what) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException(what + " must be a probability in [0, 1], got " + p);
        }
        return Probabilities.logit(Probabilities.clipForLogLoss(p));
    }

    /**
     * Fits the extremizing factor {@code d} by maximum likelihood on resolved questions, with the weights fixed:
     * a logistic regression without intercept of the outcomes on {@code zᵢ = Σ w logit p / Σ w} (Satopää et al.
     * 2014), by Newton's method from {@code d = 1}.
     *
     * @param inputs the names of the forecasts pooled
     * @param weights one weight per input
     * @param probabilities one row per resolved question, one probability per input, in [0, 1]
     * @param outcomes whether each question resolved yes
     * @return the pool with the fitted {@code d}
     * @throws IllegalArgumentException if the shapes differ, a value is out of range, there are no questions, or
     *     the pooled log-odds separate the outcomes perfectly (no finite maximum: d would be infinite) or the
     *     likelihood is maximised at a negative d (the pool is worse than a coin)
     */
    public static LogOddsPool fitExtremizing(FeatureSchema inputs, double[] weights, double[][] probabilities,
            boolean[] outcomes) {
        return new LogOddsPoolTrainer(new PoolFitOptions(weights)).fit(inputs, probabilities, outcomes);
    }

    /**
     * Fits {@code d} for an equally weighted pool.
     *
     * @param inputs the names of the forecasts pooled
     * @param probabilities one row per resolved question
     * @param outcomes the outcomes
     * @return the pool with the fitted {@code d}
     * @throws IllegalArgumentException as {@link #fitExtremizing(FeatureSchema, double[], double[][], boolean[])}
     */
    public static LogOddsPool fitExtremizing(FeatureSchema inputs, double[][] probabilities, boolean[] outcomes) {
        double[] w = new double[inputs.size()];
        Arrays.fill(w, 1.0);
        return fitExtremizing(inputs, w, probabilities, outcomes);
    }

    /** @return the extremizing factor {@code d} */
    public double extremizing() {
        return d;
    }

    /** @return the weights, in input order (a copy) */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The pooled log-odds {@code d · Σ wᵢ logit pᵢ / Σ wᵢ}. Allocation-free.
     *
     * @param p the inputs' probabilities, in schema order
     * @return the log-odds; NaN if an input is NaN
     * @throws IllegalArgumentException if the length is wrong or a probability is outside [0, 1]
     */
    public double logOdds(double[] p) {
        if (p.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " probabilities " + schema.names()
                    + ", got " + p.length);
        }
        return d * meanLogOdds(p, weights);
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

    /**
     * The pooled probability of the inputs.
     *
     * @param p the inputs' probabilities, in schema order, in [0, 1]
     * @return {@code σ(d · Σ wᵢ logit pᵢ / Σ wᵢ)}; NaN if an input is NaN
     * @throws IllegalArgumentException if the length is wrong or a probability is outside [0, 1]
     */
    @Override
    public double probability(double[] p) {
        return Probabilities.sigmoid(logOdds(p));
    }

    @Override
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        ModelDocument.addNumbers(parameters.putArray("weights"), weights);
        parameters.put("extremizing", d);
        return ModelDocument.of(KIND, schema, provenance, parameters);
    }

    /**
     * Rebuilds a pool from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the pool
     * @throws InvalidInputException if the kind or a parameter is wrong
     */
    public static LogOddsPool fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        double[] w = document.numbers("weights", document.schema().size());
        double d = document.number("extremizing");
        try {
            return create(document.schema(), w, d, document.provenance());
        } catch (IllegalArgumentException e) {
            throw document.invalid("weights", null, e.getMessage());
        }
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("input", "weight", "share");
        for (int i = 0; i < weights.length; i++) {
            table.row(schema.name(i), TextTable.number(weights[i]), TextTable.number(weights[i] / weightSum));
        }
        String origin = provenance.trainingRows() > 0 ? " (fitted on " + provenance.trainingRows() + " questions)" : "";
        return "Log-odds pool: p = σ(d · Σ w logit p / Σ w), d = " + TextTable.number(d) + origin + "\n" + table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogOddsPool other && schema.equals(other.schema) && Arrays.equals(weights, other.weights)
                && Double.compare(d, other.d) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, Arrays.hashCode(weights), d);
    }
}
