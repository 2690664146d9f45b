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
 * Beta calibration (Kull, Silva Filho &amp; Flach, "Beta calibration: a well-founded and easily implemented
 * improvement on logistic calibration for binary classifiers", AISTATS 2017):
 * {@code logit μ(s) = a·ln s − b·ln(1 − s) + c} for a score {@code s ∈ [0, 1]}, fitted by maximum likelihood —
 * a logistic regression on the two features {@code ln s} and {@code −ln(1 − s)}.
 *
 * <p>The map is monotone non-decreasing only when {@code a, b >= 0}. As the authors' {@code betacal} package
 * ({@code _beta_calibration} in {@code betacal/beta_calibration.py}) does: if the fitted {@code a} is negative,
 * the model is refitted on {@code −ln(1 − s)} alone with {@code a = 0}; otherwise, if {@code b} is negative,
 * it is refitted on {@code ln s} alone with {@code b = 0}. Where that refitted coefficient is negative too
 * (forecasts anti-correlated with the outcomes), {@code betacal} keeps it and returns a decreasing map; this class
 * goes on to the maximum-likelihood fit with {@code a = b = 0}, the constant {@code c = logit(mean outcome)}, so
 * every fitted calibrator is monotone. Scores of exactly 0 or 1 are clipped to {@code [CalibrationInput.CLIP, 1 − CLIP]}
 * (numpy's float64 epsilon, also {@code betacal}'s clip).
 *
 * <p>{@code betacal} fits with scikit-learn's {@code LogisticRegression(C=99999999999)}, a penalty too small
 * to matter; this class fits the exact maximum-likelihood estimate, by Newton's method
 * ({@code PenalizedLogitNewton}, stopped by the step rule).
 * Perfectly separated outcomes have no maximum-likelihood fit and are refused with a message.
 *
 * <p>Immutable and thread-safe; {@link #calibrate} does not allocate.
 */
public final class BetaCalibrator implements Calibrator {
    /** The model-file kind. */
    public static final String KIND = "beta";

    private final double a;
    private final double b;
    private final double c;
    private final CalibrationInput input;
    private final Provenance provenance;

    private BetaCalibrator(double a, double b, double c, CalibrationInput input, Provenance provenance) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.input = input;
        this.provenance = provenance;
    }

    /**
     * A calibrator with given parameters.
     *
     * @param a the coefficient of {@code ln s}, finite
     * @param b the coefficient of {@code −ln(1 − s)}, finite
     * @param c the intercept, finite
     * @param input what {@link #calibrate} takes (either way a value in [0, 1])
     * @return the calibrator, with provenance trainer {@code "beta-given"}
     * @throws IllegalArgumentException if a parameter is not finite
     */
    public static BetaCalibrator of(double a, double b, double c, CalibrationInput input) {
        return create(a, b, c, input, Provenance.of("beta-given", Map.of(), 0));
    }

    static BetaCalibrator create(double a, double b, double c, CalibrationInput input,
            Provenance provenance) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("beta calibration parameters must be finite, got a=" + a + ", b=" + b
                    + ", c=" + c);
        }
        return new BetaCalibrator(a, b, c, Objects.requireNonNull(input, "input"), provenance);
    }

    /**
     * Fits beta calibration.
     *
     * @param input whether {@code values} are probabilities or other scores; either way they must lie in [0, 1]
     * @param values the forecasts to calibrate, in [0, 1], one per example
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException if the arrays differ in length or are empty, a value is outside [0, 1],
     *     or the outcomes are perfectly separated by the score (or all the same), so no finite fit exists
     */
    public static BetaCalibrator fit(CalibrationInput input, double[] values, boolean[] outcomes) {
        return new BetaTrainer(input).fit(values, outcomes);
    }

    /**
     * Fits beta calibration on probabilities.
     *
     * @param probabilities forecasts in [0, 1]
     * @param outcomes whether each event happened
     * @return the fitted calibrator
     * @throws IllegalArgumentException as {@link #fit(CalibrationInput, double[], boolean[])}
     */
    public static BetaCalibrator fitProbabilities(double[] probabilities, boolean[] outcomes) {
        return fit(CalibrationInput.PROBABILITY, probabilities, outcomes);
    }



    /** @return the coefficient {@code a} of {@code ln s}, {@code >= 0} for a fitted calibrator */
    public double a() {
        return a;
    }

    /** @return the coefficient {@code b} of {@code −ln(1 − s)}, {@code >= 0} for a fitted calibrator */
    public double b() {
        return b;
    }

    /** @return the intercept {@code c} */
    public double c() {
        return c;
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
     * Calibrates one score: {@code σ(a·ln s − b·ln(1 − s) + c)} with {@code s} clipped to
     * {@code [CLIP, 1 − CLIP]}.
     *
     * @param s a score in [0, 1]
     * @return the calibrated probability, kept inside (0, 1) by {@link Probabilities#openUnit}; NaN for NaN
     * @throws IllegalArgumentException if {@code s} is outside [0, 1]
     */
    @Override
    public double calibrate(double s) {
        CalibrationInput.require(s, true);
        double v = CalibrationInput.clip(s);
        return Probabilities.openUnit(Probabilities.sigmoid(a * Math.log(v) - b * Math.log1p(-v) + c));
    }

    @Override
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("a", a);
        parameters.put("b", b);
        parameters.put("c", c);
        return ModelDocument.of(KIND, input.schema(), provenance, parameters);
    }

    /**
     * Rebuilds a calibrator from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the calibrator
     * @throws org.forecast4j.core.io.InvalidInputException if the kind, input or a parameter is wrong
     */
    public static BetaCalibrator fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        return create(document.number("a"), document.number("b"), document.number("c"), CalibrationInput.of(document),
                document.provenance());
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("parameter", "value");
        table.row("a", TextTable.number(a));
        table.row("b", TextTable.number(b));
        table.row("c", TextTable.number(c));
        Object refit = provenance.options().get("refit");
        return "Beta calibrator: logit p = a·ln s − b·ln(1 − s) + c (" + provenance.trainingRows() + " training rows"
                + (refit == null || "none".equals(refit) ? "" : "; refitted with " + refit) + ")\n" + table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BetaCalibrator other && Double.compare(a, other.a) == 0 && Double.compare(b, other.b) == 0
                && Double.compare(c, other.c) == 0 && input == other.input;
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, c, input);
    }
}
