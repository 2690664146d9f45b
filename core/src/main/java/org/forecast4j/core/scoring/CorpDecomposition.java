package org.forecast4j.core.scoring;

/**
 * The CORP decomposition of the Brier score (Dimitriadis, Gneiting &amp; Jordan, "Stable reliability diagrams
 * for probabilistic classifiers", PNAS 118(8), 2021). The forecasts are recalibrated by isotonic regression of
 * the outcomes on the forecasts (pool-adjacent-violators, equal forecasts pooled first), giving {@code p_rc};
 * with {@code S} the mean Brier score:
 * {@code MCB = S(p) − S(p_rc)}, {@code DSC = S(ō) − S(p_rc)}, {@code UNC = S(ō) = ō(1 − ō)}, so that
 * {@code BS = MCB − DSC + UNC} exactly (up to floating-point rounding).
 *
 * @param miscalibration MCB, {@code >= 0}; 0 for forecasts that are their own isotonic recalibration
 * @param discrimination DSC, {@code >= 0}; 0 for a constant forecast
 * @param uncertainty UNC, in [0, 0.25]
 */
public record CorpDecomposition(double miscalibration, double discrimination, double uncertainty) {

    /** @return {@code MCB − DSC + UNC}, equal to the Brier score */
    public double reconstructedBrier() {
        return miscalibration - discrimination + uncertainty;
    }
}
