package org.forecast4j.benchmarks;

import java.util.Map;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.logistic.LogisticModel;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.random.SplitMix64;
import smile.classification.LogisticRegression;
import smile.util.IntSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded inputs shared by the benchmarks and their tests: weights, pools of feature vectors, and the same
 * linear model as a forecast4j {@link LogisticModel} and as a Smile {@link LogisticRegression.Binomial}.
 */
final class Inputs {
    /** The seed of every generator in this module; fixed so that runs measure the same inputs. */
    static final long SEED = 20_260_101L;

    /**
     * The bytes of feature vectors held in a pool: 256 KiB fits a typical L2 cache, so a benchmark cycling
     * through the pool measures arithmetic, not memory bandwidth, and does so equally for every method.
     */
    static final int POOL_BYTES = 256 * 1024;

    private Inputs() {
    }

    /**
     * @param k the vector length
     * @return how many vectors of length k make a pool: a power of two (so the cursor wraps with a mask), at
     *     most {@link #POOL_BYTES} of doubles, at least 16
     */
    static int poolSize(int k) {
        int fit = Math.max(16, POOL_BYTES / (8 * k));
        return Integer.highestOneBit(fit);
    }

    /**
     * @param random the generator
     * @param k the length
     * @param sd the standard deviation
     * @return k independent normal draws with mean 0
     */
    static double[] gaussian(SplitMix64 random, int k, double sd) {
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            v[i] = sd * random.nextGaussian();
        }
        return v;
    }

    /**
     * @param count the number of vectors
     * @param k their length
     * @param seed the seed
     * @return standard normal feature vectors
     */
    static double[][] gaussianVectors(int count, int k, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        double[][] pool = new double[count][];
        for (int i = 0; i < count; i++) {
            pool[i] = gaussian(random, k, 1.0);
        }
        return pool;
    }

    /**
     * @param k the number of features
     * @return features named x0 … x(k−1)
     */
    static FeatureSchema schema(int k) {
        String[] names = new String[k];
        for (int j = 0; j < k; j++) {
            names[j] = "x" + j;
        }
        return FeatureSchema.of(names);
    }

    /**
     * A forecast4j logistic model with the given parameters, built through its model-file document (the way
     * a trained model reaches a bot).
     *
     * @param schema the features
     * @param intercept the intercept
     * @param weights one weight per feature
     * @return the model
     */
    static LogisticModel logistic(FeatureSchema schema, double intercept, double[] weights) {
        ObjectNode parameters = ForecastJson.mapper().createObjectNode();
        parameters.put("intercept", intercept);
        var coefficients = parameters.putArray("coefficients");
        var errors = parameters.putArray("standardErrors");
        for (double w : weights) {
            coefficients.add(w);
            errors.add(0.0);
        }
        parameters.put("interceptStandardError", 0.0);
        parameters.put("l2", 0.0);
        parameters.put("logLikelihood", 0.0);
        parameters.put("iterations", 0);
        parameters.put("converged", true);
        Provenance provenance = Provenance.of("benchmark-weights", Map.of(), 0);
        return LogisticModel.fromDocument(ModelDocument.of(LogisticModel.KIND, schema, provenance, parameters));
    }

    /**
     * Smile's binomial logistic regression with the given parameters. Smile keeps the intercept as the last
     * of its {@code p + 1} weights and scores {@code 1 / (1 + exp(−(w·x + w[p])))}.
     *
     * @param intercept the intercept
     * @param weights one weight per feature
     * @return the model; its {@code score(x)} is the probability of class 1
     */
    static LogisticRegression.Binomial smile(double intercept, double[] weights) {
        double[] w = new double[weights.length + 1];
        System.arraycopy(weights, 0, w, 0, weights.length);
        w[weights.length] = intercept;
        // L (the training log-likelihood) and lambda are only reported by Smile, not used in scoring.
        return new LogisticRegression.Binomial(w, 0.0, 0.0, new IntSet(new int[] {0, 1}));
    }
}
