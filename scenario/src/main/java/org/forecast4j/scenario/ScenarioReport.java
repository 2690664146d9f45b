package org.forecast4j.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.features.event.Event;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every question of a scenario forecast as of one time, with how each batch of published events moved the
 * probabilities. {@link #toString()} is what {@code forecast demo} prints; {@link #toJson()} what it prints
 * with {@code --json}. Immutable.
 */
public final class ScenarioReport {

    /**
     * The probabilities just after one publication time.
     *
     * @param published the publication time
     * @param events how many events were published then
     * @param probabilities one per question in scenario order; NaN where the question had not opened
     */
    public record Arrival(Instant published, int events, List<Double> probabilities) {
        /**
         * Copies the list.
         *
         * @param published the publication time
         * @param events how many events were published then
         * @param probabilities one per question in scenario order; NaN where the question had not opened
         */
        public Arrival {
            probabilities = List.copyOf(probabilities);
        }
    }

    private final Scenario scenario;
    private final Instant asOf;
    private final List<ScenarioForecast> forecasts;
    private final List<Arrival> arrivals;

    ScenarioReport(Scenario scenario, Instant asOf, List<ScenarioForecast> forecasts, List<Arrival> arrivals) {
        this.scenario = scenario;
        this.asOf = asOf;
        this.forecasts = List.copyOf(forecasts);
        this.arrivals = List.copyOf(arrivals);
    }

    /** @return the scenario */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the time the forecasts are as of */
    public Instant asOf() {
        return asOf;
    }

    /** @return one forecast per question, in scenario order */
    public List<ScenarioForecast> forecasts() {
        return forecasts;
    }

    /**
     * @param questionId a question's id
     * @return its forecast
     * @throws IllegalArgumentException if the scenario has no such question
     */
    public ScenarioForecast forecast(String questionId) {
        for (ScenarioForecast f : forecasts) {
            if (f.question().id().equals(questionId)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no question '" + questionId + "' in scenario " + scenario.name());
    }

    /** @return the probabilities after each publication time up to the as-of time */
    public List<Arrival> arrivals() {
        return arrivals;
    }

    /**
     * The report as JSON: {@code scenario}, {@code title}, {@code asOf}, {@code forecasts} (see
     * {@link ScenarioForecast#toJson()}) and {@code arrivals} ({@code published}, {@code events},
     * {@code probabilities} by question id, absent before a question opened).
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        node.put("scenario", scenario.name());
        node.put("title", scenario.title());
        node.put("asOf", asOf.toString());
        ArrayNode list = node.putArray("forecasts");
        for (ScenarioForecast f : forecasts) {
            list.add(f.toJson());
        }
        ArrayNode arrived = node.putArray("arrivals");
        for (Arrival a : arrivals) {
            ObjectNode item = arrived.addObject();
            item.put("published", a.published().toString());
            item.put("events", a.events());
            ObjectNode probabilities = item.putObject("probabilities");
            for (int i = 0; i < forecasts.size(); i++) {
                double p = a.probabilities().get(i);
                if (!Double.isNaN(p)) {
                    probabilities.put(forecasts.get(i).question().id(), p);
                }
            }
        }
        return node;
    }

    /** @return a one-row-per-question summary: question, P(YES), interval, base rate */
    public String summary() {
        String level = forecasts.isEmpty() ? "" : ScenarioForecast.level(forecasts.get(0).interval()) + " ";
        TextTable table = new TextTable("question", "P(YES)", level + "interval", "base rate", "deadline");
        for (ScenarioForecast f : forecasts) {
            table.row(f.question().id(), ScenarioForecast.percent(f.probability()),
                    ScenarioForecast.percent(f.interval().lower()) + " to "
                            + ScenarioForecast.percent(f.interval().upper()),
                    ScenarioForecast.percent(f.baseRate().probability()), f.question().deadline());
        }
        return table.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        List<Event> events = scenario.events().events();
        sb.append("Scenario '").append(scenario.name()).append("': ").append(scenario.title()).append('\n');
        sb.append(events.size()).append(" events published ").append(scenario.events().firstPublished())
                .append(" to ").append(scenario.events().lastPublished()).append("; forecasts as of ").append(asOf)
                .append(asOf.equals(scenario.events().lastPublished()) ? " (the latest event)" : "").append("\n\n");
        sb.append(summary());
        if (!arrivals.isEmpty()) {
            sb.append('\n');
            List<String> headers = new ArrayList<>();
            headers.add("as the events arrived");
            headers.add("events");
            for (ScenarioForecast f : forecasts) {
                headers.add(f.question().id());
            }
            TextTable table = new TextTable(headers.toArray(new String[0]));
            for (Arrival a : arrivals) {
                List<Object> row = new ArrayList<>();
                row.add(a.published().toString());
                row.add(a.events());
                for (double p : a.probabilities()) {
                    row.add(Double.isNaN(p) ? "not open" : ScenarioForecast.percent(p));
                }
                table.row(row.toArray());
            }
            sb.append(table);
        }
        for (ScenarioForecast f : forecasts) {
            sb.append('\n').append(f);
        }
        return sb.toString();
    }
}
