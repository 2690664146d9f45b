package org.forecast4j.core.baserate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Gamma;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A base rate from a reference class: {@code k} successes in {@code n} trials and a {@code Beta(α, β)} prior give
 * the posterior {@code Beta(k + α, n − k + β)}, whose mean {@code (k + α)/(n + α + β)} is the base rate and whose
 * equal-tailed quantiles are its credible interval. The default prior is {@code Beta(1, 1)}, uniform, which makes
 * the mean Laplace's rule of succession {@code (k + 1)/(n + 2)}.
 *
 * <p>Counts may be fractional (e.g. down-weighted cases of a loose reference class). Immutable and thread-safe.
 */
public final class BetaBinomialBaseRate {
    /** The model-file kind. */
    public static final String KIND = "beta-binomial";
    /** The default prior's α: with {@link #DEFAULT_PRIOR_BETA}, the uniform prior. */
    public static final double DEFAULT_PRIOR_ALPHA = 1;
    /** The default prior's β. */
    public static final double DEFAULT_PRIOR_BETA = 1;

    private final double successes;
    private final double trials;
    private final double priorAlpha;
    private final double priorBeta;

    private BetaBinomialBaseRate(double successes, double trials, double priorAlpha, double priorBeta) {
        this.successes = successes;
        this.trials = trials;
        this.priorAlpha = priorAlpha;
        this.priorBeta = priorBeta;
    }

    /**
     * A base rate with the uniform prior Beta(1, 1).
     *
     * @param successes how many cases of the reference class had the outcome, in [0, trials]
     * @param trials how many cases there were, finite, {@code >= 0}
     * @return the base rate
     * @throws IllegalArgumentException if the counts are out of range
     */
    public static BetaBinomialBaseRate of(double successes, double trials) {
        return of(successes, trials, DEFAULT_PRIOR_ALPHA, DEFAULT_PRIOR_BETA);
    }

    /**
     * A base rate with a given prior.
     *
     * @param successes how many cases had the outcome, in [0, trials]
     * @param trials how many cases there were, finite, {@code >= 0}
     * @param priorAlpha the prior's α, finite, {@code > 0} (pseudo-successes)
     * @param priorBeta the prior's β, finite, {@code > 0} (pseudo-failures)
     * @return the base rate
     * @throws IllegalArgumentException if a count or prior parameter is out of range
     */
    public static BetaBinomialBaseRate of(double successes, double trials, double priorAlpha, double priorBeta) {
        if (!(trials >= 0 && trials < Double.POSITIVE_INFINITY) || !(successes >= 0 && successes <= trials)) {
            throw new IllegalArgumentException("need 0 <= successes <= trials (finite), got " + successes + " of "
                    + trials);
        }
        if (!(priorAlpha > 0 && priorAlpha < Double.POSITIVE_INFINITY)
                || !(priorBeta > 0 && priorBeta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the Beta prior needs alpha > 0 and beta > 0 (finite), got alpha="
                    + priorAlpha + ", beta=" + priorBeta);
        }
        return new BetaBinomialBaseRate(successes, trials, priorAlpha, priorBeta);
    }

