package org.forecast4j.core.pooling;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.model.Trainer;
import org.forecast4j.core.model.TrainingSet;
import org.forecast4j.core.newton.LogitProblem;
import org.forecast4j.core.newton.NewtonFit;
import org.forecast4j.core.newton.NewtonOptions;
import org.forecast4j.core.newton.PenalizedLogitNewton;

/**
 * Fits a {@link LogOddsPool}'s extremizing factor {@code d} by maximum likelihood on resolved questions, with the
 * weights fixed: a logistic regression without intercept of the outcomes on {@code zᵢ = Σ w logit p / Σ w}
 * (Satopää et al. 2014), by Newton's method from {@code d = 1}. The rows of a training set are the forecasters'
 * probabilities, one feature per forecaster. Immutable and thread-safe.
 */
public final class LogOddsPoolTrainer implements Trainer<LogOddsPool> {
    private final PoolFitOptions options;

    /** @param options the weights (or equal weights) */
    public LogOddsPoolTrainer(PoolFitOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public LogOddsPool fit(TrainingSet data) {
        return fit(data.schema(), data.x(), data.y());
    }

    /**
     * @param inputs the names of the forecasts pooled
     * @param probabilities one row per resolved question, one probability per input, in [0, 1]
     * @param outcomes whether each question resolved yes
     * @return the pool with the fitted {@code d}
     * @throws IllegalArgumentException if the shapes differ, a value is out of range, there are no questions, or
     *     the pooled log-odds separate the outcomes perfectly (no finite maximum: d would be infinite) or the
     *     likelihood is maximised at a negative d (the pool is worse than a coin)
     */
    public LogOddsPool fit(FeatureSchema inputs, double[][] probabilities, boolean[] outcomes) {
        double[] weights = options.weights();
        if (weights == null) {
            weights = new double[inputs.size()];
            Arrays.fill(weights, 1.0);
        }
        LogOddsPool.checkWeights(weights, inputs.size());
        int n = probabilities.length;
        if (n == 0 || outcomes.length != n) {
            throw new IllegalArgumentException("need one outcome per question and at least one question, got "
                    + n + " rows and " + outcomes.length + " outcomes");
        }
        double[][] z = new double[n][1];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            if (probabilities[i].length != inputs.size()) {
                throw new IllegalArgumentException("question " + i + " has " + probabilities[i].length
                        + " probabilities, expected " + inputs.size() + " " + inputs.names());
            }
            z[i][0] = LogOddsPool.meanLogOdds(probabilities[i], weights);
            if (Double.isNaN(z[i][0])) {
                throw new IllegalArgumentException("question " + i + " has a NaN probability");
            }
            target[i] = outcomes[i] ? 1 : 0;
        }
        NewtonFit solution = PenalizedLogitNewton.fit(LogitProblem.of(z, false, null, target, null, null),
                new double[] {1.0}, NewtonOptions.step());
        if (!solution.converged()) {
            throw new IllegalArgumentException("the extremizing factor has no finite maximum-likelihood estimate:"
                    + " the pooled forecasts separate the " + n + " outcomes perfectly");
        }
        double d = solution.parameter(0);
        if (d < 0) {
            throw new IllegalArgumentException("the maximum-likelihood extremizing factor is negative (" + d
                    + "): on these questions the pooled forecasts point the wrong way");
        }
        Provenance provenance = Provenance.of("log-odds-pool-extremizing-mle", Map.of(), n);
        return LogOddsPool.create(inputs, weights.clone(), d, provenance);
    }
}
