package org.forecast4j.core.scoring;

/**
 * Murphy's (1973) decomposition of the Brier score over equal-width forecast bins:
 * {@code REL = Σ n_k (p̄_k − ō_k)² / N}, {@code RES = Σ n_k (ō_k − ō)² / N}, {@code UNC = ō(1 − ō)}, where bin
 * k holds {@code n_k} forecasts with mean forecast {@code p̄_k} and observed rate {@code ō_k} (weights replace
 * counts when given).
 *
 * <p>{@code BS = REL − RES + UNC} holds exactly only when the forecasts are constant within each bin; otherwise
 * the two sides differ by the within-bin variance and covariance terms of Stephenson et al. (2008). Use
 * {@link CorpDecomposition} for a decomposition that is always exact.
 *
 * @param reliability REL, {@code >= 0}; lower is better
 * @param resolution RES, {@code >= 0}; higher is better
 * @param uncertainty UNC, in [0, 0.25]
 */
public record MurphyDecomposition(double reliability, double resolution, double uncertainty) {

    /** @return {@code REL − RES + UNC}, equal to the Brier score when forecasts are constant within bins */
    public double reconstructedBrier() {
        return reliability - resolution + uncertainty;
    }
}
