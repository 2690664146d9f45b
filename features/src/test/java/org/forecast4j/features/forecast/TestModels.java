package org.forecast4j.features.forecast;

import java.util.Map;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.prob.Probabilities;

/** Test-only models: the real logistic and Bayesian models come from other modules of work. */
final class TestModels {

    private TestModels() {
    }

    /**
     * σ(b + w·x), or with {@code variance > 0} the probit-moderated σ(t / √(1 + π·variance/8)) that a Bayesian
     * model's predictive probability has (so that probability ≠ σ(logOdds)), and with {@code halfWidth > 0} an
     * interval σ(t ± halfWidth) at level 0.9.
     */
    static final class Linear implements LinearLogOddsModel {
        private final FeatureSchema schema;
        private final LinearScorer scorer;
        private final double variance;
        private final double halfWidth;

        Linear(FeatureSchema schema, double intercept, double[] weights, double variance, double halfWidth) {
            this.schema = schema;
            this.scorer = LinearScorer.of(intercept, weights);
            this.variance = variance;
            this.halfWidth = halfWidth;
        }

        static Linear plain(FeatureSchema schema, double intercept, double... weights) {
            return new Linear(schema, intercept, weights, 0, 0);
        }

        @Override
        public String kind() {
            return "test-linear";
        }

        @Override
        public FeatureSchema schema() {
            return schema;
        }

        @Override
        public Provenance provenance() {
            return Provenance.of("test", Map.of(), 0);
        }

        @Override
        public double intercept() {
            return scorer.intercept();
        }

        @Override
        public double coefficient(int feature) {
            return scorer.weight(feature);
        }

        @Override
        public double probability(double[] x) {
            double t = scorer.logOdds(x);
            return variance == 0 ? Probabilities.sigmoid(t)
                    : Probabilities.sigmoid(t / Math.sqrt(1 + Math.PI * variance / 8));
        }

        @Override
        public ProbabilityInterval interval(double[] x) {
            if (halfWidth == 0) {
                return null;
            }
            double t = scorer.logOdds(x);
            return new ProbabilityInterval(Probabilities.sigmoid(t - halfWidth), Probabilities.sigmoid(t + halfWidth),
                    0.9);
        }

        @Override
        public ModelDocument toDocument() {
            return ModelDocument.of(kind(), schema, provenance(), ForecastJson.mapper().createObjectNode());
        }
    }

    /** Platt-form calibrator σ(a·logit(p) + b). */
    static final class Platt implements Calibrator {
        private final double a;
        private final double b;

        Platt(double a, double b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public String kind() {
            return "test-platt";
        }

        @Override
        public double calibrate(double p) {
            return Probabilities.sigmoid(a * Probabilities.logit(p) + b);
        }

        @Override
        public ModelDocument toDocument() {
            return ModelDocument.of(kind(), FeatureSchema.of("p"), Provenance.of("test", Map.of(), 0),
                    ForecastJson.mapper().createObjectNode());
        }
    }
}
