package org.forecast4j.core.calibration;

import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;

/** What a calibrator was fitted on, and so what {@code calibrate} expects. */
public enum CalibrationInput {
    /** Probabilities in [0, 1]; Platt scaling works on their log-odds. */
    PROBABILITY("probability"),
    /** Raw scores, e.g. a classifier's decision function: any finite real (beta calibration: [0, 1]). */
    SCORE("score");

    /**
     * Probabilities of 0 or 1 are clipped to {@code [CLIP, 1 − CLIP]} before a logarithm is taken:
     * {@code 2⁻⁵² ≈ 2.22e-16}, numpy's float64 epsilon, as in the {@code betacal} package. It bounds
     * {@code |logit p|} by about 36.04.
     */
    public static final double CLIP = 0x1.0p-52;

    private final String label;

    CalibrationInput(String label) {
        this.label = label;
    }

    /** @return the name used in model files and on the command line: {@code "probability"} or {@code "score"} */
    public String label() {
        return label;
    }

    /** @return the one-feature schema a calibrator of this input writes, e.g. {@code ["probability"]} */
    public FeatureSchema schema() {
        return FeatureSchema.of(label);
    }

    /**
     * Clips a probability to {@code [CLIP, 1 − CLIP]}.
     *
     * @param p a probability in [0, 1]
     * @return the clipped value; NaN for NaN
     */
    public static double clip(double p) {
        if (p < CLIP) {
            return CLIP;
        }
        return p > 1 - CLIP ? 1 - CLIP : p;
    }

    /**
     * Reads the input from a calibrator document's feature schema.
     *
     * @param document a calibrator document
     * @return the input it was fitted on
     * @throws InvalidInputException if the schema is not exactly {@code ["probability"]} or {@code ["score"]}
     */
    public static CalibrationInput of(ModelDocument document) {
        FeatureSchema schema = document.schema();
        if (schema.size() == 1) {
            for (CalibrationInput input : values()) {
                if (input.label.equals(schema.name(0))) {
                    return input;
                }
            }
        }
        throw new InvalidInputException(document.source() == null ? "model " + document.kind() : document.source(),
                0, "features", schema.names().toString(),
                "is not a calibrator input: expected [probability] or [score]");
    }

    /**
     * Checks one value passed to {@code calibrate}.
     *
     * @param v the value
     * @param unitInterval whether values must lie in [0, 1]
     * @return {@code v}
     * @throws IllegalArgumentException if {@code v} is outside [0, 1] when it must not be, or infinite
     */
    static double require(double v, boolean unitInterval) {
        if (unitInterval ? (v < 0 || v > 1) : Double.isInfinite(v)) {
            throw new IllegalArgumentException("calibrator input must be " + (unitInterval ? "in [0, 1]" : "finite")
                    + ", got " + v);
        }
        return v;
    }

    /**
     * Checks training inputs and outcomes.
     *
     * @param values the inputs
     * @param outcomes the outcomes
     * @param unitInterval whether values must lie in [0, 1]
     * @throws IllegalArgumentException naming the first bad index
     */
    static void requireTraining(double[] values, boolean[] outcomes, boolean unitInterval) {
        if (values.length != outcomes.length) {
            throw new IllegalArgumentException("inputs and outcomes differ in length: " + values.length + " and "
                    + outcomes.length);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("a calibrator needs at least one training example");
        }
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v) || (unitInterval && (v < 0 || v > 1))) {
                throw new IllegalArgumentException("training input " + i + " must be "
                        + (unitInterval ? "in [0, 1]" : "finite") + ", got " + v);
            }
        }
    }
}
