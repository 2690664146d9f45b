package org.forecast4j.core.newton;

import org.forecast4j.core.prob.Probabilities;

/**
 * A penalised logistic fit to be solved: minimise
 * {@code f(θ) = Σ_i w_i [t_i·ln(1 + e^{−η_i}) + (1 − t_i)·ln(1 + e^{η_i})] + ½ Σ_j λ_j θ_j²} over the parameters
 * {@code θ}, where {@code η_i = o_i + θ·x̃_i} and {@code x̃_i} is row {@code i} of the design, with a leading 1 when
 * the problem has an implicit intercept. That is the negative log-likelihood of Bernoulli outcomes (or soft targets
 * {@code t_i ∈ [0, 1]}, as Platt's smoothed labels) under a logit link, plus an independent Gaussian prior
 * {@code θ_j ~ N(0, 1/λ_j)} where a precision {@code λ_j > 0} is given (0 leaves {@code θ_j} flat).
 *
 * <p>Parameters are indexed by design column: with an implicit intercept, {@code θ_0} is the intercept and
 * {@code θ_{j+1}} the coefficient of row entry {@code j}; without, {@code θ_j} is the coefficient of row entry
 * {@code j}. The arrays are referenced, not copied: do not change them while a fit runs.
 *
 * <p>{@link #of} checks everything but the finiteness of the design in {@code O(n)}; the design's values, which
 * would cost a pass over all {@code n·k} of them, are checked when the first evaluation comes out non-finite (a
 * NaN or infinite value always makes it so), with the same message and precedence as an eager check. Immutable
 * apart from the referenced arrays; thread-safe for reading.
 */
public final class LogitProblem {
    private final double[][] x;
    private final boolean intercept;
    private final int features;
    private final double[] offset;
    private final double[] target;
    private final double[] weight;
    private final double[] priorPrecision;

    private LogitProblem(double[][] x, boolean intercept, int features, double[] offset, double[] target,
            double[] weight, double[] priorPrecision) {
        this.x = x;
        this.intercept = intercept;
        this.features = features;
        this.offset = offset;
        this.target = target;
        this.weight = weight;
        this.priorPrecision = priorPrecision;
    }

