package org.forecast4j.core.model;

/**
 * Fits one kind of probability model. A trainer holds its configuration (an immutable, validated options
 * record) and nothing else; {@link #fit} returns an immutable model carrying its {@link Provenance}. The backtest,
 * the command line and notebooks all fit through this contract; the registry of kinds
 * ({@code org.forecast4j.core.kinds.ModelKinds}) names each trainer and its options.
 *
 * <pre>{@code
 * Trainer<BayesianLogisticModel> trainer = new BayesianLogisticRegression(Options.DEFAULTS.withPriorSd(1.0));
 * BayesianLogisticModel model = trainer.fit(TrainingSet.of(x, y, schema));
 * }</pre>
 *
 * @param <M> the model it fits
 */
@FunctionalInterface
public interface Trainer<M extends ProbabilityModel> {

    /**
     * Fits a model.
     *
     * @param data the training rows, outcomes and schema
     * @return the model, whose schema is {@code data.schema()}
     * @throws IllegalArgumentException if the data cannot be fitted (e.g. non-finite values, one outcome only
     *     where the kind needs both, collinear or separated features for an unpenalised fit)
     * @throws IllegalStateException if the fit has no answer the kind can return
     */
    M fit(TrainingSet data);
}
