package org.forecast4j.core.newton;

import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;

/** Seeded test problems for the solver's tests. */
final class Problems {
    private Problems() {
    }

    /**
     * A logistic data set with every feature of the solver in use: Gaussian features on mixed scales, an
     * implicit intercept, offsets, positive weights, soft targets on every third row, a prior on all but the
     * intercept.
     *
     * @param seed the seed
     * @param n the rows (more than {@link BlockPasses#BLOCK_ROWS} for several blocks)
     * @param k the features
     * @return the problem
     */
    static LogitProblem rich(long seed, int n, int k) {
        SplitMix64 random = new SplitMix64(seed);
        double[] truth = new double[k];
        for (int j = 0; j < k; j++) {
            truth[j] = gaussian(random) / Math.sqrt(k);
        }
        double[][] x = new double[n][k];
        double[] offset = new double[n];
        double[] target = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            double z = -0.3;
            for (int j = 0; j < k; j++) {
                x[i][j] = (1 + j % 3) * gaussian(random);
                z += truth[j] * x[i][j] / (1 + j % 3);
            }
            offset[i] = 0.2 * gaussian(random);
            double p = Probabilities.sigmoid(z + offset[i]);
            target[i] = i % 3 == 0 ? p : random.nextDouble() < p ? 1 : 0;
            weight[i] = 0.5 + random.nextDouble();
        }
        double[] precision = new double[k + 1];
        for (int j = 1; j <= k; j++) {
            precision[j] = 0.5;
        }
        return LogitProblem.of(x, true, offset, target, weight, precision);
    }

    /**
     * Plain 0/1 outcomes, no offsets, weights or prior.
     *
     * @param seed the seed
     * @param n the rows
     * @param k the features
     * @param intercept whether the problem has an implicit intercept
     * @return the problem
     */
    static LogitProblem plain(long seed, int n, int k, boolean intercept) {
        SplitMix64 random = new SplitMix64(seed);
        double[][] x = new double[n][k];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            double z = intercept ? 0.4 : 0;
            for (int j = 0; j < k; j++) {
                x[i][j] = gaussian(random);
                z += (j % 2 == 0 ? 0.7 : -0.4) * x[i][j];
            }
            target[i] = random.nextDouble() < Probabilities.sigmoid(z) ? 1 : 0;
        }
        return LogitProblem.of(x, intercept, null, target, null, null);
    }

    /** A standard normal draw (Box–Muller). */
    static double gaussian(SplitMix64 random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }
}
