package org.forecast4j.core.evidence;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.model.Trainer;
import org.forecast4j.core.model.TrainingSet;
import org.forecast4j.core.newton.LogitProblem;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.newton.NewtonOptions;
import org.forecast4j.core.newton.PenalizedLogitNewton;

/**
 * Fits an {@link EvidenceModel} on resolved questions. Its one job is the fit: the log likelihood ratios are the
 * maximum a posteriori estimate of a logistic regression with the prior log-odds as an offset, by
 * {@link #fit(double, double, FeatureSchema, double[][], boolean[], EvidenceFitOptions)}.
 *
 * <p>As a {@link Trainer}, {@link #fit(TrainingSet)} takes the prior log-odds and their sd from the training
 * questions' base rate (a Beta(1, 1) prior updated with the questions that resolved yes, counted per question, not
 * per row), then fits the log likelihood ratios by {@link #fit(BetaBinomialBaseRate, FeatureSchema, double[][],
 * boolean[], EvidenceFitOptions)}. Immutable and thread-safe.
 */
public final class EvidenceTrainer implements Trainer<EvidenceModel> {
    private final EvidenceFitOptions options;

    /** @param options the prior sd of each log likelihood ratio and the interval level */
    public EvidenceTrainer(EvidenceFitOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return the options */
    public EvidenceFitOptions options() {
        return options;
    }

    /**
     * @throws IllegalArgumentException if there are no training questions, or as the fit
     */
    @Override
    public EvidenceModel fit(TrainingSet data) {
        return fit(BetaBinomialBaseRate.of(data.yesQuestions(), data.questions()), data.schema(), data.x(),
                data.y(), options);
    }

    /**
     * Fits the log likelihood ratios on resolved questions: the maximum a posteriori estimate of a logistic
     * regression whose intercept is fixed at the prior log-odds (an offset), with an independent
     * {@code N(0, σ²)} prior on each log likelihood ratio, by Newton's method; the covariance is the inverse
     * Hessian at the optimum (Laplace approximation).
     *
     * @param priorLogOdds the prior log-odds {@code t₀}, finite
     * @param priorLogOddsSd its standard deviation, {@code >= 0}
     * @param schema the features, in the order of the rows of {@code x}
     * @param x one row per resolved question, one finite value per feature
     * @param outcomes whether each question resolved yes
     * @param options the prior on the ratios and the interval level
     * @return the fitted model
     * @throws IllegalArgumentException if the shapes differ, a value is not finite, or there are no questions
     */
    public static EvidenceModel fit(double priorLogOdds, double priorLogOddsSd, FeatureSchema schema,
            double[][] x, boolean[] outcomes, EvidenceFitOptions options) {
        int n = x.length;
        int k = schema.size();
        if (n == 0 || outcomes.length != n) {
            throw new IllegalArgumentException("need one outcome per row and at least one row, got " + n
                    + " rows and " + outcomes.length + " outcomes");
        }
        if (k == 0) {
            throw new IllegalArgumentException("need at least one feature to fit");
        }
        if (!Double.isFinite(priorLogOdds)) {
            throw new IllegalArgumentException("prior log-odds must be finite, got " + priorLogOdds);
        }
        double[] offset = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values, expected " + k
                        + " " + schema.names());
            }
            offset[i] = priorLogOdds;
            target[i] = outcomes[i] ? 1 : 0;
        }
        double[] precision = new double[k];
        double sd = options.logLikelihoodRatioPriorSd();
        Arrays.fill(precision, 1 / (sd * sd));
        NewtonFit solution = PenalizedLogitNewton.fit(LogitProblem.of(x, false, offset, target, null, precision),
                null, NewtonOptions.step());
        if (!solution.converged()) {
            throw new IllegalArgumentException("the evidence fit did not converge in " + solution.iterations()
                    + " Newton iterations");
        }
        double[][] cov = solution.covariance();
        double[] flat = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                // Symmetrise: the inverse is symmetric up to rounding.
                flat[i * k + j] = 0.5 * (cov[i][j] + cov[j][i]);
            }
        }
        Provenance provenance = Provenance.of("evidence-map-newton",
                Map.of("logLikelihoodRatioPriorSd", sd), n);
        return EvidenceModel.create(schema, priorLogOdds, priorLogOddsSd, solution.parameters(), flat,
                options.level(), provenance);
    }

    /**
     * Fits the log likelihood ratios on top of a base rate: the prior log-odds is {@code logit} of its posterior
     * mean, with the base rate's log-odds standard deviation.
     *
     * @param prior the base rate
     * @param schema the features
     * @param x one row per resolved question
     * @param outcomes the outcomes
     * @param options the fit options
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double, double, FeatureSchema, double[][], boolean[],
     *     EvidenceFitOptions)}
     */
    public static EvidenceModel fit(BetaBinomialBaseRate prior, FeatureSchema schema, double[][] x,
            boolean[] outcomes, EvidenceFitOptions options) {
        return fit(prior.logOdds(), prior.logOddsSd(), schema, x, outcomes, options);
    }
}
