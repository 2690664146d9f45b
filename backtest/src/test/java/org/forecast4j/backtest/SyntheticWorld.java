package org.forecast4j.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.random.SplitMix64;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * A seeded synthetic world where the answer is known. Question i has a latent log-odds z ~ N(−0.5, 1.5²) and
 * resolves yes with probability σ(z). While it is open, "good" and "bad" events about it are published, each
 * good with probability σ(z), so the decayed sums of good and bad events carry the signal; a noisy market
 * prices it weekly at σ(z + N(0, 0.8²)). After it resolves, a hindsight price (0.99 or 0.01) is observed a day
 * later, and a leak event of type {@code resolved-yes} or {@code resolved-no} — carrying the outcome — is
 * published exactly at the resolution. A backtest that peeks at the future would use either.
 */
final class SyntheticWorld {
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    /** The spec of the example: signal sums, the market's log-odds and the log of the days left. */
    static final String SPEC = """
            {
              "match": "entities",
              "features": [
                {"name": "good", "kind": "decayed-sum", "type": "good", "halfLifeDays": 30},
                {"name": "bad", "kind": "decayed-sum", "type": "bad", "halfLifeDays": 30},
                {"name": "market", "kind": "market-price", "ifNone": 0.5, "transform": "logit"},
                {"name": "daysLeft", "kind": "days-to-deadline", "transform": "log1p"}
              ]
            }
            """;

    /** The example's spec plus two features that count leak events: they stay 0 unless the future leaks. */
    static final String LEAK_SPEC = SPEC.replace("""
                {"name": "daysLeft", "kind": "days-to-deadline", "transform": "log1p"}
            """, """
                {"name": "daysLeft", "kind": "days-to-deadline", "transform": "log1p"},
                {"name": "leakYes", "kind": "count", "type": "resolved-yes", "windowDays": 3650},
                {"name": "leakNo", "kind": "count", "type": "resolved-no", "windowDays": 3650}
            """);

    final String questionsJsonl;
    final String eventsJsonl;
    final String leaksJsonl;

    private SyntheticWorld(String questions, String events, String leaks) {
        this.questionsJsonl = questions;
        this.eventsJsonl = events;
        this.leaksJsonl = leaks;
    }

    /**
     * @param seed the seed
     * @param n the number of questions
     * @param leakShift when the leak event is published relative to the resolution (zero: exactly at it)
     * @return the world
     */
    static SyntheticWorld generate(long seed, int n, Duration leakShift) {
        SplitMix64 random = new SplitMix64(seed);
        StringBuilder questions = new StringBuilder();
        StringBuilder events = new StringBuilder();
        StringBuilder leaks = new StringBuilder();
        int eventId = 0;
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "q%03d", i + 1);
            double z = -0.5 + 1.5 * random.nextGaussian();
            double pi = Probabilities.sigmoid(z);
            boolean outcome = random.nextDouble() < pi;
            Instant opened = START.plus(Duration.ofDays(3L * i));
            long days = 40 + random.nextInt(80);
            Instant deadline = opened.plus(Duration.ofDays(days));
            Instant resolved = deadline.minus(Duration.ofDays(random.nextInt(10)));
            StringBuilder prices = new StringBuilder();
            for (Instant t = opened.plus(Duration.ofDays(2)); t.isBefore(resolved); t = t.plus(Duration.ofDays(7))) {
                double price = Probabilities.sigmoid(z + 0.8 * random.nextGaussian());
                price = Math.min(0.99, Math.max(0.01, Math.round(price * 1000) / 1000.0));
                prices.append(prices.length() == 0 ? "" : ",").append(price(t, price));
            }
            prices.append(prices.length() == 0 ? "" : ",")
                    .append(price(resolved.plus(Duration.ofDays(1)), outcome ? 0.99 : 0.01));
            questions.append(String.format(Locale.ROOT, "{\"id\":\"%s\",\"text\":\"Synthetic question %d\","
                    + "\"opened\":\"%s\",\"deadline\":\"%s\",\"entities\":[\"%s\"],\"resolvedAt\":\"%s\","
                    + "\"outcome\":%s,\"prices\":[%s]}\n", id, i + 1, opened, deadline, id, resolved, outcome,
                    prices));
            int count = 2 + random.nextInt(6);
            long span = Duration.between(opened, resolved).toHours();
            for (int k = 0; k < count; k++) {
                Instant occurred = opened.plus(Duration.ofHours(random.nextInt((int) span)));
                Instant published = occurred.plus(Duration.ofHours(random.nextInt(72)));
                String type = random.nextDouble() < pi ? "good" : "bad";
                double credibility = Math.round((0.5 + 0.5 * random.nextDouble()) * 100) / 100.0;
                events.append(String.format(Locale.ROOT, "{\"id\":\"e%05d\",\"type\":\"%s\",\"occurred\":\"%s\","
                        + "\"published\":\"%s\",\"entities\":[\"%s\"],\"credibility\":%s}\n", ++eventId, type,
                        occurred, published, id, credibility));
            }
            Instant leakAt = resolved.plus(leakShift);
            leaks.append(String.format(Locale.ROOT, "{\"id\":\"leak-%s\",\"type\":\"%s\",\"occurred\":\"%s\","
                    + "\"published\":\"%s\",\"entities\":[\"%s\"]}\n", id, outcome ? "resolved-yes" : "resolved-no",
                    leakAt, leakAt, id));
        }
        return new SyntheticWorld(questions.toString(), events.toString(), leaks.toString());
    }

    private static String price(Instant t, double price) {
        return String.format(Locale.ROOT, "{\"time\":\"%s\",\"price\":%s}", t, price);
    }

    List<Question> questions() {
        return QuestionReader.read("questions.jsonl", questionsJsonl);
    }

    EventLog events() {
        return EventLog.of(EventReader.readJsonLines("events.jsonl", eventsJsonl));
    }

    EventLog eventsWithLeaks() {
        List<Event> all = new ArrayList<>(EventReader.readJsonLines("events.jsonl", eventsJsonl));
        all.addAll(EventReader.readJsonLines("leaks.jsonl", leaksJsonl));
        return EventLog.of(all);
    }

    static FeatureSpec spec() {
        return FeatureSpec.parse("spec.json", SPEC);
    }

    static FeatureSpec leakSpec() {
        return FeatureSpec.parse("leak-spec.json", LEAK_SPEC);
    }

    /** Writes questions.jsonl, events.jsonl and spec.json into a directory. */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("questions.jsonl"), questionsJsonl);
        Files.writeString(dir.resolve("events.jsonl"), eventsJsonl);
        Files.writeString(dir.resolve("spec.json"), SPEC);
    }
}
