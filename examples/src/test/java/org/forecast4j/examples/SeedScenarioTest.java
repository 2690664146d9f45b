package org.forecast4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.forecast4j.features.forecast.Contribution;
import org.forecast4j.scenario.Scenario;
import org.forecast4j.scenario.ScenarioForecast;
import org.forecast4j.scenario.ScenarioQuestion;
import org.junit.jupiter.api.Test;

/**
 * The seed scenario's forecasts against an independent computation: src/test/python/seed_scenario_reference.py
 * reads the same files (events, questions, specs, reference classes, scenario.json) and recomputes the features,
 * the base rates (scipy) and the log-odds; the values it printed are quoted here.
 */
class SeedScenarioTest {
    static final Path SEED = Path.of("seed-scenario");
    static final Scenario SCENARIO = Scenario.load(SEED);

    @Test
    void tokyoAsOfTheLatestEvent() {
        // seed_scenario_reference.py, potus-tokyo-2026 as of 2025-12-06: 18 events seen; hazard Gamma(19.5, 52),
        // h = 1: p0 = 0.31025947437114126, t0 = -0.79890651557490333, sd0 = 0.27409210787919031,
        // 90% = 0.21891481355263431 0.40828664513360818; log-odds = -0.11394154873821646,
        // p = 0.47154539090516651, 90% = 0.16531521517779499 0.80080241249777218
        Instant t = Instant.parse("2025-12-06T00:00:00Z");
        assertEquals(t, SCENARIO.latestEvent());
        ScenarioForecast f = check("potus-tokyo-2026", t, 18, 0.31025947437114126, -0.79890651557490333,
                0.27409210787919031, -0.11394154873821646, 0.47154539090516651, 0.16531521517779499,
                0.80080241249777218, Map.of("tradeDeal", 0.26400000000000001, "sovereignFunding", 0.16307449412507713,
                        "fundsDue", 0.16950035633867477, "japanIncCourted", 0.098223866343597796,
                        "analystView", 0.10000000000000001, "noMeetingYet", -0.031093039799274969,
                        "tariffThreat", -0.078740710171387882));
        assertEquals(0.21891481355263431, f.baseRate().interval().lower(), 1e-9);
        assertEquals(0.40828664513360818, f.baseRate().interval().upper(), 1e-9);
    }

    @Test
    void crystalLandAsOfTheLatestEvent() {
        // seed_scenario_reference.py, crystal-land-phase-one-2026 as of 2025-12-06: 21 events seen; Beta(4.5, 5.5):
        // p0 = 0.45, t0 = -0.20067069546215111, sd0 = 0.66937843558680465, 90% = 0.2086843312833343
        // 0.70323211136340369; log-odds = -0.93976553383578965, p = 0.28094770608911773,
        // 90% = 0.070508560053979638 0.66804861236575963
        ScenarioForecast f = check("crystal-land-phase-one-2026", Instant.parse("2025-12-06T00:00:00Z"), 21, 0.45,
                -0.20067069546215111, 0.66937843558680465, -0.93976553383578965, 0.28094770608911773,
                0.070508560053979638, 0.66804861236575963, Map.ofEntries(
                        Map.entry("sovereignFunding", 0.27179082354179523), Map.entry("fundsDue", 0.25425053450801216),
                        Map.entry("presidentialSupport", 0.17930818569970353),
                        Map.entry("onProjectList", 0.16307449412507716), Map.entry("partnerOpen", 0.13448113927477764),
                        Map.entry("partnerDeclined", -0.29943083059547837),
                        Map.entry("obstacles", -0.74711744041543138),
                        Map.entry("stalledProjects", -0.23907758093293807),
                        Map.entry("stillPitching", -0.44999999999999996),
                        Map.entry("elapsed", -0.0063741635791565911)));
        assertEquals(0.2086843312833343, f.baseRate().interval().lower(), 1e-9);
        assertEquals(0.70323211136340369, f.baseRate().interval().upper(), 1e-9);
    }

