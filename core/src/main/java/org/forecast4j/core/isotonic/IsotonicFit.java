package org.forecast4j.core.isotonic;

/**
 * The result of {@link PoolAdjacentViolators#fit}: one point per distinct input, in increasing order of input,
 * with its fitted value (non-decreasing) and pooled weight, plus the fitted value of each original input in its
 * original position. Immutable: accessors return copies of the arrays.
 */
public final class IsotonicFit {
    private final double[] x;
    private final double[] fitted;
    private final double[] weight;
    private final double[] fittedAtInputs;

    IsotonicFit(double[] x, double[] fitted, double[] weight, double[] fittedAtInputs) {
        this.x = x;
        this.fitted = fitted;
        this.weight = weight;
        this.fittedAtInputs = fittedAtInputs;
    }

    /** @return the number of distinct inputs */
    public int size() {
        return x.length;
    }

    /** @return the distinct inputs, increasing (a copy) */
    public double[] x() {
        return x.clone();
    }

    /** @return the fitted value at each distinct input, non-decreasing (a copy) */
    public double[] fitted() {
        return fitted.clone();
    }

    /** @return the total weight pooled at each distinct input (a copy) */
    public double[] weight() {
        return weight.clone();
    }

    /** @return the fitted value of every original input, in the original order (a copy) */
    public double[] fittedAtInputs() {
        return fittedAtInputs.clone();
    }

    /**
     * @param i an input position in the original order
     * @return its fitted value
     */
    public double fittedAtInput(int i) {
        return fittedAtInputs[i];
    }
}
