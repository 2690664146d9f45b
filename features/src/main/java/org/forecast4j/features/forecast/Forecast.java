package org.forecast4j.features.forecast;

import java.time.Instant;
import java.util.List;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.text.TextTable;

/**
 * A probability for a question as of a time, with the evidence behind it. See the package documentation for
 * how {@code probability}, {@code logOdds} and the contributions relate. Immutable; serialises to JSON with
 * {@code ForecastJson}.
 *
 * @param questionId the question
 * @param asOf the time the features are as of
 * @param probability the forecast probability of YES, in [0, 1]: the model's, calibrated if a calibrator is set
 * @param modelProbability the model's probability before calibration
 * @param logOdds the linear predictor {@code baseLogOdds + Σ contributions}, summed in feature order
 * @param baseLogOdds the model's intercept: the log-odds with every feature at zero
 * @param interval the model's probability interval, calibrated end by end; {@code null} if the model has none
 * @param contributions one per feature, in spec order
 * @param modelKind the model's logical kind
 * @param featureSchemaHash the hash of the feature schema shared by spec and model
 */
public record Forecast(String questionId, Instant asOf, double probability, double modelProbability,
        double logOdds, double baseLogOdds, ProbabilityInterval interval, List<Contribution> contributions,
        String modelKind, String featureSchemaHash) {

    /**
     * Copies the contributions.
     *
     * @param questionId the question
     * @param asOf the time the features are as of
     * @param probability the forecast probability of YES, in [0, 1]: the model's, calibrated if a calibrator is set
     * @param modelProbability the model's probability before calibration
     * @param logOdds the linear predictor {@code baseLogOdds + Σ contributions}, summed in feature order
     * @param baseLogOdds the model's intercept: the log-odds with every feature at zero
     * @param interval the model's probability interval, calibrated end by end; {@code null} if the model has none
     * @param contributions one per feature, in spec order
     * @param modelKind the model's logical kind
     * @param featureSchemaHash the hash of the feature schema shared by spec and model
     */
    public Forecast {
        contributions = List.copyOf(contributions);
    }

    /**
     * Adds the contributions to the base log-odds in feature order, exactly as {@code logOdds} was computed.
     *
     * @return a value equal to {@link #logOdds()} bit for bit
     */
    public double logOddsFromContributions() {
        double total = baseLogOdds;
        for (Contribution c : contributions) {
            total += c.logOdds();
        }
        return total;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("forecast for ").append(questionId).append(" as of ").append(asOf).append('\n');
        sb.append("probability ").append(TextTable.number(probability));
        if (probability != modelProbability) {
            sb.append(" (model ").append(TextTable.number(modelProbability)).append(", calibrated)");
        }
        if (interval != null) {
            sb.append(", ").append(Math.round(interval.level() * 100)).append("% interval [")
                    .append(TextTable.number(interval.lower())).append(", ")
                    .append(TextTable.number(interval.upper())).append(']');
        }
        sb.append("\nlog-odds ").append(TextTable.number(logOdds)).append(" = base ")
                .append(TextTable.number(baseLogOdds)).append(" + contributions (model: ").append(modelKind)
                .append(")\n");
        TextTable table = new TextTable("feature", "value", "coefficient", "log-odds", "events");
        for (Contribution c : contributions) {
            table.row(c.feature(), TextTable.number(c.value()), TextTable.number(c.coefficient()),
                    TextTable.number(c.logOdds()), c.events().size());
        }
        sb.append(table);
        return sb.toString();
    }
}
