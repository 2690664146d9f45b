package org.forecast4j.core.logistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;

/**
 * Checks run on training data before a fit: well-formed input, a full-rank design (for the unpenalised
 * fit), and no separation of the outcomes (for the unpenalised fit). Package-private.
 */
final class DesignChecks {
    /** A feature whose residual, after projecting out the earlier columns, is below this fraction of its norm
     * is taken to be a linear combination of them. */
    static final double RANK_TOLERANCE = 1e-9;

    private static final String REMEDY = "add an L2 penalty (LogisticRegression.Options.l2; --l2 on the command"
            + " line, e.g. --l2 1) or use Bayesian logistic regression (--model bayes-logistic), whose prior keeps"
            + " every coefficient finite";

    private DesignChecks() {
    }

    /**
     * Checks shapes and values.
     *
     * @throws InvalidInputException naming the row and feature of the first bad value, or the mismatch
     */
    static void requireWellFormed(double[][] x, boolean[] y, FeatureSchema schema) {
        if (x.length != y.length) {
            throw new InvalidInputException("training data", 0, null, null,
                    "has " + x.length + " feature rows but " + y.length + " outcomes");
        }
        if (x.length == 0) {
            throw InvalidInputException.of("training data", "has no rows: nothing to fit");
        }
        int k = schema.size();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != k) {
                throw new InvalidInputException("training row " + (i + 1), 0, null, null, "has "
                        + (x[i] == null ? "no" : Integer.toString(x[i].length)) + " values, expected " + k
                        + " (one per feature of " + schema.names() + ")");
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new InvalidInputException("training row " + (i + 1), 0, schema.name(j),
                            Double.toString(x[i][j]), "is not a finite number");
                }
            }
        }
    }

    /**
     * Refuses data whose outcomes are all the same: the intercept alone separates them.
     *
     * @param remedy what to do instead, appended to the message
     * @throws SeparationException if every outcome is equal
     */
    static void requireBothOutcomes(boolean[] y, String remedy) {
        int ones = 0;
        for (boolean outcome : y) {
            ones += outcome ? 1 : 0;
        }
        if (ones == 0 || ones == y.length) {
            String value = ones == 0 ? "0" : "1";
            throw new SeparationException(true, List.of("intercept"), "the data are completely separated: every"
                    + " outcome is " + value + " (all " + y.length + " rows), so the intercept's"
                    + " maximum-likelihood estimate is " + (ones == 0 ? "-" : "+") + "infinity; " + remedy);
        }
    }

    /** The remedy for unpenalised fits. */
    static String remedy() {
        return REMEDY;
    }

    /**
     * Checks that the columns (an implicit intercept, then the features) are linearly independent, by modified
     * Gram–Schmidt with re-orthogonalisation. {@code O(n·d²)} time, {@code O(n·d)} memory.
     *
     * @throws CollinearityException naming the first feature that is a combination of earlier columns
     */
    static void requireFullRank(double[][] x, FeatureSchema schema) {
        int n = x.length;
        int k = schema.size();
        int d = k + 1;
        if (n < d) {
            List<String> all = new ArrayList<>();
            all.add("intercept");
            all.addAll(schema.names());
            throw new CollinearityException(all, "the design is singular: " + n + " rows cannot identify " + d
                    + " parameters (the intercept and " + k + " features); fit fewer features, or " + REMEDY);
        }
        List<double[]> basis = new ArrayList<>();      // orthonormal columns q_i
        List<double[]> expression = new ArrayList<>(); // q_i = Σ_l expression[i][l] · column_l
        double[] q0 = new double[n];
        java.util.Arrays.fill(q0, 1.0 / Math.sqrt(n));
        double[] t0 = new double[d];
        t0[0] = 1.0 / Math.sqrt(n);
        basis.add(q0);
        expression.add(t0);
        for (int j = 0; j < k; j++) {
            double[] v = new double[n];
            double norm0 = 0;
            for (int i = 0; i < n; i++) {
                v[i] = x[i][j];
                norm0 += v[i] * v[i];
            }
            norm0 = Math.sqrt(norm0);
            if (norm0 == 0) {
                throw new CollinearityException(List.of(schema.name(j)), "the design is singular: feature '"
                        + schema.name(j) + "' is 0 in every row, so its coefficient is not identified; drop it");
            }
            double[] r = new double[basis.size()];
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < basis.size(); b++) {
                    double[] q = basis.get(b);
                    double c = 0;
                    for (int i = 0; i < n; i++) {
                        c += q[i] * v[i];
                    }
                    r[b] += c;
                    for (int i = 0; i < n; i++) {
                        v[i] -= c * q[i];
                    }
                }
            }
            double residual = 0;
            for (int i = 0; i < n; i++) {
                residual += v[i] * v[i];
            }
            residual = Math.sqrt(residual);
            double[] combination = new double[d]; // column_j ≈ Σ_l combination[l] · column_l (l < j+1)
            for (int b = 0; b < basis.size(); b++) {
                double[] t = expression.get(b);
                for (int l = 0; l < d; l++) {
                    combination[l] += r[b] * t[l];
                }
            }
            if (residual <= RANK_TOLERANCE * norm0) {
                throw collinear(x, schema, j, combination, norm0);
            }
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                q[i] = v[i] / residual;
            }
            double[] t = new double[d];
            t[j + 1] = 1.0 / residual;
            for (int l = 0; l < d; l++) {
                t[l] -= combination[l] / residual;
            }
            basis.add(q);
            expression.add(t);
        }
    }

    private static CollinearityException collinear(double[][] x, FeatureSchema schema, int j, double[] combination,
            double norm0) {
        String name = schema.name(j);
        int n = x.length;
        List<String> involved = new ArrayList<>();
        involved.add(name);
        StringBuilder relation = new StringBuilder();
        boolean interceptInvolved = Math.abs(combination[0]) * Math.sqrt(n) > 1e-7 * norm0;
        for (int l = 1; l <= j; l++) {
            double columnNorm = 0;
            for (double[] row : x) {
                columnNorm += row[l - 1] * row[l - 1];
            }
            if (Math.abs(combination[l]) * Math.sqrt(columnNorm) > 1e-7 * norm0) {
                involved.add(schema.name(l - 1));
                appendTerm(relation, combination[l], schema.name(l - 1));
            }
        }
        if (involved.size() == 1) {
            return new CollinearityException(List.of(name, "intercept"), "the design is singular: feature '"
                    + name + "' is constant (" + x[0][j] + " in every row), so it duplicates the intercept and its"
                    + " coefficient is not identified; drop it");
        }
        if (interceptInvolved) {
            involved.add("intercept");
            appendTerm(relation, combination[0], null);
        }
        List<String> others = involved.subList(1, involved.size());
        return new CollinearityException(involved, "the design is singular: feature '" + name + "' is a linear"
                + " combination of " + quoted(others) + " (" + name + " = " + relation + "), so their coefficients"
                + " are not identified; drop one of them, or " + REMEDY);
    }

    /**
     * Checks that the outcomes overlap, i.e. that the maximum-likelihood estimate exists (given full rank).
     *
     * <p>With {@code a_i = s_i·(1, x_i)} and {@code s_i = ±1} for outcome 1/0, the data are (quasi-)separated
     * exactly when some {@code β} has {@code a_iᵀβ >= 0} for every row and {@code > 0} for at least one. By
     * Stiemke's theorem of the alternative that fails exactly when some strictly positive {@code λ} has
     * {@code Σ λ_i a_i = 0}; by scaling, when some {@code λ >= 1} does — a linear-programming feasibility
     * problem with one equality per parameter, solved by commons-math3's simplex method. If it is infeasible,
     * Gordan's theorem tells complete from quasi-complete separation: the separation is complete exactly when
     * no {@code λ >= 0} with {@code Σ λ_i = 1} has {@code Σ λ_i a_i = 0} (Konis, "Linear programming algorithms
     * for detecting separated data in binary logistic regression models", DPhil thesis, Oxford, 2007).
     *
     * <p>The simplex tableau holds {@code (d + 2) × (n + d + 1)} doubles.
     *
     * @throws SeparationException if the data are separated
     */
    static void requireOverlap(double[][] x, boolean[] y, FeatureSchema schema) {
        int n = x.length;
        int k = schema.size();
        int d = k + 1;
        double[][] columns = new double[d][n]; // a_ij, each parameter's row scaled to max |a_ij| = 1
        for (int j = 0; j < d; j++) {
            double max = 0;
            for (int i = 0; i < n; i++) {
                double value = (j == 0 ? 1.0 : x[i][j - 1]) * (y[i] ? 1.0 : -1.0);
                columns[j][i] = value;
                max = Math.max(max, Math.abs(value));
            }
            if (max > 0) {
                for (int i = 0; i < n; i++) {
                    columns[j][i] /= max;
                }
            }
        }
        // Stiemke: λ = 1 + μ, μ >= 0, Σ_i a_ij μ_i = -Σ_i a_ij.
        List<LinearConstraint> stiemke = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += columns[j][i];
            }
            stiemke.add(new LinearConstraint(columns[j], Relationship.EQ, -sum));
        }
        if (feasible(stiemke, n)) {
            return;
        }
        List<LinearConstraint> gordan = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            gordan.add(new LinearConstraint(columns[j], Relationship.EQ, 0.0));
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        gordan.add(new LinearConstraint(ones, Relationship.EQ, 1.0));
        boolean complete = !feasible(gordan, n);
        throw separated(x, y, schema, complete);
    }

    private static boolean feasible(List<LinearConstraint> constraints, int variables) {
        try {
            new SimplexSolver().optimize(new MaxIter(1_000_000),
                    new LinearObjectiveFunction(new double[variables], 0.0),
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true),
                    PivotSelectionRule.BLAND);
            return true;
        } catch (NoFeasibleSolutionException e) {
            return false;
        } catch (TooManyIterationsException e) {
            throw new IllegalStateException("the separation check did not finish", e);
        }
    }

    private static SeparationException separated(double[][] x, boolean[] y, FeatureSchema schema, boolean complete) {
        List<String> separating = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (int j = 0; j < schema.size(); j++) {
            double max0 = Double.NEGATIVE_INFINITY;
            double min0 = Double.POSITIVE_INFINITY;
            double max1 = Double.NEGATIVE_INFINITY;
            double min1 = Double.POSITIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                double v = x[i][j];
                if (y[i]) {
                    max1 = Math.max(max1, v);
                    min1 = Math.min(min1, v);
                } else {
                    max0 = Math.max(max0, v);
                    min0 = Math.min(min0, v);
                }
            }
            String name = schema.name(j);
            if (max0 <= min1) {
                separating.add(name);
                descriptions.add(String.format(Locale.ROOT, "'%s' alone separates them (%s <= %s in every row"
                        + " with outcome 0, %s >= %s in every row with outcome 1)", name, name, number(max0), name,
                        number(min1)));
            } else if (max1 <= min0) {
                separating.add(name);
                descriptions.add(String.format(Locale.ROOT, "'%s' alone separates them (%s >= %s in every row"
                        + " with outcome 0, %s <= %s in every row with outcome 1)", name, name, number(min0), name,
                        number(max1)));
            }
        }
        String which = descriptions.isEmpty() ? "a linear combination of the features separates the outcomes"
                : String.join("; ", descriptions);
        return new SeparationException(complete, separating, "the data are "
                + (complete ? "completely" : "quasi-completely") + " separated: " + which + ", so the"
                + " maximum-likelihood coefficients are infinite and no finite fit exists; " + REMEDY);
    }

    private static String quoted(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("intercept".equals(name) ? "the intercept" : "'" + name + "'");
        }
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    /** Six significant digits, trailing zeros of the fraction removed: 2, 0.5, 1.23457e+07. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.6g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        String suffix = exponent < 0 ? "" : text.substring(exponent);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + suffix;
    }

    private static void appendTerm(StringBuilder relation, double coefficient, String name) {
        if (relation.length() == 0) {
            relation.append(coefficient < 0 ? "-" : "");
        } else {
            relation.append(coefficient < 0 ? " - " : " + ");
        }
        relation.append(number(Math.abs(coefficient)));
        if (name != null) {
            relation.append('·').append(name);
        }
    }
}
