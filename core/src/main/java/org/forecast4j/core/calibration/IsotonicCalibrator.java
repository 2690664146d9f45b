package org.forecast4j.core.calibration;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.isotonic.PoolAdjacentViolators;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.text.TextTable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Isotonic calibration: the non-decreasing step function that best fits the outcomes in squared error
 * (pool-adjacent-violators, {@link PoolAdjacentViolators#fit}, equal inputs pooled first), made continuous by
 * linear interpolation between its points and held flat beyond the first and last — scikit-learn's
 * {@code IsotonicRegression(out_of_bounds="clip")}, the isotonic method of {@code CalibratedClassifierCV}.
 *
 * <p>Unlike scikit-learn, a fitted calibrator never returns exactly 0 or 1, which would give an infinite log
 * loss on the first surprise: if the lowest block's n outcomes are all 0 its value is {@code 1/(n + 2)}
 * (Laplace's rule of succession) or the next block's value if that is smaller, and if the highest block's are
 * all 1 its value is {@code (n + 1)/(n + 2)} or the previous block's value if that is larger. Every other block
 * is as scikit-learn fits it.
 *
 * <p>As scikit-learn does, only the points needed for the interpolation are kept: the first, the last, and
 * every point whose fitted value differs from its predecessor's or its successor's (the interior points of a
 * constant run are dropped; they would interpolate to the same values).
 *
 * <p>Immutable and thread-safe; {@link #calibrate} does not allocate (a binary search).
 */
public final class IsotonicCalibrator implements Calibrator {
    /** The model-file kind. */
    public static final String KIND = "isotonic";

    private final double[] x;
    private final double[] y;
    private final CalibrationInput input;
    private final Provenance provenance;

    IsotonicCalibrator(double[] x, double[] y, CalibrationInput input, Provenance provenance) {
        this.x = x;
        this.y = y;
        this.input = input;
        this.provenance = provenance;
    }

    /**
     * Fits isotonic calibration.
     *
     * @param input whether {@code values} are probabilities in [0, 1] or raw scores (finite)
     * @param values the forecasts to calibrate, one per example
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException if the arrays differ in length or are empty, or a value is out of range
     */
    public static IsotonicCalibrator fit(CalibrationInput input, double[] values, boolean[] outcomes) {
        return new IsotonicTrainer(input).fit(values, outcomes);
    }


    /**
     * Fits isotonic calibration on probabilities.
     *
     * @param probabilities forecasts in [0, 1]
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException as {@link #fit(CalibrationInput, double[], boolean[])}
     */
    public static IsotonicCalibrator fitProbabilities(double[] probabilities, boolean[] outcomes) {
        return fit(CalibrationInput.PROBABILITY, probabilities, outcomes);
    }

    /**
     * A calibrator through given points.
     *
     * @param x the inputs, strictly increasing, finite (in [0, 1] for a probability input)
     * @param y the calibrated values, non-decreasing, in [0, 1], same length, at least one
     * @param input what {@link #calibrate} takes
     * @return the calibrator, with provenance trainer {@code "isotonic-given"}
     * @throws IllegalArgumentException if the points are not as required
     */
    public static IsotonicCalibrator of(double[] x, double[] y, CalibrationInput input) {
        return create(x.clone(), y.clone(), input, Provenance.of("isotonic-given", Map.of(), 0));
    }

    static IsotonicCalibrator create(double[] x, double[] y, CalibrationInput input, Provenance provenance) {
        Objects.requireNonNull(input, "input");
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y must have the same non-zero length, got " + x.length
                    + " and " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || (input == CalibrationInput.PROBABILITY && (x[i] < 0 || x[i] > 1))) {
                throw new IllegalArgumentException("x[" + i + "] is out of range for a " + input.label()
                        + " input: " + x[i]);
            }
            if (!(y[i] >= 0 && y[i] <= 1)) {
                throw new IllegalArgumentException("y[" + i + "] must be a probability in [0, 1], got " + y[i]);
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("x must be strictly increasing: x[" + (i - 1) + "]=" + x[i - 1]
                        + ", x[" + i + "]=" + x[i]);
            }
            if (i > 0 && y[i] < y[i - 1]) {
                throw new IllegalArgumentException("y must be non-decreasing: y[" + (i - 1) + "]=" + y[i - 1]
                        + ", y[" + i + "]=" + y[i]);
            }
        }
        return new IsotonicCalibrator(x, y, input, provenance);
    }

    /** @return the inputs of the kept points, strictly increasing (a copy) */
    public double[] x() {
        return x.clone();
    }

    /** @return the calibrated values at the kept points, non-decreasing (a copy) */
    public double[] y() {
        return y.clone();
    }

    /** @return the number of kept points */
    public int size() {
        return x.length;
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
     * Calibrates one forecast: the end value below the first point or above the last, else linear
     * interpolation between the two neighbouring points.
     *
     * @param v a probability in [0, 1] for a {@link CalibrationInput#PROBABILITY} calibrator, else a finite score
     * @return the calibrated probability, in [0, 1]; NaN for NaN
     * @throws IllegalArgumentException if {@code v} is out of range for the input
     */
    @Override
    public double calibrate(double v) {
        CalibrationInput.require(v, input == CalibrationInput.PROBABILITY);
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        int last = x.length - 1;
        if (v <= x[0]) {
            return y[0];
        }
        if (v >= x[last]) {
            return y[last];
        }
        int hi = Arrays.binarySearch(x, v);
        if (hi >= 0) {
            return y[hi];
        }
        hi = -hi - 1; // first index with x > v; 1 <= hi <= last
        int lo = hi - 1;
        double t = (v - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }

    @Override
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        ModelDocument.addNumbers(parameters.putArray("x"), x);
        ModelDocument.addNumbers(parameters.putArray("y"), y);
        return ModelDocument.of(KIND, input.schema(), provenance, parameters);
    }

    /**
     * Rebuilds a calibrator from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the calibrator
     * @throws org.forecast4j.core.io.InvalidInputException if the kind, input or points are wrong
     */
    public static IsotonicCalibrator fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        double[] xs = document.numbers("x", -1);
        double[] ys = document.numbers("y", -1);
        if (ys.length != xs.length) {
            throw document.invalid("y", null, "has " + ys.length + " values but x has " + xs.length);
        }
        try {
            return create(xs, ys, CalibrationInput.of(document), document.provenance());
        } catch (IllegalArgumentException e) {
            throw document.invalid("x", null, e.getMessage());
        }
    }

    @Override
    public String toString() {
        TextTable table = new TextTable(input.label(), "calibrated");
        for (int i = 0; i < x.length; i++) {
            table.row(TextTable.number(x[i]), TextTable.number(y[i]));
        }
        return "Isotonic calibrator: " + x.length + " points, linear between them, flat beyond ("
                + provenance.trainingRows() + " training rows)\n" + table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsotonicCalibrator other && Arrays.equals(x, other.x) && Arrays.equals(y, other.y)
                && input == other.input;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), Arrays.hashCode(y), input);
    }
}
