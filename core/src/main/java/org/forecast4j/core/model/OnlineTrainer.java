package org.forecast4j.core.model;

/**
 * A trainer whose models also learn one outcome at a time: {@link #prior} is the model before any data, and
 * {@link OnlineModel#update} folds in one row. A backtest with incremental refits needs one.
 *
 * @param <M> the model it fits
 */
public interface OnlineTrainer<M extends ProbabilityModel & OnlineModel<M>> extends Trainer<M> {

    /**
     * @param schema the feature names
     * @return the model before any data: the prior
     */
    M prior(FeatureSchema schema);
}
