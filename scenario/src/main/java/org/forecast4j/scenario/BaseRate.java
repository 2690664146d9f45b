package org.forecast4j.scenario;

import org.forecast4j.core.model.ProbabilityInterval;

/**
 * A base rate as of one time: the probability a reference class gives before any evidence, and the prior
 * log-odds (with their standard deviation) an evidence model starts from.
 *
 * @param model the base-rate model, {@code gamma-poisson-hazard} or {@code beta-binomial}
 * @param probability the base rate, in (0, 1)
 * @param logOdds the prior log-odds, finite: {@code logit(probability)}
 * @param logOddsSd the posterior standard deviation of the log-odds, {@code >= 0}
 * @param interval the base rate's own credible interval (from the reference-class posterior)
 * @param description how it was obtained, in one line, e.g. {@code 4 of 9 (Beta-binomial, prior Beta(0.5, 0.5))}
 */
public record BaseRate(String model, double probability, double logOdds, double logOddsSd,
        ProbabilityInterval interval, String description) {

    /** @return e.g. {@code 45.0% (90% 20.9% to 70.3%): 4 of 9 ... (Beta-binomial, prior Beta(0.50, 0.50))} */
    @Override
    public String toString() {
        return ScenarioForecast.percent(probability) + " (" + ScenarioForecast.level(interval) + " "
                + ScenarioForecast.percent(interval.lower()) + " to " + ScenarioForecast.percent(interval.upper())
                + "; log-odds " + ScenarioForecast.signed(logOdds) + " ± " + String.format(java.util.Locale.ROOT,
                        "%.3f", logOddsSd) + "): " + description;
    }
}
