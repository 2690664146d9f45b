package org.forecast4j.scenario;

import org.forecast4j.features.event.Event;

/**
 * What one event added to a feature's contribution: for a decayed sum {@code λ · weight · 2^(−age/halfLife)},
 * for a count {@code λ}; the shares of a feature's events add up to its contribution (to rounding). NaN for kinds
 * whose value is not a sum over events (days-since, log-magnitude, or any transformed feature).
 *
 * @param event the event
 * @param logOdds its share of the log-odds, or NaN if the feature is not additive over events
 */
public record EventShare(Event event, double logOdds) {

    /** @return e.g. {@code tsmc-declines-crystal-land (partner-declined, published 2025-12-05T00:00:00Z): -0.299} */
    @Override
    public String toString() {
        return event.id() + " (" + event.type() + ", published " + event.published() + ")"
                + (Double.isNaN(logOdds) ? "" : ": " + ScenarioForecast.signed(logOdds));
    }
}
