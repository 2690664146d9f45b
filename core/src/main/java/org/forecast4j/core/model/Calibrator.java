package org.forecast4j.core.model;

/**
 * A fitted, immutable map from a forecast probability to a calibrated probability. Thread-safe.
 */
public interface Calibrator {

    /** @return the logical kind written in model files, e.g. {@code "platt"} */
    String kind();

    /**
     * Calibrates one probability. Allocation-free.
     *
     * @param p a probability in [0, 1]
     * @return the calibrated probability in [0, 1]; NaN for NaN
     */
    double calibrate(double p);

    /** @return the calibrator as a model-file document (see {@link org.forecast4j.core.modelfile.ModelFiles}) */
    ModelDocument toDocument();
}
