package org.forecast4j.scenario;

/**
 * What a forecast would become under one change: a new event of a type the spec counts, or time passing with
 * no news.
 *
 * @param change the change, e.g. {@code one new risk-signal event (credibility 1)}
 * @param feature the feature the change moves, or {@code null} for time passing
 * @param probability the probability after the change
 * @param logOddsChange the change in log-odds
 */
public record WhatIf(String change, String feature, double probability, double logOddsChange) {

    /** @return e.g. {@code one new funds-disbursed event -> 95.5% (log-odds +4.000)} */
    @Override
    public String toString() {
        return change + " -> " + ScenarioForecast.percent(probability) + " (log-odds "
                + ScenarioForecast.signed(logOddsChange) + ")";
    }
}
