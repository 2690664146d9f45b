package org.forecast4j.core.model;

/**
 * A fitted, immutable model that maps a feature vector to the probability of a binary outcome.
 * Implementations are thread-safe: any number of threads may score concurrently.
 */
public interface ProbabilityModel {

    /** @return the logical kind written in model files, e.g. {@code "logistic"} */
    String kind();

    /** @return the features, in the order {@link #probability} expects them */
    FeatureSchema schema();

    /** @return where the model came from */
    Provenance provenance();

    /**
     * The probability of the outcome for one feature vector. Allocation-free.
     *
     * @param x feature values in schema order, length {@code schema().size()}; finite
     * @return a probability in [0, 1]; NaN if {@code x} holds NaN
     */
    double probability(double[] x);

    /** @return the model as a model-file document (see {@link org.forecast4j.core.modelfile.ModelFiles}) */
    ModelDocument toDocument();
}
