package org.forecast4j.benchmarks;

import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;

/**
 * A seeded logistic training set: standard normal features, outcomes drawn from {@code σ(b + w·x)} with true
 * weights {@code w ~ N(0, 4/k)} and {@code b = −0.5}, so the true log-odds have a standard deviation of about 2
 * and the classes overlap (no separation), as in real forecasting data.
 *
 * @param x the rows, {@code rows × k}
 * @param y the outcomes as booleans (forecast4j)
 * @param labels the outcomes as 0/1 class labels (Smile)
 */
record TrainingData(double[][] x, boolean[] y, int[] labels) {

    /**
     * @param rows the number of rows
     * @param k the number of features
     * @param seed the seed
     * @return the data
     */
    static TrainingData generate(int rows, int k, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        double[] truth = Inputs.gaussian(random, k, 2.0 / Math.sqrt(k));
        double[][] x = new double[rows][];
        boolean[] y = new boolean[rows];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = Inputs.gaussian(random, k, 1.0);
            double z = -0.5;
            for (int j = 0; j < k; j++) {
                z += truth[j] * x[i][j];
            }
            y[i] = random.nextDouble() < Probabilities.sigmoid(z);
            labels[i] = y[i] ? 1 : 0;
        }
        return new TrainingData(x, y, labels);
    }

    /** @return the number of features */
    int features() {
        return x[0].length;
    }
}
