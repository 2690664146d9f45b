package org.forecast4j.features.forecast;

import java.util.List;
import org.forecast4j.features.event.Event;

/**
 * What one feature added to a forecast's log-odds.
 *
 * @param feature the feature name
 * @param rawValue the value before the spec's transform
 * @param value the value the model saw
 * @param coefficient the model's log-odds per unit of the feature
 * @param logOdds {@code coefficient × value}, the log-odds this feature added
 * @param events the events behind the value (see
 *     {@link org.forecast4j.features.extract.FeatureValues#events(int)}); empty for live forecasts and
 *     features of the question alone
 */
public record Contribution(String feature, double rawValue, double value, double coefficient, double logOdds,
        List<Event> events) {
    /**
     * Copies the event list.
     *
     * @param feature the feature name
     * @param rawValue the value before the spec's transform
     * @param value the value the model saw
     * @param coefficient the model's log-odds per unit of the feature
     * @param logOdds {@code coefficient × value}, the log-odds this feature added
     * @param events the events behind the value (see {@link org.forecast4j.features.extract.FeatureValues#events(int)}); empty for live forecasts and features of the question alone
     */
    public Contribution {
        events = List.copyOf(events);
    }
}
