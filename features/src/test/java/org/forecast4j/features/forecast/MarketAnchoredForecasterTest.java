package org.forecast4j.features.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.ThreadAllocation;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The market as the prior in the Forecaster: batch, live (the price from onPrice), model files. */
class MarketAnchoredForecasterTest {
    static final Path EXAMPLES = ForecasterTest.EXAMPLES;
    static final Instant T = ForecasterTest.T;
    static final FeatureSpec SPEC = FeatureSpec.of(Match.ENTITIES,
            FeatureDefinition.marketPrice("market", 0.5),
            FeatureDefinition.decayedSum("fundShift", "sovereign-fund-shift", 30),
            FeatureDefinition.count("deals90", "deal-finalization", 90),
            FeatureDefinition.tag("japan", "Japan"));

    @TempDir
    Path dir;

    /** A model fitted on synthetic rows in which the fund-shift events add log-odds to the price. */
    static MarketAnchoredModel fitted() {
        SplitMix64 random = new SplitMix64(4);
        int n = 3000;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double q = 0.05 + 0.9 * random.nextDouble();
            double shift = 2 * random.nextDouble();
            x[i] = new double[] {q, shift, Math.floor(3 * random.nextDouble()), random.nextDouble() < 0.5 ? 1 : 0};
            double t = Math.log(q / (1 - q)) + 0.8 * shift;
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-t));
        }
        return MarketAnchoredRegression.fit(x, y, SPEC.schema(), MarketAnchoredRegression.Options.DEFAULTS);
    }

    private static Forecaster live(MarketAnchoredModel model, List<Question> questions, List<Event> events) {
        Forecaster f = Forecaster.builder(SPEC, model).build();
        questions.forEach(f::register);
        events.forEach(f::onEvent);
        return f;
    }

    @Test
    void newsAddsLogOddsOnTopOfTheLivePrice() {
        List<Question> questions = QuestionReader.read(EXAMPLES.resolve("questions.jsonl"));
        List<Event> events = new ArrayList<>(EventReader.read(EXAMPLES.resolve("events.jsonl")));
        events.sort(Comparator.comparing(Event::published));
        MarketAnchoredModel model = fitted();
        assertEquals(0.8, model.coefficient(1), 0.2, "the planted effect of a fund shift");
        Forecaster f = live(model, questions, events);
        EventLog log = EventLog.of(events);
        for (Question q : questions) {
            Question bare = q.withoutHindsight();
            f.onPrice(q.id(), T.minusSeconds(3600), 0.37);
            Question priced = new Question(bare.id(), bare.text(), bare.opened(), bare.deadline(), bare.entities(),
                    null, null, List.of(new org.forecast4j.features.event.PricePoint(T.minusSeconds(3600), 0.37)));
            Forecast batch = f.forecast(priced, log, T);
            assertEquals(batch.probability(), f.probability(q.id(), T), 1e-12, q.id());
            assertEquals(batch.logOdds(), batch.logOddsFromContributions(), 1e-12);
            assertEquals(model.logOdds(f.extractor().extract(priced, log, T)), batch.logOdds(), 1e-12);
            assertEquals(1 + model.departure(0), batch.contributions().get(0).coefficient(), 0.0);
            // A new price moves the live forecast, keeping the news's log-odds on top of it.
            double before = f.probability(q.id(), T);
            f.onPrice(q.id(), T, 0.6);
            double after = f.probability(q.id(), T);
            assertTrue(after > before, q.id());
            double news = Math.log(after / (1 - after)) - Math.log(0.6 / 0.4);
            double newsBefore = Math.log(before / (1 - before)) - Math.log(0.37 / 0.63);
            assertEquals(newsBefore * 1, news - model.departure(0) * (Math.log(0.6 / 0.4) - Math.log(0.37 / 0.63)),
                    1e-9, "the departure other than the price's slope is unchanged by the price");
        }
    }

    @Test
    void withNoDataTheLiveForecastIsThePriceBitForBitAndReadsDoNotAllocate() throws Exception {
        List<Question> questions = QuestionReader.read(EXAMPLES.resolve("questions.jsonl"));
        List<Event> events = EventReader.read(EXAMPLES.resolve("events.jsonl"));
        Path file = dir.resolve("prior.json");
        ModelFiles.write(file, new MarketAnchoredRegression().prior(SPEC.schema()).toDocument());
        Path specFile = dir.resolve("spec.json");
        java.nio.file.Files.writeString(specFile, """
                {"match": "entities", "features": [
                  {"name": "market", "kind": "market-price", "ifNone": 0.5},
                  {"name": "fundShift", "kind": "decayed-sum", "type": "sovereign-fund-shift", "halfLifeDays": 30},
                  {"name": "deals90", "kind": "count", "type": "deal-finalization", "windowDays": 90},
                  {"name": "japan", "kind": "tag", "entity": "Japan"}]}
                """);
        Forecaster f = Forecaster.load(specFile, file, null);
        questions.forEach(f::register);
        events.forEach(f::onEvent);
        double price = 0.4123456789;
        f.onPrice(questions.get(0).id(), T, price);
        assertEquals(Double.doubleToLongBits(price), Double.doubleToLongBits(f.probability(questions.get(0).id(), T)));
        assertNotEquals(price, live(fitted(), questions, events).probability(questions.get(0).id(), T));

        Forecaster g = live(fitted(), questions, events);
        g.onPrice(questions.get(0).id(), T, 0.3);
        double sink = 0;
        for (int i = 0; i < 50_000; i++) {
            sink += g.probability(questions.get(0).id(), T);
        }
        long before = ThreadAllocation.bytes();
        for (int i = 0; i < 100_000; i++) {
            sink += g.probability(questions.get(i & 1).id(), T);
        }
        long after = ThreadAllocation.bytes();
        assertTrue(sink > 0);
        assertTrue(after - before < 2_000, "100,000 probabilities allocated " + (after - before) + " bytes");
    }
}
