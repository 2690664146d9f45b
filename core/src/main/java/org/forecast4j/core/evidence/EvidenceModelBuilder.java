package org.forecast4j.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.prob.Probabilities;

/**
 * Builds an analyst's {@link EvidenceModel}: a prior and one log likelihood ratio, with its standard deviation, per
 * piece of evidence. Made by {@link EvidenceModel#builder()}. Not thread-safe; {@link #build()} may be called more
 * than once.
 */
public final class EvidenceModelBuilder {
    private double priorLogOdds = Double.NaN;
    private double priorLogOddsSd;
    private double level = EvidenceModel.DEFAULT_LEVEL;
    private final List<String> names = new ArrayList<>();
    private final List<double[]> ratios = new ArrayList<>();

    EvidenceModelBuilder() {
    }

    /**
     * The prior as a probability, taken as certain.
     *
     * @param probability the prior probability, strictly between 0 and 1
     * @return this builder
     */
    public EvidenceModelBuilder prior(double probability) {
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
    public EvidenceModelBuilder prior(double probability, double logOddsSd) {
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
    public EvidenceModelBuilder prior(BetaBinomialBaseRate baseRate) {
        return priorLogOdds(baseRate.logOdds(), baseRate.logOddsSd());
    }

    /**
     * @param logOdds the prior log-odds, finite
     * @param sd its standard deviation, {@code >= 0}
     * @return this builder
     */
    public EvidenceModelBuilder priorLogOdds(double logOdds, double sd) {
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
    public EvidenceModelBuilder evidence(String name, double logLikelihoodRatio, double sd) {
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
    public EvidenceModelBuilder likelihoodRatio(String name, double likelihoodRatio, double logSd) {
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
    public EvidenceModelBuilder level(double coverage) {
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
        return EvidenceModel.create(FeatureSchema.of(names), priorLogOdds, priorLogOddsSd, lambda, cov, level,
                Provenance.of("evidence-analyst", Map.of(), 0));
    }
}
