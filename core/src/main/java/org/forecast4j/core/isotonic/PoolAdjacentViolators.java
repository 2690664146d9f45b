package org.forecast4j.core.isotonic;

/**
 * Weighted isotonic regression by the pool-adjacent-violators algorithm (Ayer et al. 1955; Barlow et al.
 * 1972): the non-decreasing sequence {@code f} minimising {@code Σ w_i (y_i − f_i)²}. Runs in linear time
 * after sorting; each fitted value is the weighted mean of the {@code y} in its block, so a fitted value
 * is always within the range of the data.
 */
public final class PoolAdjacentViolators {

    private PoolAdjacentViolators() {
    }

    /**
     * Fits a non-decreasing sequence to {@code y} in the order given.
     *
     * @param y the responses, finite
     * @param weights positive finite weights, or {@code null} for unit weights
     * @return a fresh array of fitted values, non-decreasing, same length as {@code y}
     * @throws IllegalArgumentException if lengths differ, or a value is not finite, or a weight is not positive
     */
    public static double[] fitOrdered(double[] y, double[] weights) {
        checkInputs(y, y, weights);
        int n = y.length;
        double[] blockSum = new double[n];
        double[] blockWeight = new double[n];
        int[] blockEnd = new int[n];
        int blocks = pool(y, weights, n, blockSum, blockWeight, blockEnd);
        double[] fitted = new double[n];
        int start = 0;
        for (int b = 0; b < blocks; b++) {
            double mean = blockSum[b] / blockWeight[b];
            for (int i = start; i <= blockEnd[b]; i++) {
                fitted[i] = mean;
            }
            start = blockEnd[b] + 1;
        }
        return fitted;
    }

    /**
     * Fits {@code y} as a non-decreasing function of {@code x}: sorts by {@code x}, pools the {@code y} of
     * equal {@code x} into their weighted mean, then runs pool-adjacent-violators on the pooled points.
     *
     * @param x the inputs, finite, in any order
     * @param y the responses, finite
     * @param weights positive finite weights, or {@code null} for unit weights
     * @return the fit: one point per distinct {@code x}, plus the fitted value of every input
     * @throws IllegalArgumentException if lengths differ or are zero, or values are not finite, or a weight is
     *     not positive
     */
    public static IsotonicFit fit(double[] x, double[] y, double[] weights) {
        checkInputs(x, y, weights);
        int n = x.length;
        if (n == 0) {
            throw new IllegalArgumentException("isotonic regression needs at least one point");
        }
        int[] order = IndexSort.ascending(x);
        // Pool equal x first.
        double[] ux = new double[n];
        double[] sum = new double[n];
        double[] weight = new double[n];
        int[] group = new int[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double w = weights == null ? 1.0 : weights[i];
            if (groups == 0 || x[i] != ux[groups - 1]) {
                ux[groups] = x[i];
                groups++;
            }
            sum[groups - 1] += w * y[i];
            weight[groups - 1] += w;
            group[i] = groups - 1;
        }
        double[] means = new double[groups];
        double[] groupWeight = new double[groups];
        for (int g = 0; g < groups; g++) {
            means[g] = sum[g] / weight[g];
            groupWeight[g] = weight[g];
        }
        double[] fittedGroups = fitOrdered(means, groupWeight);
        double[] fittedInputs = new double[n];
        for (int i = 0; i < n; i++) {
            fittedInputs[i] = fittedGroups[group[i]];
        }
        double[] xs = new double[groups];
        System.arraycopy(ux, 0, xs, 0, groups);
        return new IsotonicFit(xs, fittedGroups, groupWeight, fittedInputs);
    }

    /**
     * Pools adjacent violators. On return, block b covers indices (end[b-1], end[b]] with sums and weights.
     */
    private static int pool(double[] y, double[] weights, int n, double[] blockSum, double[] blockWeight,
            int[] blockEnd) {
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            blockSum[blocks] = w * y[i];
            blockWeight[blocks] = w;
            blockEnd[blocks] = i;
            blocks++;
            // Merge while the previous block's mean exceeds the last block's mean.
            while (blocks > 1 && blockSum[blocks - 2] * blockWeight[blocks - 1]
                    > blockSum[blocks - 1] * blockWeight[blocks - 2]) {
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockWeight[blocks - 2] += blockWeight[blocks - 1];
                blockEnd[blocks - 2] = blockEnd[blocks - 1];
                blocks--;
            }
        }
        return blocks;
    }

    private static void checkInputs(double[] x, double[] y, double[] weights) {
        if (x.length != y.length || (weights != null && weights.length != y.length)) {
            throw new IllegalArgumentException("x, y and weights must have the same length, got " + x.length
                    + ", " + y.length + (weights == null ? "" : ", " + weights.length));
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("non-finite value at index " + i + ": x=" + x[i] + ", y=" + y[i]);
            }
            if (weights != null && !(weights[i] > 0 && weights[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weight at index " + i + " must be positive and finite, got "
                        + weights[i]);
            }
        }
    }
}
