package org.forecast4j.core.model;

/**
 * Fits one kind of calibrator to forecasts and their outcomes. Holds its configuration only; thread-safe.
 *
 * @param <C> the calibrator it fits
 */
@FunctionalInterface
public interface CalibratorTrainer<C extends Calibrator> {

    /**
     * @param probabilities the forecasts to calibrate, in [0, 1]
     * @param outcomes their outcomes
     * @return the calibrator
     * @throws IllegalArgumentException if the lengths differ, a probability is out of range or NaN, or the
     *     outcomes cannot be fitted (e.g. one outcome only)
     */
    C fit(double[] probabilities, boolean[] outcomes);
}
