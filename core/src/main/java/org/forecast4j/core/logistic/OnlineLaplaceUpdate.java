package org.forecast4j.core.logistic;

import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.prob.Probabilities;

/**
 * The online update of a {@link BayesianLogisticModel} by one example; its one job is
 * {@link BayesianLogisticModel#update(double[], boolean)}. First the forgetting step, if the model forgets
 * ({@code O(d³)}), then the Laplace approximation of {@code N(θ; m, Σ) · p(y | θ)}: the mode lies on
 * {@code m + Σx̃·t}, so it is found by a scalar Newton solve of {@code z = μ + s²(y − σ(z))}
 * ({@link #posteriorMode}), and the covariance follows by Sherman–Morrison ({@code O(d²)}). The log evidence grows
 * by the Laplace approximation of {@code ln p(y | earlier data)}.
 */
final class OnlineLaplaceUpdate {
    private OnlineLaplaceUpdate() {
    }

    /** The posterior after one more example; see {@link BayesianLogisticModel#update(double[], boolean)}. */
    static BayesianLogisticModel update(BayesianLogisticModel model, double[] x, boolean y) {
        FeatureSchema schema = model.schema();
        double[] mean = model.meanArray();
        double[] covariance = model.packedCovariance();
        double forgetting = model.forgetting();
        int k = schema.size();
        int d = k + 1;
        if (x.length != k) {
            throw new InvalidInputException("online update", 0, null, null, "has " + x.length
                    + " feature values, expected " + k + " (one per feature of " + schema.names() + ")");
        }
        for (int j = 0; j < k; j++) {
            if (!Double.isFinite(x[j])) {
                throw new InvalidInputException("online update", 0, schema.name(j), Double.toString(x[j]),
                        "is not a finite number");
            }
        }
        double[] m = mean;
        double[] packed = covariance;
        if (forgetting > 0) {
            double[][] forgotten = new double[d][];
            m = forget(model, forgotten);
            packed = PackedSymmetric.pack(forgotten);
        }
        double[] xt = new double[d];
        xt[0] = 1;
        System.arraycopy(x, 0, xt, 1, k);
        double[] v = PackedSymmetric.multiply(packed, d, xt);
        double mu = 0;
        double s2 = 0;
        for (int i = 0; i < d; i++) {
            mu += m[i] * xt[i];
            s2 += xt[i] * v[i];
        }
        s2 = Math.max(s2, 0);
        double z = posteriorMode(mu, s2, y);
        double p = Probabilities.sigmoid(z);
        double q = Probabilities.sigmoid(-z);
        double residual = y ? q : -p;
        double w = p * q;
        double[] nextMean = new double[d];
        for (int i = 0; i < d; i++) {
            nextMean[i] = m[i] + v[i] * residual;
        }
        double c = w / (1 + w * s2);
        double[] nextCovariance = new double[packed.length];
        int index = 0;
        for (int i = 0; i < d; i++) {
            double cv = c * v[i];
            for (int j = i; j < d; j++) {
                nextCovariance[index] = packed[index] - cv * v[j];
                index++;
            }
        }
        double logStep = -Probabilities.logLossFromLogOdds(z, y)
                - (s2 > 0 ? (z - mu) * (z - mu) / (2 * s2) : 0) - 0.5 * Math.log1p(w * s2);
        Provenance provenance = model.provenance();
        Provenance next = new Provenance(provenance.library(), provenance.libraryVersion(), provenance.trainer(),
                provenance.options(), provenance.trainingRows() + 1, provenance.trainingWindow(), provenance.seed());
        return new BayesianLogisticModel(schema, next, model.priorSd(), model.interceptPriorSd(), forgetting,
                nextMean, nextCovariance, model.logLikelihood(), model.logEvidence() + logStep, model.iterations(),
                model.converged(), model.onlineUpdates() + 1);
    }

    /** Stabilised forgetting: P ← (1−f)P + fP₀, Pm ← (1−f)Pm. Writes the new covariance, returns the mean. */
    private static double[] forget(BayesianLogisticModel model, double[][] covarianceOut) {
        double[] mean = model.meanArray();
        double forgetting = model.forgetting();
        double interceptPriorSd = model.interceptPriorSd();
        double priorSd = model.priorSd();
        double[] covariance = model.packedCovariance();
        long onlineUpdates = model.onlineUpdates();
        int d = mean.length;
        double keep = 1 - forgetting;
        try {
            double[][] precision = new ScaledCholesky(PackedSymmetric.unpack(covariance, d)).inverse();
            double[] h = new double[d];
            for (int i = 0; i < d; i++) {
                h[i] = keep * LinearScorer.dot(precision[i], 0, mean, 0, d);
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    precision[i][j] *= keep;
                }
                double priorVariance = i == 0 ? interceptPriorSd * interceptPriorSd : priorSd * priorSd;
                precision[i][i] += forgetting / priorVariance;
            }
            ScaledCholesky next = new ScaledCholesky(precision);
            double[][] nextCovariance = next.inverse();
            System.arraycopy(nextCovariance, 0, covarianceOut, 0, d);
            return next.solve(h);
        } catch (NonPositiveDefiniteMatrixException e) {
            throw new IllegalStateException("the posterior covariance is no longer numerically positive definite"
                    + " after " + onlineUpdates + " online updates; refit in batch", e);
        }
    }

    /**
     * The mode of {@code N(z; μ, s²) · p(y | z)}: the root of {@code g(z) = z − μ − s²·(y − σ(z))}, which
     * is increasing, by Newton's method safeguarded by bisection on the bracket {@code [μ, μ + s²]} (y true) or
     * {@code [μ − s², μ]} (y false).
     */
    static double posteriorMode(double mu, double s2, boolean y) {
        if (s2 == 0) {
            return mu;
        }
        double lo = y ? mu : mu - s2;
        double hi = y ? mu + s2 : mu;
        double z = mu;
        for (int iteration = 0; iteration < 200; iteration++) {
            double p = Probabilities.sigmoid(z);
            double q = Probabilities.sigmoid(-z);
            double g = z - mu - s2 * (y ? q : -p);
            if (g == 0) {
                return z;
            }
            if (g < 0) {
                lo = z;
            } else {
                hi = z;
            }
            double next = z - g / (1 + s2 * p * q);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - z) <= 1e-15 * (1 + Math.abs(z)) || hi - lo <= 1e-15 * (1 + Math.abs(z))) {
                return next;
            }
            z = next;
        }
        return z;
    }
}
