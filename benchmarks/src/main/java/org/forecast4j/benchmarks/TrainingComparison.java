package org.forecast4j.benchmarks;

import java.util.Locale;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.text.TextTable;
import smile.classification.LogisticRegression;

/**
 * Fits forecast4j's Bayesian logistic regression and Smile's logistic regression to the same data with the same
 * objective, and evaluates what each reaches with one function, so that the training benchmark compares like
 * with like.
 *
 * <p>The objective: a Gaussian prior with sd {@value #PRIOR_SD} on every coefficient is Smile's L2 penalty
 * {@code ½λ‖w‖²} with {@code λ = 1/sd² = 0.16}; Smile leaves the intercept unpenalised, so forecast4j gets an
 * intercept prior sd of {@value #INTERCEPT_PRIOR_SD} (precision 1e-8, which moves nothing). forecast4j
 * maximises the penalised log-likelihood by Newton's method (to a Newton decrement of 1e-10 nats, its default),
 * on the common pool (its default) or on the calling thread alone, which gives the same bits;
 * Smile minimises the same function by L-BFGS with its defaults (tolerance 1e-5, at most 500 iterations).
 *
 * <p>{@code main} prints the comparison at the training benchmark's size (100,000 × 32).
 */
final class TrainingComparison {
    static final double PRIOR_SD = 2.5;
    static final double LAMBDA = 1.0 / (PRIOR_SD * PRIOR_SD);
    static final double INTERCEPT_PRIOR_SD = 1e4;
    static final double SMILE_TOLERANCE = 1e-5;
    static final int SMILE_MAX_ITER = 500;

    private static final BayesianLogisticRegression.Options OPTIONS = BayesianLogisticRegression.Options.DEFAULTS
            .withPriorSd(PRIOR_SD).withInterceptPriorSd(INTERCEPT_PRIOR_SD);
    private static final BayesianLogisticRegression.Options ONE_THREAD = OPTIONS.withParallelism(null);

    private TrainingComparison() {
    }

    /**
     * What one fit reached, evaluated by {@link #evaluate}.
     *
     * @param library who fitted it
     * @param intercept the fitted intercept
     * @param weights the fitted coefficients
     * @param logLikelihood the log-likelihood of the training data, in nats
     * @param objective the penalised objective both minimise, {@code −ℓ + ½λ‖w‖²}
     */
    record Fit(String library, double intercept, double[] weights, double logLikelihood, double objective) {
    }

    /** Both fits on one data set. */
    record Comparison(int rows, int features, Fit forecast4j, Fit smile) {

        /** @return the largest absolute difference between the two fits' parameters */
        double maxParameterDifference() {
            double max = Math.abs(forecast4j.intercept() - smile.intercept());
            for (int j = 0; j < features; j++) {
                max = Math.max(max, Math.abs(forecast4j.weights()[j] - smile.weights()[j]));
            }
            return max;
        }

        /** @return a readable table */
        @Override
        public String toString() {
            TextTable table = new TextTable("library", "log-likelihood", "objective −ℓ + ½λ‖w‖²");
            for (Fit fit : new Fit[] {forecast4j, smile}) {
                table.row(fit.library(), String.format(Locale.ROOT, "%.6f", fit.logLikelihood()),
                        String.format(Locale.ROOT, "%.6f", fit.objective()));
            }
            return String.format(Locale.ROOT, "%,d rows × %d features, λ = %s; largest parameter difference %.2e%n",
                    rows, features, LAMBDA, maxParameterDifference()) + table;
        }
    }

    /**
     * @param data the training data
     * @return forecast4j's Laplace posterior (its mean is the penalised maximum), fitted on the common pool
     */
    static BayesianLogisticModel fitForecast4j(TrainingData data) {
        return BayesianLogisticRegression.fit(data.x(), data.y(), Inputs.schema(data.features()), OPTIONS);
    }

    /**
     * @param data the training data
     * @return the same posterior, bit for bit, fitted on the calling thread alone
     */
    static BayesianLogisticModel fitForecast4jOneThread(TrainingData data) {
        return BayesianLogisticRegression.fit(data.x(), data.y(), Inputs.schema(data.features()), ONE_THREAD);
    }

    /**
     * @param data the training data
     * @return Smile's fit of the same objective
     */
    static LogisticRegression.Binomial fitSmile(TrainingData data) {
        return LogisticRegression.binomial(data.x(), data.labels(), LAMBDA, SMILE_TOLERANCE, SMILE_MAX_ITER);
    }

    /**
     * @param data the data
     * @return both fits, evaluated the same way
     */
    static Comparison compare(TrainingData data) {
        int k = data.features();
        BayesianLogisticModel ours = fitForecast4j(data);
        double[] weights = new double[k];
        for (int j = 0; j < k; j++) {
            weights[j] = ours.coefficient(j);
        }
        Fit forecast4j = evaluate("forecast4j", data, ours.intercept(), weights);
        double[] w = fitSmile(data).coefficients(); // p weights, then the intercept
        double[] smileWeights = new double[k];
        System.arraycopy(w, 0, smileWeights, 0, k);
        Fit smile = evaluate("smile", data, w[k], smileWeights);
        return new Comparison(data.x().length, k, forecast4j, smile);
    }

    /**
     * @param library who fitted the parameters
     * @param data the data
     * @param intercept the intercept
     * @param weights the coefficients
     * @return the log-likelihood and objective at these parameters
     */
    static Fit evaluate(String library, TrainingData data, double intercept, double[] weights) {
        double logLikelihood = 0;
        for (int i = 0; i < data.x().length; i++) {
            double z = intercept;
            double[] row = data.x()[i];
            for (int j = 0; j < weights.length; j++) {
                z += weights[j] * row[j];
            }
            logLikelihood -= Probabilities.logLossFromLogOdds(z, data.y()[i]);
        }
        double squares = 0;
        for (double w : weights) {
            squares += w * w;
        }
        return new Fit(library, intercept, weights.clone(), logLikelihood, -logLikelihood + 0.5 * LAMBDA * squares);
    }

    /**
     * Prints the comparison at the training benchmark's default size.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(compare(TrainingData.generate(TrainingBenchmark.ROWS, TrainingBenchmark.FEATURES,
                TrainingBenchmark.DATA_SEED)));
    }
}
