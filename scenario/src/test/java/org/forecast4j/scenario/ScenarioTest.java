package org.forecast4j.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.forecast.Forecaster;
import org.forecast4j.features.live.LiveOptions;
import org.forecast4j.features.forecast.Contribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The scenario loader and its forecasts, on a small scenario (src/test/resources/scenario) whose numbers are
 * computed by hand in the comments.
 */
class ScenarioTest {
    static final Path DIR = Path.of("src/test/resources/scenario");
    static final Instant FEB21 = Instant.parse("2026-02-21T00:00:00Z");
    static final double Z90 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.95);

    @TempDir
    Path tmp;

    @Test
    void betaBinomialQuestionAddsTheAnalystRatiosToTheReferenceClassPrior() {
        Scenario scenario = Scenario.load(DIR);
        ScenarioForecast a = scenario.question("a").forecast(scenario.events(), FEB21);
        // Reference class: 3 of 10 on time, Beta(1, 1) prior -> Beta(4, 8), mean 1/3, log-odds ln(1/2).
        assertEquals(1.0 / 3, a.baseRate().probability(), 1e-15);
        assertEquals(-Math.log(2), a.baseLogOdds(), 1e-15);
        assertEquals(Math.sqrt(Gamma.trigamma(4) + Gamma.trigamma(8)), a.baseRate().logOddsSd(), 1e-15);
        // deals: count in (t - 30 d, t]: e1 (20 days old) and e2 (published on the 21st); not e6 (another entity)
        // nor e5 (occurred on the 15th but published on 10 March). 2 x 0.5 = 1.0.
        // news: e3 aged 10 days = one half-life, credibility 1 -> 0.5; e4 aged 0, credibility 0.5 -> 0.5. 1 x -0.4.
        List<Contribution> c = a.contributions();
        assertEquals("deals", c.get(0).feature());
        assertEquals(2, c.get(0).value());
        assertEquals(1.0, c.get(0).logOdds(), 1e-15);
        assertEquals(List.of("e1", "e2"), ids(c.get(0).events()));
        assertEquals("news", c.get(1).feature());
        assertEquals(1.0, c.get(1).value(), 1e-15);
        assertEquals(-0.4, c.get(1).logOdds(), 1e-15);
        // log-odds = -ln 2 + 1 - 0.4 = 0.6 - ln 2; p = 1 / (1 + 2 e^-0.6)
        assertEquals(0.6 - Math.log(2), a.logOdds(), 1e-15);
        assertEquals(1 / (1 + 2 * Math.exp(-0.6)), a.probability(), 1e-15);
        // variance = trigamma(4) + trigamma(8) + (2 x 0.2)^2 + (1 x 0.1)^2
        double sd = Math.sqrt(Gamma.trigamma(4) + Gamma.trigamma(8) + 0.16 + 0.01);
        assertEquals(Probabilities.sigmoid(a.logOdds() - Z90 * sd), a.interval().lower(), 1e-12);
        assertEquals(Probabilities.sigmoid(a.logOdds() + Z90 * sd), a.interval().upper(), 1e-12);
        assertEquals(0.9, a.interval().level());
    }

    @Test
    void contributionsAddUpExactlyAndEventSharesAddUpToTheirFeature() {
        Scenario scenario = Scenario.load(DIR);
        for (Instant t : List.of(FEB21, Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"))) {
            for (ScenarioForecast f : scenario.forecast(t).forecasts()) {
                assertEquals(f.logOdds(), f.forecast().logOddsFromContributions(), "bit for bit: " + f.question());
                assertEquals(f.baseLogOdds(), f.model().intercept());
                for (int i = 0; i < f.contributions().size(); i++) {
                    double sum = 0;
                    for (EventShare s : f.shares(i)) {
                        sum += s.logOdds();
                    }
                    assertEquals(f.contributions().get(i).logOdds(), sum, 1e-12, f.contributions().get(i).feature());
                }
                assertTrue(f.probability() >= 0 && f.probability() <= 1);
                assertTrue(f.interval().lower() <= f.probability() && f.probability() <= f.interval().upper());
            }
        }
        ScenarioForecast a = scenario.question("a").forecast(scenario.events(), FEB21);
        // news shares: e3 0.5 x -0.4 = -0.2, e4 0.5 x -0.4 = -0.2
        assertEquals(-0.2, a.shares(1).get(0).logOdds(), 1e-15);
        assertEquals(-0.2, a.shares(1).get(1).logOdds(), 1e-15);
    }

    @Test
    void jsonContributionsAddUpToTheLogOddsBitForBit() {
        Scenario scenario = Scenario.load(DIR);
        JsonNode root = ForecastJson.mapper().readTree(ForecastJson.toPrettyJson(scenario.forecast(FEB21).toJson()));
        assertEquals(2, root.get("forecasts").size());
        for (JsonNode f : root.get("forecasts")) {
            double total = f.get("baseLogOdds").doubleValue();
            for (JsonNode c : f.get("contributions")) {
                total += c.get("logOdds").doubleValue();
            }
            assertEquals(f.get("logOdds").doubleValue(), total, "exactly, in the listed order");
            assertEquals(Probabilities.sigmoid(f.get("logOdds").doubleValue()), f.get("probability").doubleValue());
            assertTrue(f.get("interval").get("lower").doubleValue() < f.get("interval").get("upper").doubleValue());
        }
        JsonNode a = root.get("forecasts").get(0);
        assertEquals("a", a.get("question").asString());
        assertEquals("e1", a.get("contributions").get(0).get("events").get(0).get("id").asString());
        assertEquals(0.5, a.get("contributions").get(0).get("events").get(0).get("logOdds").doubleValue());
        assertEquals("beta-binomial", a.get("baseRate").get("model").asString());
    }

    @Test
    void hazardBaseRateFallsAsTheWindowRunsOut() {
        Scenario scenario = Scenario.load(DIR);
        ScenarioQuestion b = scenario.question("b");
        HazardBaseRate hazard = (HazardBaseRate) b.baseRate();
        // 3 events in 10 years, Jeffreys Gamma(0.5, 0) -> Gamma(3.5, 10). The window is the second half of 2026,
        // half a year of exposure. Before it opens the whole half-year is left: P = 1 - (10/10.5)^3.5.
        assertEquals(0.5, hazard.horizon(FEB21), 1e-15);
        assertEquals(1 - Math.pow(10 / 10.5, 3.5), b.forecast(scenario.events(), FEB21).baseRate().probability(),
                1e-15);
        // On 1 October 92 of the window's 184 days are left: h = 0.25, P = 1 - (10/10.25)^3.5.
        Instant oct1 = Instant.parse("2026-10-01T00:00:00Z");
        assertEquals(0.25, hazard.horizon(oct1), 1e-15);
        ScenarioForecast f = b.forecast(scenario.events(), oct1);
        assertEquals(1 - Math.pow(10 / 10.25, 3.5), f.baseRate().probability(), 1e-15);
        assertEquals(Probabilities.logit(f.baseRate().probability()), f.baseLogOdds(), 1e-12);
        // deals in the past 365 days: e1, e2, e5 (published 10 March) -> 3 x 0.3
        assertEquals(0.9, f.contributions().get(0).logOdds(), 1e-15);
        assertEquals(f.baseLogOdds() + 0.9, f.logOdds(), 1e-15);
        IllegalArgumentException closed = assertThrows(IllegalArgumentException.class,
                () -> b.forecast(scenario.events(), Instant.parse("2027-01-01T00:00:00Z")));
        assertTrue(closed.getMessage().contains("has closed"), closed.getMessage());
    }

    @Test
    void liveForecasterMovesTheHazardPriorWithTheClock() {
        Scenario scenario = Scenario.load(DIR);
        ScenarioQuestion b = scenario.question("b");
        // One forecaster, built once, fed every event: at each time its read equals the batch forecast from the
        // model as of that time (whose prior is the hazard's base rate then), before and inside the window.
        Forecaster live = b.forecaster(LiveOptions.exact());
        assertEquals(ScenarioQuestion.BASE_RATE_FEATURE, live.spec().feature(0).name());
        live.register(b.question());
        List<Event> events = scenario.events().events();
        int next = 0;
        double previous = Double.NaN;
        for (String day : new String[] {"2026-02-21", "2026-07-01", "2026-10-01", "2026-12-20"}) {
            Instant t = Instant.parse(day + "T00:00:00Z");
            while (next < events.size() && !events.get(next).published().isAfter(t)) {
                live.onEvent(events.get(next++));
            }
            ScenarioForecast batch = b.forecastOnly(scenario.events(), t);
            double p = live.probability(b.id(), t);
            assertEquals(batch.probability(), p, 1e-12, day);
            assertEquals(batch.baseLogOdds(), live.forecastLive(b.id(), t).contributions().get(0).logOdds(), 1e-12,
                    day);
            if (day.compareTo("2026-07-01") > 0) {
                assertTrue(p < previous, "inside the window the prior falls with the clock: " + day);
            }
            previous = p;
        }
        // Published reads (1 s resolution) give the same value.
        Forecaster published = b.forecaster();
        published.register(b.question());
        Instant oct1 = Instant.parse("2026-10-01T00:00:00Z");
        assertEquals(b.forecastOnly(EventLog.empty(), oct1).probability(), published.probability(b.id(), oct1),
                1e-12);
        // The interval's prior sd is the base rate's at the whole window (the widest).
        HazardBaseRate hazard = (HazardBaseRate) b.baseRate();
        assertEquals(hazard.at(FEB21).logOddsSd(), ((EvidenceModel) live.model()).priorLogOddsSd(), 1e-15);
        // A reference-class base rate is constant: its prior stays in the model.
        ScenarioQuestion a = scenario.question("a");
        assertEquals(a.spec().size(), a.forecaster().spec().size());
        assertEquals(a.model(FEB21).priorProbability(),
                ((EvidenceModel) a.forecaster().model()).priorProbability(), 0.0);
    }

    @Test
    void whatIfsAddOneEventOrLetTimePass() {
        Scenario scenario = Scenario.load(DIR);
        ScenarioForecast a = scenario.question("a").forecast(scenario.events(), FEB21);
        WhatIf deal = find(a.whatIfs(), "deals");
        assertEquals("one new deal event", deal.change());
        assertEquals(0.5, deal.logOddsChange(), 1e-15);
        assertEquals(Probabilities.sigmoid(a.logOdds() + 0.5), deal.probability(), 1e-15);
        WhatIf news = find(a.whatIfs(), "news");
        assertEquals("one new news event (credibility 1)", news.change());
        assertEquals(-0.4, news.logOddsChange(), 1e-15);
        WhatIf quiet = find(a.whatIfs(), null);
        // 90 days on, with only what was published by 21 February: no deal in the 30-day window; news: e3 is 100
        // days (10 half-lives) old, credibility 1, and e4 90 days (9 half-lives), credibility 0.5.
        ScenarioForecast later = scenario.question("a").forecast(
                org.forecast4j.features.event.EventLog.of(scenario.events().publishedBy(FEB21).events()),
                FEB21.plus(ScenarioQuestion.NO_NEWS));
        assertEquals("no news until 2026-05-22", quiet.change());
        assertEquals(later.probability(), quiet.probability());
        assertEquals(0, later.contributions().get(0).value());
        assertEquals(Math.pow(2, -10) + 0.5 * Math.pow(2, -9), later.contributions().get(1).value(), 1e-15);
    }

    @Test
    void reportListsArrivalsAndReadsAsATable() {
        Scenario scenario = Scenario.load(DIR);
        ScenarioReport report = scenario.forecast(Instant.parse("2026-03-10T00:00:00Z"));
        // publication times by 10 March: 1 Feb (e1), 10 Feb (e6), 11 Feb (e3), 21 Feb (e2, e4), 10 Mar (e5)
        List<Instant> times = new ArrayList<>();
        for (ScenarioReport.Arrival arrival : report.arrivals()) {
            times.add(arrival.published());
        }
        assertEquals(List.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-10T00:00:00Z"),
                Instant.parse("2026-02-11T00:00:00Z"), FEB21, Instant.parse("2026-03-10T00:00:00Z")), times);
        assertEquals(2, report.arrivals().get(3).events());
        assertEquals(scenario.question("a").forecastOnly(scenario.events(), FEB21).probability(),
                report.arrivals().get(3).probabilities().get(0));
        String text = report.toString();
        assertTrue(text.contains("Scenario 'test'"), text);
        assertTrue(text.contains("as the events arrived"), text);
        assertTrue(text.contains("e5 +0.300"), "each event's share: " + text);
        assertTrue(text.contains("would move it:"), text);
        assertEquals(text, scenario.forecast(Instant.parse("2026-03-10T00:00:00Z")).toString(), "deterministic");
        assertTrue(scenario.toString().contains("beta-binomial"));
        assertTrue(scenario.question("a").toString().contains("deals help"));
    }

    @Test
    void trajectoryRunsFromOpeningToDeadlineAndSeesNothingAfterTheAsOfTime() {
        Scenario scenario = Scenario.load(DIR);
        Trajectory t = scenario.trajectory(FEB21);
        assertEquals(List.of("a", "b"), t.questions());
        List<Trajectory.Point> b = t.points("b");
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), b.get(0).time());
        assertEquals(Instant.parse("2026-12-31T00:00:00Z"), b.get(b.size() - 1).time());
        double previous = 1;
        for (Trajectory.Point p : b) {
            assertTrue(p.lower() <= p.probability() && p.probability() <= p.upper());
            assertEquals(p.time().isAfter(FEB21), p.projected());
            if (p.projected()) {
                // no new events (e5 is published later and must not be seen): only the hazard's horizon moves
                assertTrue(p.probability() <= previous + 1e-15, "falls with no news at " + p.time());
                previous = p.probability();
                assertEquals(Probabilities.sigmoid(Probabilities.logit(p.baseRate()) + 0.6), p.probability(), 1e-12);
            }
        }
        assertEquals(t.points().size(), t.toTable().rowCount());
        assertTrue(t.toString().contains("(no news)"), t.toString());
    }

    @Test
    void asOfSeesOnlyWhatWasPublished() {
        Scenario scenario = Scenario.load(DIR);
        ScenarioForecast before = scenario.question("a").forecast(scenario.events(),
                Instant.parse("2026-02-20T12:00:00Z"));
        // e2 occurred on the 20th but was published on the 21st: only e1 counts.
        assertEquals(List.of("e1"), ids(before.contributions().get(0).events()));
    }

    @Test
    void badScenarioFilesNameFileLineFieldAndValue() throws IOException {
        String good = Files.readString(DIR.resolve("scenario.json"));
        assertProblem(good.replace("\"unit\": \"year\",", "\"unit\": \"year\", \"colour\": \"red\","),
                "colour", "is not a field of a gamma-poisson-hazard forecast");
        assertProblem(good.replace("\"beta-binomial\"", "\"magic\""), "baseRate", "is not a base-rate model");
        assertProblem(good.replace("\"question\": \"a\"", "\"question\": \"zzz\""), "question",
                "is not a question of");
        assertProblem(good.replace("{\"feature\": \"news\", \"logLikelihoodRatio\": -0.4, \"sd\": 0.1, \"rationale\":"
                + " \"bad news\"},", ""), "evidence", "with no log likelihood ratio");
        assertProblem(good.replace("\"feature\": \"news\"", "\"feature\": \"nws\""), "evidence",
                "is not a feature of the spec");
        assertProblem(good.replace("\"sd\": 0.1", "\"sd\": -1"), "sd", "must be finite and >= 0");
        assertProblem(good.replace("\"column\": \"on_time\",", "\"column\": \"on_time\", \"successes\": 3,"),
                "successes", "cannot be given with referenceClass");
        assertProblem(good.replace("\"windowExposure\": 0.5", "\"windowStart2\": 1"), "windowStart2",
                "is not a field");
        assertProblem(good.replace("\"windowExposure\": 0.5,", ""), "windowExposure", "is required");
        InvalidInputException csv = load(good.replace("\"column\": \"on_time\"", "\"column\": \"case\""));
        assertTrue(csv.getMessage().contains("reference.csv"), csv.getMessage());
        assertTrue(csv.getMessage().contains("is not an outcome"), csv.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> Scenario.load(tmp.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
    }

    private void assertProblem(String json, String field, String problem) throws IOException {
        InvalidInputException e = load(json);
        assertTrue(e.getMessage().contains("scenario.json line "), e.getMessage());
        assertTrue(e.getMessage().contains("'" + field) || e.getMessage().contains(field + "'")
                || e.getMessage().contains(field), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    private InvalidInputException load(String json) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "s");
        for (String name : List.of("events.jsonl", "questions.json", "spec-a.json", "spec-b.json", "reference.csv")) {
            Files.copy(DIR.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("scenario.json"), json);
        return assertThrows(InvalidInputException.class, () -> Scenario.load(dir));
    }

    @Test
    void scenarioInCodeNeedsUniqueQuestions() {
        Scenario scenario = Scenario.load(DIR);
        assertThrows(IllegalArgumentException.class,
                () -> Scenario.of("x", null, scenario.events(),
                        List.of(scenario.question("a"), scenario.question("a"))));
        Scenario copy = Scenario.of("x", null, scenario.events(), scenario.questions());
        assertNull(copy.directory());
        assertEquals(scenario.forecast(FEB21).forecasts().get(0).probability(),
                copy.forecast(FEB21).forecasts().get(0).probability());
        assertEquals("", copy.title());
    }

    @Test
    void baseRateIntervalsAreTheReferenceClassPosteriors() {
        Scenario scenario = Scenario.load(DIR);
        BaseRate a = scenario.question("a").baseRate().at(FEB21);
        ProbabilityInterval beta = ((ReferenceClassBaseRate) scenario.question("a").baseRate()).rate().interval(0.9);
        assertEquals(beta, a.interval());
        assertTrue(a.toString().startsWith("33.3% (90% "), a.toString());
        assertTrue(a.description().contains("3 of 10 comparable cases on time"), a.description());
    }

    private static List<String> ids(List<Event> events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static WhatIf find(List<WhatIf> list, String feature) {
        for (WhatIf w : list) {
            if (feature == null ? w.feature() == null : feature.equals(w.feature())) {
                return w;
            }
        }
        throw new AssertionError("no what-if for " + feature + " in " + list);
    }
}
