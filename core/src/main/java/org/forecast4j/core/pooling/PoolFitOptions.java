package org.forecast4j.core.pooling;

import org.forecast4j.core.model.Trainer;

/**
 * How {@link LogOddsPool#fitExtremizing} pools: each forecaster's weight, or equal weights. Immutable.
 *
 * @param weights one non-negative weight per forecaster (feature), or {@code null} for equal weights
 */
public record PoolFitOptions(double[] weights) {

    /** Equal weights. */
    public static final PoolFitOptions EQUAL_WEIGHTS = new PoolFitOptions(null);

    /**
     * Copies the weights.
     *
     * @param weights one non-negative weight per forecaster (feature), or {@code null} for equal weights
     */
    public PoolFitOptions {
        weights = weights == null ? null : weights.clone();
    }

    /** @return a copy of the weights, or {@code null} for equal weights */
    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** @return the trainer: the extremizing factor by maximum likelihood, the rows being forecasters' probabilities */
    public Trainer<LogOddsPool> trainer() {
        return new LogOddsPoolTrainer(this);
    }
}
