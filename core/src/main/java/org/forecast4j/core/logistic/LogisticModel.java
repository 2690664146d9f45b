package org.forecast4j.core.logistic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.FitDiagnostics;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.text.TextTable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fitted logistic regression: {@code P(y = 1 | x) = σ(intercept + Σ coefficient(j) · x[j])}, with the
 * standard errors and fit statistics of the fit that made it. Immutable and thread-safe. Made by
 * {@link LogisticRegression}, or read from a model file of kind {@value #KIND} by {@link #fromDocument}.
 *
 * <p>Scoring goes through a {@link LinearScorer}, whose dot product is
 * {@link org.forecast4j.core.kernel.DotKernel}'s: {@link #probability}, {@link #logOdds} and {@link #probabilities}
 * allocate nothing.
 *
 * <p>Standard errors are the square roots of the diagonal of the inverse negative Hessian of the maximised
 * (penalised) log-likelihood at the estimate: the usual asymptotic standard errors for maximum likelihood
 * (as statsmodels and Stata report them), and the Laplace posterior standard deviations for an L2 fit.
 *
 * <h2>Model file parameters</h2>
 * {@code intercept}, {@code coefficients} (one per feature), {@code interceptStandardError},
 * {@code standardErrors} (one per feature), {@code l2}, {@code logLikelihood}, {@code iterations},
 * {@code converged}.
 */
public final class LogisticModel implements LinearLogOddsModel, FitDiagnostics {

    /** The model-file kind. */
    public static final String KIND = "logistic";

    private final FeatureSchema schema;
    private final Provenance provenance;
    private final LinearScorer scorer;
    private final double[] standardErrors; // intercept first
    private final double l2;
    private final double logLikelihood;
    private final int iterations;
    private final boolean converged;

    LogisticModel(FeatureSchema schema, Provenance provenance, double[] theta, double[] standardErrors, double l2,
            double logLikelihood, int iterations, boolean converged) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        double[] weights = new double[theta.length - 1];
        System.arraycopy(theta, 1, weights, 0, weights.length);
        this.scorer = LinearScorer.of(theta[0], weights);
        this.standardErrors = standardErrors.clone();
        this.l2 = l2;
        this.logLikelihood = logLikelihood;
        this.iterations = iterations;
        this.converged = converged;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public double intercept() {
        return scorer.intercept();
    }

    @Override
    public double coefficient(int feature) {
        return scorer.weight(feature);
    }

    /** @return the coefficients in schema order (without the intercept), a fresh array */
    public double[] coefficients() {
        double[] out = new double[schema.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = scorer.weight(j);
        }
        return out;
    }

    /** @return the standard error of the intercept */
    public double interceptStandardError() {
        return standardErrors[0];
    }

    /**
     * @param feature a position in [0, schema().size())
     * @return the standard error of that feature's coefficient
     */
    public double standardError(int feature) {
        return standardErrors[feature + 1];
    }

    /** @return the L2 penalty of the fit, 0 for maximum likelihood */
    public double l2() {
        return l2;
    }

    /** @return the (unpenalised) log-likelihood of the training data at the estimate, in nats */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return the Newton iterations the fit took */
    public int iterations() {
        return iterations;
    }

    /** @return whether the fit converged within its iteration limit */
    public boolean converged() {
        return converged;
    }

    /** @return the hot-path scorer of this model (immutable, allocation-free) */
    public LinearScorer scorer() {
        return scorer;
    }

    /**
     * {@inheritDoc} Allocation-free; the dot product of {@link org.forecast4j.core.kernel.DotKernel}.
     *
     * @param x feature values in schema order; only the first {@code schema().size()} are read
     */
    @Override
    public double logOdds(double[] x) {
        return scorer.logOdds(x);
    }

    /**
     * {@inheritDoc}
     *
     * @param x feature values in schema order; only the first {@code schema().size()} are read
     * @return {@code σ(logOdds(x))}, in [0, 1]; NaN if x holds NaN
     * @throws IndexOutOfBoundsException if x is shorter than the schema
     */
    @Override
    public double probability(double[] x) {
        return scorer.probability(x);
    }

    /**
     * Scores a batch into a caller-owned array. Allocation-free.
     *
     * @param rows one feature vector per row
     * @param out receives one probability per row; length {@code rows.length} at least
     */
    public void probabilities(double[][] rows, double[] out) {
        scorer.probabilities(rows, out);
    }

    @Override
    public ModelDocument toDocument() {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("intercept", intercept());
        ModelDocument.addNumbers(parameters.putArray("coefficients"), coefficients());
        parameters.put("interceptStandardError", standardErrors[0]);
        ModelDocument.addNumbers(parameters.putArray("standardErrors"),
                Arrays.copyOfRange(standardErrors, 1, standardErrors.length));
        parameters.put("l2", l2);
        parameters.put("logLikelihood", logLikelihood);
        parameters.put("iterations", iterations);
        parameters.put("converged", converged);
        return ModelDocument.of(KIND, schema, provenance, parameters);
    }

    /**
     * Rebuilds a model from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the model
     * @throws InvalidInputException naming the file and field if the kind is wrong or a parameter is missing,
     *     malformed, of the wrong length or out of range
     */
    public static LogisticModel fromDocument(ModelDocument document) {
        document.requireKind(KIND);
        int k = document.schema().size();
        double[] theta = new double[k + 1];
        theta[0] = document.number("intercept");
        System.arraycopy(document.numbers("coefficients", k), 0, theta, 1, k);
        double[] errors = new double[k + 1];
        errors[0] = document.nonNegative("interceptStandardError");
        double[] featureErrors = document.numbers("standardErrors", k);
        for (int j = 0; j < k; j++) {
            if (!(featureErrors[j] >= 0)) {
                throw document.invalid("standardErrors[" + j + "]", Double.toString(featureErrors[j]),
                        "must be >= 0");
            }
            errors[j + 1] = featureErrors[j];
        }
        double l2 = document.nonNegative("l2");
        double logLikelihood = document.number("logLikelihood");
        if (logLikelihood > 0) {
            throw document.invalid("logLikelihood", Double.toString(logLikelihood), "must be <= 0");
        }
        long iterations = document.count("iterations");
        return new LogisticModel(document.schema(), document.provenance(), theta, errors, l2, logLikelihood,
                (int) Math.min(iterations, Integer.MAX_VALUE), document.bool("converged"));
    }

    /** @return a header line and a coefficient table: estimate, standard error and z = estimate / error */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "logistic regression (%s): %d rows, %d features%n",
                l2 == 0 ? "maximum likelihood" : "L2 penalty " + DesignChecks.number(l2), provenance.trainingRows(),
                schema.size()));
        sb.append(String.format(Locale.ROOT, "log-likelihood %s, %d iterations, %s%n",
                TextTable.number(logLikelihood), iterations, converged ? "converged" : "did not converge"));
        TextTable table = new TextTable("parameter", "coefficient", "std. error", "z");
        table.row("intercept", TextTable.number(intercept()), TextTable.number(standardErrors[0]),
                TextTable.number(intercept() / standardErrors[0], 3));
        for (int j = 0; j < schema.size(); j++) {
            table.row(schema.name(j), TextTable.number(coefficient(j)), TextTable.number(standardError(j)),
                    TextTable.number(coefficient(j) / standardError(j), 3));
        }
        return sb.append(table).toString();
    }
}