    /**
     * Adds observations: the posterior becomes the prior of the update.
     *
     * @param moreSuccesses further successes, in [0, moreTrials]
     * @param moreTrials further trials, {@code >= 0}
     * @return a new base rate; this one is unchanged
     * @throws IllegalArgumentException if the counts are out of range
     */
    public BetaBinomialBaseRate update(double moreSuccesses, double moreTrials) {
        if (!(moreTrials >= 0) || !(moreSuccesses >= 0 && moreSuccesses <= moreTrials)) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + moreSuccesses + " of "
                    + moreTrials);
        }
        return of(successes + moreSuccesses, trials + moreTrials, priorAlpha, priorBeta);
    }

    /** @return the successes observed */
    public double successes() {
        return successes;
    }

    /** @return the trials observed */
    public double trials() {
        return trials;
    }

    /** @return the prior's α */
    public double priorAlpha() {
        return priorAlpha;
    }

    /** @return the prior's β */
    public double priorBeta() {
        return priorBeta;
    }

    /** @return the posterior's α, {@code successes + priorAlpha} */
    public double posteriorAlpha() {
        return successes + priorAlpha;
    }

    /** @return the posterior's β, {@code trials − successes + priorBeta} */
    public double posteriorBeta() {
        return trials - successes + priorBeta;
    }

    /** @return the posterior mean {@code (k + α)/(n + α + β)}, the base rate, in (0, 1) */
    public double mean() {
        return posteriorAlpha() / (posteriorAlpha() + posteriorBeta());
    }

    /**
     * The equal-tailed credible interval: the {@code (1 − level)/2} and {@code (1 + level)/2} quantiles of the
     * posterior Beta distribution.
     *
     * @param level the coverage, in (0, 1), e.g. 0.9
     * @return the interval
     * @throws IllegalArgumentException if the level is out of range
     */
    public ProbabilityInterval interval(double level) {
        requireLevel(level);
        BetaDistribution posterior = new BetaDistribution(null, posteriorAlpha(), posteriorBeta(), 1e-14);
        double lower = posterior.inverseCumulativeProbability((1 - level) / 2);
        double upper = posterior.inverseCumulativeProbability((1 + level) / 2);
        return new ProbabilityInterval(Math.max(0, lower), Math.min(1, Math.max(lower, upper)), level);
    }

    /** @return {@code logit(mean())}, the prior log-odds an evidence model starts from */
    public double logOdds() {
        return Probabilities.logit(mean());
    }

    /**
     * The posterior standard deviation of the log-odds {@code logit p} for {@code p ~ Beta(A, B)}:
     * {@code √(ψ₁(A) + ψ₁(B))}, with {@code ψ₁} the trigamma function (the log-odds of a Beta variable is the
     * difference of the logs of two independent Gamma variables).
     *
     * @return the standard deviation in log-odds, {@code > 0}
     */
    public double logOddsSd() {
        return Math.sqrt(Gamma.trigamma(posteriorAlpha()) + Gamma.trigamma(posteriorBeta()));
    }

    /** Whole numbers without decimals (3, not 3.0000), others as {@link TextTable#number(double)}. */
    static String count(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : TextTable.number(v);
    }

    static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
    }

    /** @return the base rate as a model-file document (no features) */
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("successes", successes);
        parameters.put("trials", trials);
        parameters.put("priorAlpha", priorAlpha);
        parameters.put("priorBeta", priorBeta);
        Provenance provenance = Provenance.of("beta-binomial", Map.of(), (long) Math.ceil(trials));
        return ModelDocument.of(KIND, FeatureSchema.of(List.of()), provenance, parameters);
    }

    /**
     * Rebuilds a base rate from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the base rate
     * @throws InvalidInputException if the kind or a parameter is wrong
     */
    public static BetaBinomialBaseRate fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        try {
            return of(document.number("successes"), document.number("trials"), document.number("priorAlpha"),
                    document.number("priorBeta"));
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw document.invalid("successes", null, e.getMessage());
        }
    }

    @Override
    public String toString() {
        ProbabilityInterval interval = interval(0.9);
        TextTable table = new TextTable("quantity", "value");
        table.row("reference class", count(successes) + " of " + count(trials));
        table.row("prior", "Beta(" + TextTable.number(priorAlpha) + ", " + TextTable.number(priorBeta) + ")");
        table.row("posterior", "Beta(" + TextTable.number(posteriorAlpha()) + ", "
                + TextTable.number(posteriorBeta()) + ")");
        table.row("base rate (posterior mean)", TextTable.number(mean()));
        table.row("90% credible interval", "[" + TextTable.number(interval.lower()) + ", "
                + TextTable.number(interval.upper()) + "]");
        table.row("log-odds (sd)", TextTable.number(logOdds()) + " (" + TextTable.number(logOddsSd()) + ")");
        return "Beta-binomial base rate\n" + table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BetaBinomialBaseRate other && Double.compare(successes, other.successes) == 0
                && Double.compare(trials, other.trials) == 0 && Double.compare(priorAlpha, other.priorAlpha) == 0
                && Double.compare(priorBeta, other.priorBeta) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(successes, trials, priorAlpha, priorBeta);
    }
}