    @Test
    void earlierAndLaterTimes() {
        // seed_scenario_reference.py as of 2025-05-26: Tokyo sees 8 events, log-odds = -1.1036429980044964,
        // p = 0.24905792880784314, 90% 0.16004394821614404 0.36600713360086956 (noMeetingYet -0.13853198662802932,
        // tariffThreat -0.16620449580156371); Crystal Land sees 1 event and stays at its base rate, 90%
        // 0.21387900790411182 0.71102324126233096.
        check("potus-tokyo-2026", Instant.parse("2025-05-26T00:00:00Z"), 8, 0.31025947437114126,
                -0.79890651557490333, 0.27409210787919031, -1.1036429980044964, 0.24905792880784314,
                0.16004394821614404, 0.36600713360086956, Map.of("noMeetingYet", -0.13853198662802932,
                        "tariffThreat", -0.16620449580156371));
        check("crystal-land-phase-one-2026", Instant.parse("2025-05-26T00:00:00Z"), 1, 0.45, -0.20067069546215111,
                0.66937843558680465, -0.20067069546215111, 0.45, 0.21387900790411182, 0.71102324126233096, Map.of());
        // As of 2026-07-01 (no later events): Tokyo's hazard has h = 0.50308217602366112 of the year left,
        // p0 = 0.17117734193262252, t0 = -1.5773061031088882, sd0 = 0.25118283907069383, log-odds =
        // -1.079327715736597, p = 0.25363326129924818, 90% 0.074481145992817341 0.58931952689258194;
        // Crystal Land log-odds = -1.9235149476153937, p = 0.12747011645212006, 90% 0.029383898826108274
        // 0.41349258352875012, with the contributions listed below.
        check("potus-tokyo-2026", Instant.parse("2026-07-01T00:00:00Z"), 18, 0.17117734193262252,
                -1.5773061031088882, 0.25118283907069383, -1.079327715736597, 0.25363326129924818,
                0.074481145992817341, 0.58931952689258194, Map.of("tradeDeal", 0.26400000000000001,
                        "sovereignFunding", 0.11006897422536262, "fundsDue", 0.076381137281465616,
                        "japanIncCourted", 0.044262152490795938, "analystView", 0.045062523130541515,
                        "noMeetingYet", -0.0063138490217402241, "tariffThreat", -0.03548255073413431));
        check("crystal-land-phase-one-2026", Instant.parse("2026-07-01T00:00:00Z"), 21, 0.45, -0.20067069546215111,
                0.66937843558680465, -1.9235149476153937, 0.12747011645212006, 0.029383898826108274,
                0.41349258352875012, Map.ofEntries(Map.entry("sovereignFunding", 0.18344829037560437),
                        Map.entry("fundsDue", 0.11457170592219842),
                        Map.entry("presidentialSupport", 0.080800792655883233),
                        Map.entry("onProjectList", 0.11006897422536262),
                        Map.entry("partnerOpen", 0.060600594491912435),
                        Map.entry("partnerDeclined", -0.20210422575227499),
                        Map.entry("obstacles", -0.33666996939951349),
                        Map.entry("stalledProjects", -0.10773439020784432),
                        Map.entry("stillPitching", -0.29999999999999999),
                        Map.entry("elapsed", -1.325826024464571)));
    }

    @Test
    void everyEvidenceRatioHasARationaleAndEveryQuestionItsEntitiesEvents() {
        for (ScenarioQuestion q : SCENARIO.questions()) {
            assertEquals(q.spec().size(), q.evidence().size());
            q.evidence().forEach(r -> assertTrue(r.rationale().length() > 20, r.toString()));
        }
        assertEquals(List.of("potus-tokyo-2026", "crystal-land-phase-one-2026"), SCENARIO.questionIds());
        assertEquals(40, SCENARIO.events().size());
    }

    private static ScenarioForecast check(String id, Instant t, int eventsSeen, double p0, double t0, double sd0,
            double logOdds, double p, double lower, double upper, Map<String, Double> contributions) {
        ScenarioQuestion q = SCENARIO.question(id);
        assertEquals(eventsSeen, SCENARIO.events().publishedBy(t).about(q.question().entities()).size());
        ScenarioForecast f = q.forecast(SCENARIO.events(), t);
        assertEquals(p0, f.baseRate().probability(), 1e-14, "base rate");
        assertEquals(t0, f.baseLogOdds(), 1e-13, "prior log-odds");
        assertEquals(sd0, f.baseRate().logOddsSd(), 1e-9, "prior log-odds sd");
        assertEquals(logOdds, f.logOdds(), 1e-12, "log-odds");
        assertEquals(p, f.probability(), 1e-12, "probability");
        assertEquals(lower, f.interval().lower(), 1e-9, "interval lower");
        assertEquals(upper, f.interval().upper(), 1e-9, "interval upper");
        assertEquals(f.logOdds(), f.forecast().logOddsFromContributions(), "contributions add up exactly");
        for (Contribution c : f.contributions()) {
            double expected = contributions.getOrDefault(c.feature(), 0.0);
            assertEquals(expected, c.logOdds(), 1e-12, c.feature());
        }
        return f;
    }
}
