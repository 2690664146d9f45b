/**
 * Calibrators: maps from a forecaster's raw output to a calibrated probability, each fitted by a static
 * {@code fit} only on the data the caller hands it (never on the forecasts it will later correct), each an
 * immutable {@link org.forecast4j.core.model.Calibrator} with a model-file form and a readable {@code toString()}.
 *
 * <ul>
 *   <li>{@link org.forecast4j.core.calibration.PlattCalibrator}: {@code p = σ(a·s + b)} fitted by maximum
 *       likelihood on Platt's smoothed targets (Platt 1999; scikit-learn's {@code _sigmoid_calibration}).
 *   <li>{@link org.forecast4j.core.calibration.IsotonicCalibrator}: isotonic regression by
 *       pool-adjacent-violators, linear between fitted points, flat beyond the ends (scikit-learn's
 *       {@code IsotonicRegression(out_of_bounds="clip")}).
 *   <li>{@link org.forecast4j.core.calibration.BetaCalibrator}: {@code logit μ(s) = a·ln s − b·ln(1 − s) + c}
 *       (Kull, Silva Filho &amp; Flach, AISTATS 2017), with the authors' refit when a or b comes out negative.
 * </ul>
 *
 * <p>Every calibrator records what it was fitted on, a {@link org.forecast4j.core.calibration.CalibrationInput}:
 * probabilities in [0, 1] or raw scores. {@code calibrate(v)} takes a value on that same scale. In a model file
 * the input is the calibrator's one feature name, {@code "probability"} or {@code "score"}.
 *
 * <p>Probabilities (and beta-calibration scores) of exactly 0 or 1 are clipped to
 * {@code [CalibrationInput.CLIP, 1 − CalibrationInput.CLIP]}, with {@code CLIP = 2⁻⁵²} (numpy's float64 machine
 * epsilon, the clip of the authors' {@code betacal} package), before any logarithm is taken.
 */
package org.forecast4j.core.calibration;
