package org.forecast4j.core.newton;

import org.forecast4j.core.prob.Probabilities;

/** The objective's sums by the textbook loops, one row at a time: the reference for the blocked kernel. */
final class NaiveSums {
    private NaiveSums() {
    }

    /** @return row {@code i} of the design, with the leading 1 of an intercept */
    static double[] designRow(LogitProblem problem, int i) {
        double[] row = problem.row(i);
        if (!problem.hasIntercept()) {
            return row;
        }
        double[] full = new double[row.length + 1];
        full[0] = 1;
        System.arraycopy(row, 0, full, 1, row.length);
        return full;
    }

    static double eta(LogitProblem problem, double[] theta, int i) {
        double[] row = designRow(problem, i);
        double eta = problem.offset(i);
        for (int j = 0; j < row.length; j++) {
            eta += theta[j] * row[j];
        }
        return eta;
    }

    static double loss(LogitProblem problem, double[] theta) {
        double sum = 0;
        for (int i = 0; i < problem.rows(); i++) {
            double eta = eta(problem, theta, i);
            double t = problem.target(i);
            sum += problem.weight(i) * (t * Probabilities.log1pexp(-eta) + (1 - t) * Probabilities.log1pexp(eta));
        }
        return sum;
    }

    /** @return {@code Σ w (t − p) x̃} */
    static double[] gradient(LogitProblem problem, double[] theta) {
        double[] g = new double[problem.columns()];
        for (int i = 0; i < problem.rows(); i++) {
            double[] row = designRow(problem, i);
            double r = problem.weight(i) * (problem.target(i) - Probabilities.sigmoid(eta(problem, theta, i)));
            for (int j = 0; j < row.length; j++) {
                g[j] += r * row[j];
            }
        }
        return g;
    }

    /** @return {@code Σ w p (1 − p) x̃ x̃ᵀ}, dense */
    static double[][] hessian(LogitProblem problem, double[] theta) {
        int d = problem.columns();
        double[][] h = new double[d][d];
        for (int i = 0; i < problem.rows(); i++) {
            double[] row = designRow(problem, i);
            double p = Probabilities.sigmoid(eta(problem, theta, i));
            double v = problem.weight(i) * p * (1 - p);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    h[a][b] += v * row[a] * row[b];
                }
            }
        }
        return h;
    }
}
