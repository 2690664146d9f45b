package org.forecast4j.features.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.ThreadAllocation;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureFormulas;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ForecasterTest {
    static final Path EXAMPLES = Path.of("src/test/resources/examples");
    static final Instant T = Instant.parse("2026-02-04T00:00:00Z");

    @TempDir
    Path dir;

    private static FeatureSpec exampleSpec() {
        return FeatureSpec.read(EXAMPLES.resolve("spec.json"));
    }

    private static TestModels.Linear exampleModel(double variance, double halfWidth) {
        return new TestModels.Linear(exampleSpec().schema(), -1.2,
                new double[] {0.9, 0.4, -0.002, 0.05, -0.3, 0.7, 0.8, 0.25}, variance, halfWidth);
    }

    @Test
    void contributionsAddUpExactlyToTheLogOdds() {
        EventLog log = EventReader.readLog(EXAMPLES.resolve("events.jsonl"));
        List<Question> questions = QuestionReader.read(EXAMPLES.resolve("questions.jsonl"));
        TestModels.Linear model = exampleModel(0, 0);
        Forecaster forecaster = Forecaster.of(exampleSpec(), model);
        for (Question q : questions) {
            Forecast f = forecaster.forecast(q, log, T);
            assertEquals(f.logOdds(), f.logOddsFromContributions(), 0.0, "bit for bit");
            double[] x = forecaster.extractor().extract(q, log, T);
            assertEquals(model.logOdds(x), f.logOdds(), 1e-12);
            assertEquals(-1.2, f.baseLogOdds());
            for (int i = 0; i < x.length; i++) {
                Contribution c = f.contributions().get(i);
                assertEquals(exampleSpec().feature(i).name(), c.feature());
                assertEquals(x[i], c.value(), 0);
                assertEquals(model.coefficient(i) * x[i], c.logOdds(), 0);
            }
            assertEquals(Probabilities.sigmoid(model.logOdds(x)), f.probability(), 1e-15);
            assertEquals(f.probability(), f.modelProbability());
            assertNull(f.interval());
        }
        // Random vectors and coefficients: the identity holds whatever the values.
        SplitMix64 random = new SplitMix64(9);
        FeatureSpec spec = FeatureSpec.of(Match.ENTITIES, FeatureDefinition.decayedSum("a", "A", 2),
                FeatureDefinition.decayedSum("b", "A", 9).withWeight(Weight.ONE), FeatureDefinition.count("c", "A", 3),
                FeatureDefinition.elapsedFraction("d"));
        Question q = Question.builder("q").opened("2026-01-01").deadline("2026-03-01").entities("X").build();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(Event.builder("e" + i, "A").occurred(Times.instant(Times.nanos(Instant.parse(
                    "2026-01-01T00:00:00Z")) + (long) (random.nextDouble() * 30 * Times.NANOS_PER_DAY)))
                    .credibility(random.nextDouble()).entities("X").build());
        }
        EventLog randomLog = EventLog.of(events);
        for (int trial = 0; trial < 200; trial++) {
            double[] w = {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian(),
                random.nextGaussian() * 10};
            Forecaster f = Forecaster.of(spec, TestModels.Linear.plain(spec.schema(), random.nextGaussian(), w));
            Forecast forecast = f.forecast(q, randomLog, Instant.parse("2026-01-02T00:00:00Z").plusSeconds(
                    (long) (random.nextDouble() * 40 * 86400)));
            assertEquals(forecast.logOdds(), forecast.logOddsFromContributions(), 0.0);
        }
    }

    @Test
    void probabilityIsTheModelsThenTheCalibratorsAndTheIntervalIsCalibrated() {
        EventLog log = EventReader.readLog(EXAMPLES.resolve("events.jsonl"));
        Question q = QuestionReader.read(EXAMPLES.resolve("questions.jsonl")).get(0);
        TestModels.Linear bayes = exampleModel(2.0, 0.5);
        TestModels.Platt platt = new TestModels.Platt(0.8, 0.1);
        Forecaster f = Forecaster.builder(exampleSpec(), bayes).calibrator(platt).events(log).build();
        Forecast forecast = f.forecast(q, T);
        double[] x = f.extractor().extract(q, log, T);
        double moderated = bayes.probability(x);
        assertNotEquals(Probabilities.sigmoid(forecast.logOdds()), moderated, "moderation matters here");
        assertEquals(moderated, forecast.modelProbability(), 0);
        assertEquals(platt.calibrate(moderated), forecast.probability(), 0);
        assertEquals(platt.calibrate(Probabilities.sigmoid(forecast.logOdds() - 0.5)), forecast.interval().lower(),
                1e-15);
        assertEquals(platt.calibrate(Probabilities.sigmoid(forecast.logOdds() + 0.5)), forecast.interval().upper(),
                1e-15);
        assertEquals(0.9, forecast.interval().level());
        assertEquals(forecast.logOdds(), forecast.logOddsFromContributions(), 0.0);
        assertEquals("test-linear", forecast.modelKind());
        assertEquals(exampleSpec().schema().hash(), forecast.featureSchemaHash());

        JsonNode json = ForecastJson.mapper().readTree(ForecastJson.toPrettyJson(forecast));
        assertEquals("potus-tokyo-2026", json.get("questionId").asString());
        assertEquals("2026-02-04T00:00:00Z", json.get("asOf").asString());
        assertEquals(8, json.get("contributions").size());
        assertEquals("fundShift", json.get("contributions").get(0).get("feature").asString());
        assertEquals(List.of("e1", "e5"), ids(forecast.contributions().get(0).events()));
        String text = forecast.toString();
        assertTrue(text.contains("calibrated") && text.contains("90% interval") && text.contains("fundShift"), text);
        assertThrows(IllegalStateException.class, () -> Forecaster.of(exampleSpec(), bayes).forecast(q, T));
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void liveForecastsEqualBatchForecasts() {
        List<Event> events = new ArrayList<>(EventReader.read(EXAMPLES.resolve("events.jsonl")));
        List<Question> questions = QuestionReader.read(EXAMPLES.resolve("questions.jsonl"));
        Forecaster f = Forecaster.builder(exampleSpec(), exampleModel(1.0, 0))
                .calibrator(new TestModels.Platt(1.1, -0.2)).build();
        for (Question q : questions) {
            f.register(q);
        }
        events.sort(Comparator.comparing(Event::published));
        for (Event e : events) {
            f.onEvent(e);
        }
        for (Question q : questions) {
            for (PricePoint p : q.prices()) {
                if (!p.time().isAfter(T)) {
                    f.onPrice(q.id(), p.time(), p.price());
                }
            }
        }
        EventLog log = EventLog.of(events);
        for (Question q : questions) {
            Forecast batch = f.forecast(q, log, T);
            assertEquals(batch.probability(), f.probability(q.id(), T), 1e-12, q.id());
            Forecast live = f.forecastLive(q.id(), T);
            assertEquals(T, live.asOf());
            assertEquals(batch.logOdds(), live.logOdds(), 1e-12);
            assertEquals(live.logOdds(), live.logOddsFromContributions(), 0.0);
            for (int i = 0; i < batch.contributions().size(); i++) {
                assertEquals(batch.contributions().get(i).rawValue(), live.contributions().get(i).rawValue(), 1e-9);
                assertTrue(live.contributions().get(i).events().isEmpty());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> f.probability("nobody", T));
    }

    @Test
    void aModelOfAnotherSchemaIsRefusedAndASwapIsAtomic() {
        FeatureSpec spec = exampleSpec();
        TestModels.Linear wrong = TestModels.Linear.plain(FeatureSchema.of("a", "b"), 0, 1, 2);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Forecaster.of(spec, wrong));
        assertTrue(e.getMessage().contains("feature schema mismatch"), e.getMessage());
        TestModels.Linear right = exampleModel(0, 0);
        Forecaster f = Forecaster.of(spec, right);
        assertThrows(InvalidInputException.class, () -> f.swap(wrong, null));
        assertSame(right, f.model(), "a refused swap changes nothing");
        TestModels.Platt platt = new TestModels.Platt(1, 0);
        TestModels.Linear other = exampleModel(0.5, 0);
        f.swap(other, platt);
        assertSame(other, f.model());
        assertSame(platt, f.calibrator());
    }

    @Test
    void loadingNamesTheFileOfAnUnusableModel() throws IOException {
        Path model = dir.resolve("model.json");
        ModelFiles.write(model, ModelDocument.of("mystery", exampleSpec().schema(), Provenance.of("t", Map.of(), 1),
                ForecastJson.mapper().createObjectNode()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Forecaster.load(EXAMPLES.resolve("spec.json"), model, null));
        assertTrue(e.getMessage().startsWith(model + ", field 'kind': value 'mystery' is not a probability-model kind"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Forecaster.load(dir.resolve("none.json"), model, null));
        assertTrue(e.getMessage().endsWith("file not found"), e.getMessage());
    }

    @Test
    void liveProbabilityDoesNotAllocate() {
        Forecaster f = Forecaster.builder(exampleSpec(), exampleModel(1.0, 0))
                .calibrator(new TestModels.Platt(1.1, -0.2)).build();
        for (Question q : QuestionReader.read(EXAMPLES.resolve("questions.jsonl"))) {
            f.register(q);
        }
        EventReader.read(EXAMPLES.resolve("events.jsonl")).forEach(f::onEvent);
        double sink = 0;
        for (int i = 0; i < 50_000; i++) {  // warm up the measured loop itself, both questions
            sink += f.probability((i & 1) == 0 ? "potus-tokyo-2026" : "crystal-land-phase-one", T);
        }
        long before = ThreadAllocation.bytes();
        for (int i = 0; i < 100_000; i++) {
            sink += f.probability((i & 1) == 0 ? "potus-tokyo-2026" : "crystal-land-phase-one", T);
        }
        long after = ThreadAllocation.bytes();
        assertTrue(sink > 0);
        assertTrue(after - before < 2_000, "100,000 probabilities allocated " + (after - before) + " bytes");
    }

    /**
     * One writer feeds events, one thread swaps models, three readers read. Every event of type A has magnitude
     * 1 and the window is longer than the stream, so a consistent snapshot has log-magnitude = log1p(count)
     * exactly; and every probability must be computed by one of the two models from the features it reports.
     */
    @Test
    void readersSeeConsistentSnapshotsUnderContention() throws Exception {
        FeatureSpec spec = FeatureSpec.of(Match.ENTITIES, FeatureDefinition.count("n", "A", 100_000),
                FeatureDefinition.logMagnitude("m", "A"), FeatureDefinition.decayedSum("d", "A", 1e4),
                FeatureDefinition.daysSince("s", "A", 0));
        TestModels.Linear modelA = TestModels.Linear.plain(spec.schema(), -1, 0.01, 0.3, 0.02, -0.1);
        TestModels.Linear modelB = new TestModels.Linear(spec.schema(), 1, new double[] {-0.01, 0.2, 0.01, 0.1}, 3, 0);
        TestModels.Platt calibratorB = new TestModels.Platt(0.7, 0.2);
        // The exact mode, where every read computes and reports its features (PublishedReadsTest covers the
        // published reads of the default mode).
        Forecaster f = Forecaster.builder(spec, modelA).windowCapacity(1 << 17)
                .live(org.forecast4j.features.live.LiveOptions.exact()).build();
        int handle = f.register(Question.builder("q").opened("2026-01-01").deadline("2030-01-01").entities("X")
                .build());
        int total = 60_000;
        List<Event> events = new ArrayList<>(total);
        long start = Times.nanos(Instant.parse("2026-01-01T00:00:00Z"));
        for (int i = 0; i < total; i++) {
            events.add(Event.builder("e" + i, "A").occurred(Times.instant(start + i * 1_000_000_000L)).entities("X")
                    .magnitude(1).build());
        }
        long now = start + (total + 1) * 1_000_000_000L;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        AtomicLong readsDuringFeed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            threads.add(new Thread(() -> {
                double[] x = new double[spec.size()];
                double lastCount = -1;
                while (!done.get() && failure.get() == null) {
                    double p = f.probability(handle, now, x);
                    double pA = modelA.probability(x);
                    double pB = calibratorB.calibrate(modelB.probability(x));
                    // Bit-exact: the state computes the log-magnitude with this same function.
                    if (x[1] != FeatureFormulas.logMagnitude(x[0])) {
                        failure.set("torn read: count " + x[0] + " but log-magnitude " + x[1]);
                    } else if (x[0] < lastCount) {
                        failure.set("count went back from " + lastCount + " to " + x[0]);
                    } else if (p != pA && p != pB) {
                        failure.set("probability " + p + " is neither model's (" + pA + ", " + pB + ")");
                    }
                    lastCount = x[0];
                    reads.incrementAndGet();
                    if (x[0] > 0 && x[0] < total) {
                        readsDuringFeed.incrementAndGet();
                    }
                }
            }));
        }
        threads.add(new Thread(() -> {
            boolean b = false;
            while (!done.get()) {
                if (b) {
                    f.swap(modelB, calibratorB);
                } else {
                    f.swap(modelA, null);
                }
                b = !b;
                Thread.yield();
            }
        }));
        threads.forEach(Thread::start);
        for (Event e : events) {
            f.onEvent(e);
        }
        Thread.sleep(20);
        done.set(true);
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertNull(failure.get(), failure.get());
        assertTrue(readsDuringFeed.get() > 0, "some reads overlapped the feed (" + reads.get() + " reads)");
        double[] x = new double[spec.size()];
        f.live().features(handle, now, x);
        assertEquals(total, x[0]);
        assertEquals(FeatureFormulas.logMagnitude(total), x[1], 0);
        assertEquals(Math.log1p(total), x[1], 2 * Math.ulp(x[1]), "within the few ulps of Probabilities.log1p");
    }
}
