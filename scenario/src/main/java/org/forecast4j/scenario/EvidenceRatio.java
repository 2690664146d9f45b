package org.forecast4j.scenario;

import org.forecast4j.core.io.InvalidInputException;

/**
 * An analyst's log likelihood ratio for one feature: how much one unit of the feature moves the log-odds, how
 * sure the analyst is, and why.
 *
 * @param feature the feature's name in the question's spec
 * @param logLikelihoodRatio {@code ln [P(feature | yes) / P(feature | no)]} per unit, finite; negative points to
 *     no
 * @param sd its standard deviation, finite, {@code >= 0}
 * @param rationale one line saying where the number comes from; never {@code null}
 */
public record EvidenceRatio(String feature, double logLikelihoodRatio, double sd, String rationale) {

    /**
     * Validates the ratio.
     *
     * @param feature the feature's name in the question's spec
     * @param logLikelihoodRatio {@code ln [P(feature | yes) / P(feature | no)]} per unit, finite; negative points to no
     * @param sd its standard deviation, finite, {@code >= 0}
     * @param rationale one line saying where the number comes from; never {@code null}
     * @throws InvalidInputException naming the field and value of the first invalid field
     */
    public EvidenceRatio {
        if (feature == null || feature.isBlank()) {
            throw new InvalidInputException(null, 0, "feature", feature, "must name a feature of the spec");
        }
        if (!Double.isFinite(logLikelihoodRatio)) {
            throw new InvalidInputException(null, 0, "logLikelihoodRatio", Double.toString(logLikelihoodRatio),
                    "must be finite");
        }
        if (!(sd >= 0 && sd < Double.POSITIVE_INFINITY)) {
            throw new InvalidInputException(null, 0, "sd", Double.toString(sd), "must be finite and >= 0");
        }
        rationale = rationale == null ? "" : rationale;
    }

    /** @return e.g. {@code obstacles: log LR -1.000 ± 0.400 (the WSJ judges ...)} */
    @Override
    public String toString() {
        return feature + ": log LR " + String.format(java.util.Locale.ROOT, "%+.3f ± %.3f", logLikelihoodRatio, sd)
                + (rationale.isEmpty() ? "" : " (" + rationale + ")");
    }
}
