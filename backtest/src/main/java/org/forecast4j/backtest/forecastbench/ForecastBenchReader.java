package org.forecast4j.backtest.forecastbench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.csv.CsvReader;
import org.forecast4j.features.event.PricePoint;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Match;
import org.forecast4j.features.spec.Transform;

/**
 * Turns a table of resolved market questions in the layout of ForecastBench's market extract — one row per
 * (question, freeze date) with columns {@code source}, {@code id}, {@code freeze}, {@code price}, {@code open},
 * {@code close}, {@code resolved}, {@code outcome} and optionally {@code question} (the text) and {@code round} —
 * into {@link Question}s for a backtest:
 * <ul>
 *   <li>{@code id} = {@code source:id}; rows with the same pair are one question, in order of first appearance;
 *   <li>{@code prices} = one {@code (freeze, price, close)} point per row: the close a row gives is the one known
 *       at its freeze, so a forecast sees the close as quoted then, never a later revision;
 *   <li>{@code opened} = the earliest of {@code open} and the first freeze ({@code open} may be missing);
 *   <li>{@code deadline} = the {@code close} of its earliest-frozen row that gives one (if after
 *       {@code opened}), or {@code resolved} where no row gives a close: the deadline known when the question
 *       is first seen; later rows' closes apply from their freeze on ({@link Question#deadlineAt});
 *   <li>{@code resolvedAt} = the end of the {@code resolved} day ({@code resolved} + 1 day, 00:00 UTC): a date
 *       does not say when during the day the question resolved, so the backtest treats it as known only once
 *       the day is over;
 *   <li>{@code entities} = {@code [source]}, so {@code tag} features can tell the platforms apart.
 * </ul>
 * Dates are ISO-8601 (a date means 00:00 UTC); {@code N/A}, {@code NA} or an empty field means missing (only
 * {@code open} and {@code close} may be). Rows of one question that disagree on the outcome or resolution date
 * are an error naming the file, line, field and value. Static, thread-safe.
 */
public final class ForecastBenchReader {
    /** The credit line to show with results computed from ForecastBench data. */
    public static final String ATTRIBUTION = "ForecastBench (Forecasting Research Institute; Karger et al.,"
            + " \"ForecastBench: A Dynamic Benchmark of AI Forecasting Capabilities\", 2024), licensed CC BY-SA 4.0";

    /** The required columns. */
    public static final List<String> COLUMNS = List.of("source", "id", "freeze", "price", "open", "close",
            "resolved", "outcome");

    private static final Set<String> MISSING = Set.of("", "n/a", "na", "nan", "null", "none");

    private ForecastBenchReader() {
    }

    /**
     * @param file the CSV file
     * @return the questions, in order of first appearance
     * @throws InvalidInputException if the file is missing, lacks a column or holds a bad value
     */
    public static List<Question> read(Path file) {
        try (CsvReader csv = CsvReader.open(file)) {
            return read(csv);
        }
    }