    /**
     * Describes a fit, checking shapes and values.
     *
     * @param x the design rows, one per observation, each of the same length {@code k} (0 allowed with an
     *     intercept); finite (checked lazily, see the class documentation)
     * @param intercept whether the design has an implicit leading column of ones, whose parameter comes first
     * @param offset a fixed term added to each row's log-odds, or {@code null} for none; finite
     * @param target the targets in [0, 1], one per row (0/1 outcomes or soft labels)
     * @param weight positive finite observation weights, or {@code null} for 1 each
     * @param priorPrecision the Gaussian prior precision of each parameter, intercept first, each finite and
     *     {@code >= 0} (0 = flat), or {@code null} for none
     * @return the problem
     * @throws IllegalArgumentException if there are no rows, no parameters, the shapes disagree or a value is out
     *     of range, naming the first offending entry
     */
    public static LogitProblem of(double[][] x, boolean intercept, double[] offset, double[] target,
            double[] weight, double[] priorPrecision) {
        int n = x.length;
        if (n == 0) {
            throw new IllegalArgumentException("need at least one observation");
        }
        int k = x[0].length;
        int columns = k + (intercept ? 1 : 0);
        if (columns == 0) {
            throw new IllegalArgumentException("the design needs at least one column");
        }
        if ((offset != null && offset.length != n) || target.length != n || (weight != null && weight.length != n)) {
            throw new IllegalArgumentException("x, offset, target and weight must have one entry per observation ("
                    + n + ")");
        }
        if (priorPrecision != null && priorPrecision.length != columns) {
            throw new IllegalArgumentException("priorPrecision and start must have one entry per column (" + columns
                    + ")");
        }
        LogitProblem problem = new LogitProblem(x, intercept, k, offset, target, weight, priorPrecision);
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) {
                problem.requireFiniteDesign(i);
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " columns, expected " + k);
            }
            String bad = badEntry(i, offset, target, weight);
            if (bad != null) {
                problem.requireFiniteDesign(i + 1);
                throw new IllegalArgumentException(bad);
            }
        }
        if (priorPrecision != null) {
            for (int j = 0; j < columns; j++) {
                if (!(priorPrecision[j] >= 0 && priorPrecision[j] < Double.POSITIVE_INFINITY)) {
                    problem.requireFiniteDesign(n);
                    throw new IllegalArgumentException("priorPrecision[" + j + "] must be finite and >= 0, got "
                            + priorPrecision[j]);
                }
            }
        }
        return problem;
    }

    /** @return the message for row {@code i}'s target, offset or weight, or {@code null} if they are fine */
    private static String badEntry(int i, double[] offset, double[] target, double[] weight) {
        if (!(target[i] >= 0 && target[i] <= 1)) {
            return "target[" + i + "] must be in [0, 1], got " + target[i];
        }
        if (offset != null && !Double.isFinite(offset[i])) {
            return "offset[" + i + "] is not finite: " + offset[i];
        }
        if (weight != null && !(weight[i] > 0 && weight[i] < Double.POSITIVE_INFINITY)) {
            return "weight[" + i + "] must be positive and finite, got " + weight[i];
        }
        return null;
    }

    /**
     * Boolean outcomes as targets.
     *
     * @param outcomes the outcomes
     * @return 1 for {@code true}, 0 for {@code false}, one per outcome (a fresh array)
     */
    public static double[] targets(boolean[] outcomes) {
        double[] t = new double[outcomes.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = outcomes[i] ? 1 : 0;
        }
        return t;
    }

    /**
     * Throws for the first non-finite design value in rows {@code [0, rows)}, in row order.
     *
     * @param rows how many rows to scan
     * @throws IllegalArgumentException naming the first non-finite value
     */
    void requireFiniteDesign(int rows) {
        for (int i = 0; i < rows; i++) {
            double[] row = x[i];
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] is not finite: " + row[j]);
                }
            }
        }
    }

    /**
     * The usual starting point of an intercept model: every coefficient 0 and the intercept at the log-odds of the
     * smoothed weighted mean target, {@code logit((Σ w t + ½) / (Σ w + 1))}, which is finite even when every target
     * is 0 or 1.
     *
     * @return a fresh parameter vector, intercept first
     * @throws IllegalStateException if the problem has no intercept
     */
    public double[] baseRateStart() {
        if (!intercept) {
            throw new IllegalStateException("the problem has no intercept");
        }
        double positives = 0;
        double total = 0;
        for (int i = 0; i < target.length; i++) {
            double w = weight == null ? 1 : weight[i];
            positives += w * target[i];
            total += w;
        }
        double[] start = new double[columns()];
        start[0] = Probabilities.logit((positives + 0.5) / (total + 1.0));
        return start;
    }

    /** @return the number of observations, {@code >= 1} */
    public int rows() {
        return x.length;
    }

    /** @return the number of parameters: the row length, plus one with an implicit intercept */
    public int columns() {
        return features + (intercept ? 1 : 0);
    }

    /** @return whether the design has an implicit leading column of ones */
    public boolean hasIntercept() {
        return intercept;
    }

    /** @return the row length {@code k} (the explicit design columns) */
    int features() {
        return features;
    }

    /** @return row {@code i} (not a copy) */
    double[] row(int i) {
        return x[i];
    }

    /** @return the offset of row {@code i}, 0 without offsets */
    double offset(int i) {
        return offset == null ? 0 : offset[i];
    }

    /** @return whether there are offsets */
    boolean hasOffset() {
        return offset != null;
    }

    /** @return the target of row {@code i} */
    double target(int i) {
        return target[i];
    }

    /** @return the weight of row {@code i}, 1 without weights */
    double weight(int i) {
        return weight == null ? 1 : weight[i];
    }

    /** @return the prior precision of parameter {@code j}, 0 without a prior */
    double precision(int j) {
        return priorPrecision == null ? 0 : priorPrecision[j];
    }
}
