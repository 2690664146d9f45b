package org.forecast4j.core.logistic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.forecast4j.core.internal.ScaledGaussian;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.FitDiagnostics;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The market as the prior: the forecast starts from the market price {@code q} (the anchor feature) and moves
 * by the posterior mean of a fitted departure {@code δ(x)} on the log-odds scale,
 * {@code p = σ(logit(q) + δ(x))}, {@code δ(x) = b + β_L·logit(q) + Σ_{j≠L} β_j x_j}. Immutable and thread-safe.
 * Made by {@link MarketAnchoredRegression}, or read from a model file of kind {@value #KIND}.
 *
 * <ul>
 *   <li>{@link #probability}{@code (x)} is {@code σ(logit(q) + δ)} with {@code δ} the posterior mean: the
 *       uncertainty about the departure widens {@link #interval} but does not pull the market toward 1/2 (the
 *       moderated predictive of a Bayesian logistic regression would). Where {@code δ = 0} — no data, a prior
 *       sd of 0, or a fit that found nothing — it returns {@code q} itself, bit for bit. Prices are clipped to
 *       [{@value #PRICE_CLIP}, 1 − {@value #PRICE_CLIP}] first, so a price of 0 or 1 gives a finite log-odds,
 *       and no probability is exactly 0 or 1. Allocation-free.
 *   <li>As a {@link LinearLogOddsModel}: {@link #intercept()} is {@code b}; the anchor's
 *       {@link #coefficient} is {@code 1 + β_L} per unit of the market's log-odds, and its {@link #term} is
 *       {@code (1 + β_L)·logit(q)}; every other feature's coefficient is {@code β_j}. They add up to
 *       {@link #logOdds}{@code (x) = logit(q) + δ}.
 *   <li>{@link #interval}{@code (x)} is the equal-tailed credible interval {@code σ(logit(q) + δ ± z·s)},
 *       {@code s²} the posterior variance of {@code δ(x)}.
 * </ul>
 *
 * <h2>Model file parameters</h2>
 * {@code anchor} (the price feature's name), {@code priceClip}, {@code priorSd} (the one used),
 * {@code centre} (the log-odds the market's slope was centred on in training, for the record),
 * {@code intercept} and {@code coefficients} (the posterior mean of {@code b} and the {@code β}, the anchor's
 * being {@code β_L}), {@code covariance} (rows of the {@code d × d} matrix, intercept first),
 * {@code logLikelihood}, {@code logEvidence}, {@code iterations}, {@code converged}.
 */
public final class MarketAnchoredModel implements LinearLogOddsModel, FitDiagnostics {

    /** The model-file kind. */
    public static final String KIND = "market-anchored";

    /** Prices are clipped to {@code [PRICE_CLIP, 1 − PRICE_CLIP]} before their log-odds are taken. */
    public static final double PRICE_CLIP = 1e-6;

    private final FeatureSchema schema;
    private final Provenance provenance;
    private final int anchor;
    private final double priorSd;
    private final double centre;
    private final double[] mean;        // length d: b, then β (the anchor's multiplies logit(q))
    private final double[] covariance;  // packed, d(d+1)/2
    private final LinearScorer others;  // b + Σ_{j≠anchor} β_j x_j (the anchor's weight is 0 here)
    private final double anchorSlope;   // β_L
    private final double logLikelihood;
    private final double logEvidence;
    private final int iterations;
    private final boolean converged;

    MarketAnchoredModel(FeatureSchema schema, Provenance provenance, int anchor, double priorSd, double centre,
            double[] mean, double[] packedCovariance, double logLikelihood, double logEvidence, int iterations,
            boolean converged) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.anchor = anchor;
        this.priorSd = priorSd;
        this.centre = centre;
        this.mean = mean;
        this.covariance = packedCovariance;
        double[] weights = Arrays.copyOfRange(mean, 1, mean.length);
        this.anchorSlope = weights[anchor];
        weights[anchor] = 0;
        this.others = LinearScorer.of(mean[0], weights);
        this.logLikelihood = logLikelihood;
        this.logEvidence = logEvidence;
        this.iterations = iterations;
        this.converged = converged;
    }

    /**
     * The log-odds of a market price, clipped to [{@value #PRICE_CLIP}, 1 − {@value #PRICE_CLIP}].
     *
     * @param price a price in [0, 1]
     * @return its log-odds, finite; NaN for NaN
     */
    public static double anchorLogOdds(double price) {
        return Probabilities.logit(clip(price));
    }

    private static double clip(double price) {
        return price < PRICE_CLIP ? PRICE_CLIP : price > 1 - PRICE_CLIP ? 1 - PRICE_CLIP : price;
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

    /** @return the position of the price feature in the schema */
    public int anchor() {
        return anchor;
    }

    /** @return the prior sd the posterior was fitted with (chosen by the evidence, or given) */
    public double priorSd() {
        return priorSd;
    }

    /** @return the log-odds the market's slope was centred on in training (the training base rate's, or 0) */
    public double centre() {
        return centre;
    }

    /** @return the posterior mean of the departure's intercept {@code b} */
    @Override
    public double intercept() {
        return mean[0];
    }

    /**
     * @param feature a position in the schema
     * @return {@code β_j}, or {@code 1 + β_L} per unit of the market's log-odds for the anchor
     */
    @Override
    public double coefficient(int feature) {
        return feature == anchor ? 1 + anchorSlope : mean[feature + 1];
    }

    /**
     * @param feature a position in the schema
     * @return the posterior mean of its departure coefficient {@code β_j} ({@code β_L} for the anchor: 0 means
     *     the market's log-odds are taken at face value)
     */
    public double departure(int feature) {
        return mean[feature + 1];
    }

    /**
     * @param feature a position in the schema
     * @return the posterior sd of its coefficient
     */
    public double coefficientSd(int feature) {
        return Math.sqrt(covariance[PackedSymmetric.rowStart(feature + 1, mean.length)]);
    }

    @Override
    public double term(int feature, double value) {
        return feature == anchor ? (1 + anchorSlope) * anchorLogOdds(value) : mean[feature + 1] * value;
    }

    /**
     * The posterior mean of the departure from the market's log-odds. Allocation-free.
     *
     * @param x feature values in schema order, the anchor a price in [0, 1]
     * @return {@code δ(x)}; exactly 0 when every coefficient is 0; NaN if x holds NaN
     */
    public double departure(double[] x) {
        return others.logOdds(x) + anchorSlope * anchorLogOdds(x[anchor]);
    }

    @Override
    public double logOdds(double[] x) {
        return anchorLogOdds(x[anchor]) + departure(x);
    }

    /**
     * {@code σ(logit(q) + δ(x))}, or {@code q} itself where {@code δ(x) = 0}. Allocation-free.
     *
     * @param x feature values in schema order, the anchor a price in [0, 1]
     * @return a probability in (0, 1); NaN if x holds NaN
     */
    @Override
    public double probability(double[] x) {
        double delta = departure(x);
        if (Double.isNaN(delta)) {
            // NaN in x, or overflowing terms of opposite sign (features near 1e308): the sum on x scaled by c.
            double[] v = multipliers(x);
            double c = ScaledGaussian.scale(v);
            return Probabilities.openUnit(Probabilities.sigmoid(ScaledGaussian.unscaled(c,
                    v[anchor + 1] / c + ScaledGaussian.scaledMean(mean, v, c))));
        }
        return Probabilities.openUnit(Probabilities.shiftLogOdds(clip(x[anchor]), delta));
    }

    /** {@code (1, x)} with the anchor's entry its log-odds, fresh: the multipliers of the parameters. */
    private double[] multipliers(double[] x) {
        double[] v = new double[mean.length];
        v[0] = 1;
        System.arraycopy(x, 0, v, 1, mean.length - 1);
        v[anchor + 1] = anchorLogOdds(x[anchor]);
        return v;
    }

    /**
     * The posterior variance of {@code δ(x)}, {@code x̃ᵀΣx̃} with the anchor's entry of {@code x̃} its log-odds.
     *
     * @param x feature values in schema order
     * @return {@code s² >= 0}
     */
    public double departureVariance(double[] x) {
        double[] transformed = x.clone();
        transformed[anchor] = anchorLogOdds(x[anchor]);
        double s2 = PackedSymmetric.interceptQuadraticForm(covariance, mean.length, transformed);
        return s2 < 0 ? 0.0 : s2;
    }

    @Override
    public ProbabilityInterval interval(double[] x) {
        return interval(x, 0.9);
    }

    /**
     * An equal-tailed credible interval {@code [σ(logit(q) + δ − z·s), σ(logit(q) + δ + z·s)]}.
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
        double z = level == 0.9 ? BayesianLogisticModel.Z90 : Math.sqrt(2) * Erf.erfInv(level);
        double q = clip(x[anchor]);
        double delta = departure(x);
        double s2 = departureVariance(x);
        if (!(Math.abs(delta) < Double.POSITIVE_INFINITY && s2 < Double.POSITIVE_INFINITY)) {
            double[] v = multipliers(x);
            double c = ScaledGaussian.scale(v);
            if (Double.isNaN(c)) {
                throw new IllegalArgumentException("feature values hold NaN");
            }
            double t = v[anchor + 1] / c + ScaledGaussian.scaledMean(mean, v, c);
            double sd = Math.sqrt(ScaledGaussian.scaledPackedForm(covariance, v, c));
            return new ProbabilityInterval(Probabilities.sigmoid(ScaledGaussian.unscaled(c, t - z * sd)),
                    Probabilities.sigmoid(ScaledGaussian.unscaled(c, t + z * sd)), level);
        }
        double s = Math.sqrt(s2);
        return new ProbabilityInterval(Probabilities.shiftLogOdds(q, delta - z * s),
                Probabilities.shiftLogOdds(q, delta + z * s), level);
    }

    /** @return the posterior mean, intercept first (a copy) */
    public double[] posteriorMean() {
        return mean.clone();
    }

    /** @return the posterior covariance, intercept first (a fresh matrix) */
    public double[][] posteriorCovariance() {
        return PackedSymmetric.unpack(covariance, mean.length);
    }

    /**
     * @return the Laplace log evidence of the chosen prior sd; 0 for the prior; for a prior sd of 0, the
     *     log-likelihood of the market's own forecasts
     */
    public double logEvidence() {
        return logEvidence;
    }

    /** @return the log-likelihood at the posterior mode (the market's own for a prior sd of 0); 0 for the prior */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return the Newton iterations of the chosen fit */
    public int iterations() {
        return iterations;
    }

    /** @return whether the chosen fit converged */
    public boolean converged() {
        return converged;
    }

    @Override
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("anchor", schema.name(anchor));
        parameters.put("priceClip", PRICE_CLIP);
        parameters.put("priorSd", priorSd);
        parameters.put("centre", centre);
        parameters.put("intercept", mean[0]);
        ModelDocument.addNumbers(parameters.putArray("coefficients"), Arrays.copyOfRange(mean, 1, mean.length));
        ModelDocument.putMatrix(parameters, "covariance", posteriorCovariance());
        parameters.put("logLikelihood", logLikelihood);
        parameters.put("logEvidence", logEvidence);
        parameters.put("iterations", iterations);
        parameters.put("converged", converged);
        return ModelDocument.of(KIND, schema, provenance, parameters);
    }

    /**
     * Rebuilds a model from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the model
     * @throws org.forecast4j.core.io.InvalidInputException naming the file and field if the kind is wrong, the
     *     anchor is not in the schema, a parameter is missing or malformed, or the covariance is not symmetric
     *     positive definite (all zeros for a prior sd of 0)
     */
    public static MarketAnchoredModel fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        int k = document.schema().size();
        int d = k + 1;
        String anchorName = document.text("anchor");
        int anchor = document.schema().indexOf(anchorName);
        if (anchor < 0) {
            throw document.invalid("anchor", anchorName, "is not a feature of the schema "
                    + document.schema().names());
        }
        double clip = document.number("priceClip");
        if (clip != PRICE_CLIP) {
            throw document.invalid("priceClip", Double.toString(clip), "differs from this build's " + PRICE_CLIP);
        }
        double priorSd = document.nonNegative("priorSd");
        double[] mean = new double[d];
        mean[0] = document.number("intercept");
        System.arraycopy(document.numbers("coefficients", k), 0, mean, 1, k);
        double[][] dense;
        if (priorSd == 0) {
            dense = document.matrix("covariance", d);
            for (int i = 0; i < d; i++) {
                if (mean[i] != 0 || Arrays.stream(dense[i]).anyMatch(v -> v != 0)) {
                    throw document.invalid(i == 0 ? "intercept" : "coefficients[" + (i - 1) + "]", null,
                            "must be 0, with a zero covariance, when priorSd is 0");
                }
            }
        } else {
            dense = CovarianceField.read(document, "covariance", d);
        }
        long iterations = document.count("iterations");
        return new MarketAnchoredModel(document.schema(), document.provenance(), anchor, priorSd,
                document.has("centre") ? document.number("centre") : 0.0, mean, PackedSymmetric.pack(dense),
                document.parameters().path("logLikelihood").asDouble(Double.NaN),
                document.parameters().path("logEvidence").asDouble(Double.NaN),
                (int) Math.min(iterations, Integer.MAX_VALUE), document.bool("converged"));
    }

    /** @return a header and a table of each coefficient's posterior mean, sd and 90% interval */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "Market-anchored logistic regression (anchor '%s'; prior sd %s on each departure): %d rows,"
                        + " %d feature%s%n",
                schema.name(anchor), DesignChecks.number(priorSd), provenance.trainingRows(), schema.size(),
                schema.size() == 1 ? "" : "s"));
        sb.append(String.format(Locale.ROOT, "log evidence %s, %d iterations, %s%n", TextTable.number(logEvidence),
                iterations, converged ? "converged" : "did not converge"));
        TextTable table = new TextTable("parameter", "coefficient", "posterior sd", "90% lower", "90% upper");
        for (int i = 0; i < mean.length; i++) {
            double sd = Math.sqrt(covariance[PackedSymmetric.rowStart(i, mean.length)]);
            double value = i == 0 ? mean[0] : coefficient(i - 1);
            String name = i == 0 ? "intercept" : i - 1 == anchor ? schema.name(anchor) + " (log-odds)"
                    : schema.name(i - 1);
            table.row(name, TextTable.number(value), TextTable.number(sd),
                    TextTable.number(value - BayesianLogisticModel.Z90 * sd),
                    TextTable.number(value + BayesianLogisticModel.Z90 * sd));
        }
        return sb.append(table).toString();
    }

    /** @return the posterior sd of the intercept (the departure's constant), in log-odds */
    @Override
    public double interceptStandardError() {
        return Math.sqrt(posteriorCovariance()[0][0]);
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

    /** @return {@code anchor} (the price's feature), {@code priorSd} and {@code logEvidence}, in that order */
    @Override
    public java.util.Map<String, Object> details() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("anchor", schema().name(anchor()));
        out.put("priorSd", priorSd());
        out.put("logEvidence", logEvidence());
        return out;
    }
}
