package org.forecast4j.core.scoring;

import java.util.List;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;

/**
 * An immutable snapshot of the scores of a set of probability forecasts of binary outcomes, made by
 * {@link ScoreAccumulator#snapshot()} or {@link #of(double[], boolean[])}. Its JSON form (through
 * {@link org.forecast4j.core.io.ForecastJson}) uses exactly these component names.
 *
 * @param n the number of forecasts
 * @param totalWeight the sum of weights ({@code = n} when unweighted)
 * @param baseRate ō, the (weighted) fraction of outcomes that happened
 * @param brier the (weighted) mean Brier score {@code (p − y)²}, in [0, 1]; lower is better
 * @param brierInterval the seeded bootstrap interval for the Brier score, or {@code null} when the options ask
 *     for no replicates
 * @param logLoss the (weighted) mean log loss in nats, with probabilities clipped to
 *     {@code [logLossClip, 1 − logLossClip]}
 * @param logLossClip the clip applied before the log loss, {@link Probabilities#LOG_LOSS_CLIP}
 * @param murphy the Murphy decomposition over the bins
 * @param corp the CORP decomposition (isotonic recalibration); exact
 * @param ece expected calibration error {@code Σ (n_k/N) |p̄_k − ō_k|} over the bins
 * @param binCount the number of equal-width bins B (empty bins are not listed)
 * @param intervalLevel the coverage of the bootstrap and Jeffreys intervals
 * @param bins the non-empty bins, in increasing order of forecast
 */
public record ScoreReport(long n, double totalWeight, double baseRate, double brier,
        BootstrapInterval brierInterval, double logLoss, double logLossClip, MurphyDecomposition murphy,
        CorpDecomposition corp, double ece, int binCount, double intervalLevel, List<ReliabilityBin> bins) {

    /**
     * Copies the bin list.
     *
     * @param n the number of forecasts
     * @param totalWeight the sum of weights ({@code = n} when unweighted)
     * @param baseRate ō, the (weighted) fraction of outcomes that happened
     * @param brier the (weighted) mean Brier score {@code (p − y)²}, in [0, 1]; lower is better
     * @param brierInterval the seeded bootstrap interval for the Brier score, or {@code null} when the options ask for no replicates
     * @param logLoss the (weighted) mean log loss in nats, with probabilities clipped to {@code [logLossClip, 1 − logLossClip]}
     * @param logLossClip the clip applied before the log loss, {@link Probabilities#LOG_LOSS_CLIP}
     * @param murphy the Murphy decomposition over the bins
     * @param corp the CORP decomposition (isotonic recalibration); exact
     * @param ece expected calibration error {@code Σ (n_k/N) |p̄_k − ō_k|} over the bins
     * @param binCount the number of equal-width bins B (empty bins are not listed)
     * @param intervalLevel the coverage of the bootstrap and Jeffreys intervals
     * @param bins the non-empty bins, in increasing order of forecast
     */
    public ScoreReport {
        bins = List.copyOf(bins);
    }

    /**
     * Scores arrays of forecasts with the default options.
     *
     * @param p probabilities in [0, 1]
     * @param outcomes whether each event happened
     * @return the report
     * @throws IllegalArgumentException if the lengths differ, the arrays are empty, or a probability is NaN or
     *     outside [0, 1]
     */
    public static ScoreReport of(double[] p, boolean[] outcomes) {
        return of(p, outcomes, ScoringOptions.DEFAULTS);
    }

    /**
     * Scores arrays of forecasts.
     *
     * @param p probabilities in [0, 1]
     * @param outcomes whether each event happened
     * @param options bins, bootstrap and interval options
     * @return the report
     * @throws IllegalArgumentException if the lengths differ, the arrays are empty, or a probability is NaN or
     *     outside [0, 1]
     */
    public static ScoreReport of(double[] p, boolean[] outcomes, ScoringOptions options) {
        if (p.length != outcomes.length) {
            throw new IllegalArgumentException("p and outcomes differ in length: " + p.length + " vs "
                    + outcomes.length);
        }
        ScoreAccumulator accumulator = new ScoreAccumulator(options);
        for (int i = 0; i < p.length; i++) {
            accumulator.add(p[i], outcomes[i]);
        }
        return accumulator.snapshot();
    }

    /** @return a readable summary: the scores, both decompositions and the reliability bins */
    @Override
    public String toString() {
        TextTable summary = new TextTable("score", "value");
        summary.row("n", n);
        summary.row("base rate", TextTable.number(baseRate));
        summary.row("Brier", TextTable.number(brier));
        if (brierInterval != null) {
            summary.row(String.format(java.util.Locale.ROOT, "Brier %.0f%% bootstrap", 100 * intervalLevel),
                    "[" + TextTable.number(brierInterval.lower()) + ", " + TextTable.number(brierInterval.upper())
                            + "]");
        }
        summary.row("log loss (nats)", TextTable.number(logLoss));
        summary.row("ECE", TextTable.number(ece));
        summary.row("Murphy REL", TextTable.number(murphy.reliability()));
        summary.row("Murphy RES", TextTable.number(murphy.resolution()));
        summary.row("Murphy UNC", TextTable.number(murphy.uncertainty()));
        summary.row("CORP MCB", TextTable.number(corp.miscalibration()));
        summary.row("CORP DSC", TextTable.number(corp.discrimination()));
        summary.row("CORP UNC", TextTable.number(corp.uncertainty()));
        TextTable binTable = new TextTable("bin", "count", "mean forecast", "observed",
                String.format(java.util.Locale.ROOT, "%.0f%% Jeffreys", 100 * intervalLevel));
        for (ReliabilityBin bin : bins) {
            binTable.row("[" + TextTable.number(bin.lower(), 2) + ", " + TextTable.number(bin.upper(), 2) + ")",
                    bin.count(), TextTable.number(bin.meanForecast()), TextTable.number(bin.observedRate()),
                    "[" + TextTable.number(bin.observedLower()) + ", " + TextTable.number(bin.observedUpper())
                            + "]");
        }
        return summary + "\n" + binTable;
    }
}
