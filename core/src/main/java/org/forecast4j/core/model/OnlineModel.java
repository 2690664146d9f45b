package org.forecast4j.core.model;

/**
 * A model that folds in one outcome at a time, returning a new model (this one is unchanged).
 *
 * @param <M> the model type
 */
public interface OnlineModel<M> {

    /**
     * @param x one row of feature values, finite, one per feature of the schema
     * @param outcome its outcome
     * @return the updated model
     * @throws IllegalArgumentException if {@code x} has the wrong length or a non-finite value
     */
    M update(double[] x, boolean outcome);
}
