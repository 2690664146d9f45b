package org.forecast4j.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forecast4j.core.isotonic.IsotonicFit;
import org.forecast4j.core.isotonic.PoolAdjacentViolators;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.prob.Probabilities;

/**
 * Collects probability forecasts and their binary outcomes, then produces an immutable
 * {@link ScoreReport} with {@link #snapshot()}; further adds do not change an earlier snapshot.
 *
 * <p>{@link #add} does no boxing and no per-forecast allocation: forecasts go into primitive arrays that
 * double in size when full. The CORP decomposition and the bootstrap need every forecast, so memory is about
 * 9 bytes per forecast (17 once any weight differs from 1). Not thread-safe: use one accumulator per thread.
 */
public final class ScoreAccumulator {
    private final ScoringOptions options;
    private double[] p = new double[1024];
    private boolean[] y = new boolean[1024];
    private double[] w; // null until a weight other than 1 is added
    private int n;

    /** An accumulator with {@link ScoringOptions#DEFAULTS}. */
    public ScoreAccumulator() {
        this(ScoringOptions.DEFAULTS);
    }

    /**
     * @param options bins, bootstrap and interval options
     */
    public ScoreAccumulator(ScoringOptions options) {
        this.options = options;
    }

    /**
     * Adds one forecast with weight 1.
     *
     * @param probability the forecast probability of the event, in [0, 1]
     * @param outcome whether the event happened
     * @throws IllegalArgumentException if the probability is NaN or outside [0, 1]
     */
    public void add(double probability, boolean outcome) {
        check(probability);
        ensureCapacity();
        p[n] = probability;
        y[n] = outcome;
        if (w != null) {
            w[n] = 1.0;
        }
        n++;
    }

    /**
     * Adds one weighted forecast; every average in the report is then weighted.
     *
     * @param probability the forecast probability, in [0, 1]
     * @param outcome whether the event happened
     * @param weight a positive finite weight
     * @throws IllegalArgumentException if the probability is not in [0, 1] or the weight is not positive and
     *     finite
     */
    public void add(double probability, boolean outcome, double weight) {
        if (!(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weight must be positive and finite, got " + weight
                    + " (forecast #" + (n + 1) + ")");
        }
        if (weight != 1.0 && w == null) {
            w = new double[p.length];
            Arrays.fill(w, 0, n, 1.0);
        }
        add(probability, outcome);
        if (w != null) {
            w[n - 1] = weight;
        }
    }

    /**
     * Forgets every forecast added, keeping the arrays already allocated, so that one accumulator can be reused
     * (a rolling evaluation, a benchmark) without allocating again up to its previous size. Snapshots taken
     * earlier are unaffected. After {@code clear()} the accumulator behaves as a new one with the same options.
     */
    public void clear() {
        n = 0;
        w = null;
    }

    /** @return the number of forecasts added */
    public long count() {
        return n;
    }

    /** @return the options reports are computed with */
    public ScoringOptions options() {
        return options;
    }

