package org.forecast4j.core.logistic;

import java.util.List;
import org.forecast4j.core.io.InvalidInputException;

/**
 * The outcomes are separated by the features, so the maximum-likelihood coefficients are infinite and a fit
 * would return meaningless huge numbers. Completely separated: some linear combination of the features (with
 * the intercept) is positive for every row with outcome 1 and negative for every row with outcome 0 — this
 * includes data with only one outcome. Quasi-completely separated: the same with ties allowed at zero
 * (Albert &amp; Anderson, "On the existence of maximum likelihood estimates in logistic regression models",
 * Biometrika 71, 1984).
 *
 * <p>The message says which, names the features that separate the outcomes on their own where there are any,
 * and suggests the remedies: an L2 penalty or the Bayesian model, whose prior keeps every estimate finite.
 *
 * @serial exclude
 */
public final class SeparationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final boolean complete;
    private final List<String> separatingFeatures;

    /**
     * @param complete whether the separation is complete (else quasi-complete)
     * @param separatingFeatures the features that separate the outcomes on their own (may be empty)
     * @param problem the full message
     */
    SeparationException(boolean complete, List<String> separatingFeatures, String problem) {
        super(null, 0, null, null, problem);
        this.complete = complete;
        this.separatingFeatures = List.copyOf(separatingFeatures);
    }

    /** @return {@code true} for complete separation, {@code false} for quasi-complete */
    public boolean complete() {
        return complete;
    }

    /**
     * @return the features that separate the outcomes by themselves, in schema order ({@code "intercept"} when
     *     every outcome is the same); empty when only a combination of features separates them
     */
    public List<String> separatingFeatures() {
        return separatingFeatures;
    }
}