    /**
     * @param csv a reader positioned before the first record
     * @return the questions, in order of first appearance
     * @throws InvalidInputException if a column is missing or a value is bad
     */
    public static List<Question> read(CsvReader csv) {
        int source = csv.column("source");
        int id = csv.column("id");
        int freeze = csv.column("freeze");
        int price = csv.column("price");
        int open = csv.column("open");
        int close = csv.column("close");
        int resolved = csv.column("resolved");
        int outcome = csv.column("outcome");
        int text = csv.hasColumn("question") ? csv.column("question") : -1;
        Map<String, Draft> drafts = new LinkedHashMap<>();
        while (csv.next()) {
            String src = required(csv, source);
            String key = src + ":" + required(csv, id);
            Instant frozen = date(csv, freeze);
            double p = csv.probability(price);
            Instant opened = optionalDate(csv, open);
            Instant closes = optionalDate(csv, close);
            Instant resolvedOn = date(csv, resolved);
            boolean yes = csv.outcome(outcome);
            Draft d = drafts.get(key);
            if (d == null) {
                d = new Draft(key, src, csv.line(), text < 0 ? null : csv.field(text), resolvedOn, yes);
                drafts.put(key, d);
            } else {
                if (!d.resolved.equals(resolvedOn)) {
                    throw csv.invalid(resolved, "differs from the resolution date " + d.resolved
                            + " on line " + d.firstLine + " for question " + key);
                }
                if (d.outcome != yes) {
                    throw csv.invalid(outcome, "differs from the outcome on line " + d.firstLine + " for question "
                            + key);
                }
            }
            d.prices.add(new PricePoint(frozen, p, closes));
            d.opened = min(d.opened, min(opened, frozen));
            if (closes != null && (d.firstFreeze == null || frozen.isBefore(d.firstFreeze))) {
                d.firstFreeze = frozen;
                d.close = closes;
            }
        }
        List<Question> questions = new ArrayList<>(drafts.size());
        for (Draft d : drafts.values()) {
            Instant deadline = d.close != null && d.close.isAfter(d.opened) ? d.close : d.resolved;
            try {
                questions.add(new Question(d.id, d.text, d.opened, deadline, List.of(d.source),
                        d.resolved.plus(Duration.ofDays(1)), d.outcome, d.prices));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(csv.source(), d.firstLine, e.field(), e.value(),
                        e.problem() + " (question " + d.id + ")");
            }
        }
        return questions;
    }

    /**
     * The default feature spec for a table of market prices, the features of the {@code market-anchored} model's
     * known market biases: {@code market} (the price, the model's anchor; its slope is the favourite-longshot
     * correction), {@code move} (the change of the market's log-odds since its previous observed price),
     * {@code daysToClose} ({@code log1p} of the days to the close known at the time) and one {@code tag} per
     * platform among the questions (its {@code source}, sorted by name), all matched by entity.
     *
     * @param questions the questions, as {@link #read} returns them (their first entity is their source)
     * @return the spec
     */
    public static FeatureSpec defaultSpec(List<Question> questions) {
        Set<String> platforms = new TreeSet<>();
        for (Question q : questions) {
            if (!q.entities().isEmpty()) {
                platforms.add(q.entities().get(0));
            }
        }
        List<FeatureDefinition> features = new ArrayList<>();
        features.add(FeatureDefinition.marketPrice("market", 0.5));
        features.add(FeatureDefinition.marketChange("move"));
        features.add(FeatureDefinition.daysToDeadline("daysToClose").withTransform(Transform.LOG1P));
        Set<String> names = new TreeSet<>(List.of("market", "move", "daysToClose"));
        for (String platform : platforms) {
            String name = names.add(platform) ? platform : "platform:" + platform;
            features.add(FeatureDefinition.tag(name, platform));
        }
        return FeatureSpec.of(Match.ENTITIES, features);
    }

    private static String required(CsvReader csv, int column) {
        String value = csv.field(column).trim();
        if (value.isEmpty()) {
            throw csv.invalid(column, "is empty");
        }
        return value;
    }

    private static Instant date(CsvReader csv, int column) {
        Instant t = optionalDate(csv, column);
        if (t == null) {
            throw csv.invalid(column, "is missing, expected a date");
        }
        return t;
    }

    private static Instant optionalDate(CsvReader csv, int column) {
        String value = csv.field(column).trim();
        if (MISSING.contains(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            return Times.parse(value);
        } catch (IllegalArgumentException e) {
            throw csv.invalid(column, e.getMessage());
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** A question being assembled from its rows. */
    private static final class Draft {
        final String id;
        final String source;
        final long firstLine;
        final String text;
        final Instant resolved;
        final boolean outcome;
        final List<PricePoint> prices = new ArrayList<>();
        Instant opened;
        Instant close;
        Instant firstFreeze;

        Draft(String id, String source, long firstLine, String text, Instant resolved, boolean outcome) {
            this.id = id;
            this.source = source;
            this.firstLine = firstLine;
            this.text = text == null || text.isBlank() ? null : text;
            this.resolved = resolved;
            this.outcome = outcome;
        }
    }
}