    /**
     * Computes the report for everything added so far. Costs {@code O(n log n)} for the CORP recalibration plus
     * {@code O(replicates × n)} for the bootstrap.
     *
     * @return an immutable report
     * @throws IllegalStateException if nothing has been added
     */
    public ScoreReport snapshot() {
        if (n == 0) {
            throw new IllegalStateException("no forecasts have been added; a score needs at least one");
        }
        int bins = options.bins();
        long[] binCount = new long[bins];
        double[] binWeight = new double[bins];
        double[] binWeightSquared = new double[bins];
        double[] binForecast = new double[bins];
        double[] binOutcome = new double[bins];
        double[] outcomes = new double[n];
        double[] squaredErrors = new double[n];
        double totalWeight = 0;
        double outcomeSum = 0;
        double brierSum = 0;
        double logLossSum = 0;
        for (int i = 0; i < n; i++) {
            double wi = w == null ? 1.0 : w[i];
            double yi = y[i] ? 1.0 : 0.0;
            outcomes[i] = yi;
            squaredErrors[i] = Probabilities.brier(p[i], y[i]);
            totalWeight += wi;
            outcomeSum += wi * yi;
            brierSum += wi * squaredErrors[i];
            logLossSum += wi * Probabilities.logLoss(p[i], y[i]);
            int k = binOf(p[i], bins);
            binCount[k]++;
            binWeight[k] += wi;
            binWeightSquared[k] += wi * wi;
            binForecast[k] += wi * p[i];
            binOutcome[k] += wi * yi;
        }
        double baseRate = outcomeSum / totalWeight;
        double brier = brierSum / totalWeight;
        double uncertainty = baseRate * (1.0 - baseRate);

        double reliability = 0;
        double resolution = 0;
        double ece = 0;
        List<ReliabilityBin> binList = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            if (binCount[k] == 0) {
                continue;
            }
            double meanForecast = binForecast[k] / binWeight[k];
            double observed = binOutcome[k] / binWeight[k];
            reliability += binWeight[k] * (meanForecast - observed) * (meanForecast - observed);
            resolution += binWeight[k] * (observed - baseRate) * (observed - baseRate);
            ece += binWeight[k] * Math.abs(meanForecast - observed);
            ProbabilityInterval interval;
            if (w == null) {
                interval = JeffreysInterval.of(binOutcome[k], binCount[k], options.intervalLevel());
            } else {
                // Weighted data: Kish's effective sample size n_eff = (Σw)² / Σw², with ō_k · n_eff successes.
                double effectiveN = binWeight[k] * binWeight[k] / binWeightSquared[k];
                interval = JeffreysInterval.of(Math.min(effectiveN, observed * effectiveN), effectiveN,
                        options.intervalLevel());
            }
            binList.add(new ReliabilityBin((double) k / bins, (double) (k + 1) / bins, binCount[k], binWeight[k],
                    meanForecast, observed, interval.lower(), interval.upper()));
        }
        MurphyDecomposition murphy = new MurphyDecomposition(reliability / totalWeight, resolution / totalWeight,
                uncertainty);

        double[] forecasts = Arrays.copyOf(p, n);
        double[] weights = w == null ? null : Arrays.copyOf(w, n);
        IsotonicFit recalibration = PoolAdjacentViolators.fit(forecasts, outcomes, weights);
        double recalibratedSum = 0;
        for (int i = 0; i < n; i++) {
            double d = recalibration.fittedAtInput(i) - outcomes[i];
            recalibratedSum += (weights == null ? 1.0 : weights[i]) * d * d;
        }
        double recalibratedBrier = recalibratedSum / totalWeight;
        CorpDecomposition corp = new CorpDecomposition(brier - recalibratedBrier, uncertainty - recalibratedBrier,
                uncertainty);

        BootstrapInterval interval = options.bootstrapReplicates() == 0 ? null
                : Bootstrap.meanInterval(squaredErrors, weights, n, brier, options.bootstrapReplicates(),
                        options.intervalLevel(), options.seed());
        return new ScoreReport(n, totalWeight, baseRate, brier, interval, logLossSum / totalWeight,
                Probabilities.LOG_LOSS_CLIP, murphy, corp, ece / totalWeight, bins, options.intervalLevel(),
                binList);
    }

    /**
     * The bin of a probability: k with {@code k/B <= p < (k+1)/B}, edges computed as {@code k / (double) B},
     * and {@code p = 1} in the last bin.
     *
     * @param probability a probability in [0, 1]
     * @param bins the number of bins B
     * @return the bin index in [0, B)
     */
    static int binOf(double probability, int bins) {
        int k = (int) (probability * bins);
        if (k >= bins) {
            return bins - 1;
        }
        if (k > 0 && probability < (double) k / bins) {
            k--;
        } else if (k + 1 < bins && probability >= (double) (k + 1) / bins) {
            k++;
        }
        return k;
    }

    private static void check(double probability) {
        if (!Probabilities.isProbability(probability)) {
            throw new IllegalArgumentException("forecast must be a probability in [0, 1], got " + probability);
        }
    }

    private void ensureCapacity() {
        if (n == p.length) {
            int capacity = Math.max(16, p.length * 2);
            p = Arrays.copyOf(p, capacity);
            y = Arrays.copyOf(y, capacity);
            if (w != null) {
                w = Arrays.copyOf(w, capacity);
            }
        }
    }
}
