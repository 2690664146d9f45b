package org.forecast4j.core.calibration;

import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.newton.PenalizedLogitNewton;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Platt scaling: {@code p = σ(a·s + b)}, where {@code s} is a raw score, or {@code s = logit(p)} for a
 * probability input (with {@code p} clipped to {@code [CalibrationInput.CLIP, 1 − CLIP]}, so {@code |s| <= 36.04}).
 *
 * <p>Fitted as in Platt, "Probabilistic outputs for support vector machines and comparisons to regularized
 * likelihood methods" (1999), and scikit-learn's {@code _sigmoid_calibration}: maximum likelihood with the
 * smoothed targets {@code (N₊ + 1)/(N₊ + 2)} for positives and {@code 1/(N₋ + 2)} for negatives, which keeps the
 * fit finite even when the scores separate the outcomes, by Newton's method with a line search
 * ({@code PenalizedLogitNewton}, stopped by the step rule). Platt's and scikit-learn's sign convention is
 * {@code p = 1/(1 + exp(A·s + B))}, so {@code A = −a} and {@code B = −b}.
 *
 * <p>Immutable and thread-safe; {@link #calibrate} does not allocate.
 */
public final class PlattCalibrator implements Calibrator {
    /** The model-file kind. */
    public static final String KIND = "platt";

    private final double a;
    private final double b;
    private final CalibrationInput input;
    private final Provenance provenance;

    private PlattCalibrator(double a, double b, CalibrationInput input, Provenance provenance) {
        this.a = a;
        this.b = b;
        this.input = input;
        this.provenance = provenance;
    }

    /**
     * A calibrator with given parameters, e.g. from a paper or another tool.
     *
     * @param a the slope, finite
     * @param b the intercept, finite
     * @param input what {@link #calibrate} takes
     * @return the calibrator, with provenance trainer {@code "platt-given"}
     * @throws IllegalArgumentException if a parameter is not finite
     */
    public static PlattCalibrator of(double a, double b, CalibrationInput input) {
        return create(a, b, input, Provenance.of("platt-given", Map.of(), 0));
    }

    static PlattCalibrator create(double a, double b, CalibrationInput input, Provenance provenance) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("Platt parameters must be finite, got a=" + a + ", b=" + b);
        }
        return new PlattCalibrator(a, b, Objects.requireNonNull(input, "input"), provenance);
    }

    /**
     * Fits Platt scaling.
     *
     * @param input whether {@code values} are probabilities in [0, 1] or raw scores (finite)
     * @param values the forecasts to calibrate, one per example
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException if the arrays differ in length or are empty, or a value is out of range
     */
    public static PlattCalibrator fit(CalibrationInput input, double[] values, boolean[] outcomes) {
        return new PlattTrainer(input).fit(values, outcomes);
    }

    /**
     * Fits Platt scaling on probabilities.
     *
     * @param probabilities forecasts in [0, 1]
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException as {@link #fit(CalibrationInput, double[], boolean[])}
     */
    public static PlattCalibrator fitProbabilities(double[] probabilities, boolean[] outcomes) {
        return fit(CalibrationInput.PROBABILITY, probabilities, outcomes);
    }

    /**
     * Fits Platt scaling on raw scores.
     *
     * @param scores finite scores
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException as {@link #fit(CalibrationInput, double[], boolean[])}
     */
    public static PlattCalibrator fitScores(double[] scores, boolean[] outcomes) {
        return fit(CalibrationInput.SCORE, scores, outcomes);
    }


    /** @return the slope {@code a} of {@code σ(a·s + b)} */
    public double a() {
        return a;
    }

    /** @return the intercept {@code b} of {@code σ(a·s + b)} */
    public double b() {
        return b;
    }

    /** @return what {@link #calibrate} takes */
    public CalibrationInput input() {
        return input;
    }

    /** @return where the calibrator came from */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Calibrates one forecast.
     *
     * @param v a probability in [0, 1] for a {@link CalibrationInput#PROBABILITY} calibrator, else a finite score
     * @return {@code σ(a·s + b)}, kept inside (0, 1) by {@link Probabilities#openUnit}; NaN for NaN
     * @throws IllegalArgumentException if {@code v} is out of range for the input
     */
    @Override
    public double calibrate(double v) {
        CalibrationInput.require(v, input == CalibrationInput.PROBABILITY);
        return Probabilities.openUnit(Probabilities.sigmoid(a * score(input, v) + b));
    }

    @Override
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("a", a);
        parameters.put("b", b);
        return ModelDocument.of(KIND, input.schema(), provenance, parameters);
    }

    /**
     * Rebuilds a calibrator from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the calibrator
     * @throws org.forecast4j.core.io.InvalidInputException if the kind, input or a parameter is wrong
     */
    public static PlattCalibrator fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        return create(document.number("a"), document.number("b"), CalibrationInput.of(document),
                document.provenance());
    }


    @Override
    public String toString() {
        String s = input == CalibrationInput.PROBABILITY ? "logit(p)" : "score";
        TextTable table = new TextTable("parameter", "value");
        table.row("a", TextTable.number(a));
        table.row("b", TextTable.number(b));
        return "Platt calibrator: p = σ(a·s + b), s = " + s + " (" + provenance.trainingRows()
                + " training rows)\n" + table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlattCalibrator other && Double.compare(a, other.a) == 0
                && Double.compare(b, other.b) == 0 && input == other.input;
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, input);
    }

    /** The score Platt scaling regresses on: the log-odds of a probability (clipped), or the raw score itself. */
    static double score(CalibrationInput input, double v) {
        return input == CalibrationInput.PROBABILITY ? Probabilities.logit(CalibrationInput.clip(v)) : v;
    }
}
