package org.forecast4j.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.core.trading.Kelly;
import org.forecast4j.core.trading.KellyOptions;
import org.forecast4j.core.trading.KellySizing;
import org.forecast4j.core.trading.Side;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.forecast.Forecaster;
import org.forecast4j.scenario.Scenario;
import org.forecast4j.scenario.ScenarioQuestion;

/**
 * A trading bot on the seed scenario: events arrive one by one through the {@link Forecaster}'s live API,
 * probabilities and Kelly stakes come out, against a replayed price feed. The prices are ILLUSTRATIVE: no market
 * quotes these questions, so each feed is a seeded synthetic walk ({@link IllustrativePriceFeed}).
 *
 * <p>The loop, per question: build the question's live forecaster (whose prior moves with the clock: a hazard's
 * base rate falls as its window runs out, see {@link ScenarioQuestion#forecaster()}) and register the question;
 * then in time order feed every event as it is published ({@code onEvent}), and at each tick (every publication
 * day and every 7 days) read the live probability and the features behind it, and size a half-Kelly stake shrunk for the forecast's uncertainty
 * ({@link Kelly#sizeWithUncertainty}), the probability's standard deviation being {@code p(1 − p)·s} for a
 * log-odds standard deviation {@code s} (the delta method).
 *
 * <pre>
 * ./mvnw -q -pl examples -am package -DskipTests
 * java -cp "examples/target/classes:cli/target/lib/*" org.forecast4j.examples.TradingBotExample [SCENARIO_DIR]
 * </pre>
 */
public final class TradingBotExample {
    /** The bankroll the stakes are fractions of. */
    public static final double BANKROLL = 10_000;
    /** Half Kelly, with a fee of one cent per contract. */
    public static final KellyOptions OPTIONS = KellyOptions.fraction(0.5).withFee(0.01);
    /** Ticks run to this time, a quarter into the Tokyo window, after the last event. */
    public static final Instant END = Instant.parse("2026-03-31T00:00:00Z");
    /** The illustrative feeds, by question. */
    public static final Map<String, IllustrativePriceFeed> FEEDS = Map.of(
            "potus-tokyo-2026", new IllustrativePriceFeed(2026, Instant.parse("2025-01-22T00:00:00Z"), 0.35, 0.05,
                    0.04),
            "crystal-land-phase-one-2026", new IllustrativePriceFeed(550, Instant.parse("2025-12-05T00:00:00Z"), 0.2,
                    0.05, 0.04));

    /**
     * One tick of the bot: the market, the forecast and the stake.
     *
     * @param time the tick
     * @param question the question's id
     * @param price the (illustrative) YES price
     * @param probability the live probability of YES
     * @param sd its standard deviation
     * @param side the side bought
     * @param stake the stake, in bankroll units
     * @param edge the edge of the side bought; with no trade, the better side's edge ({@code <= 0})
     * @param events the events the live state had applied to the question's features
     */
    public record Decision(Instant time, String question, double price, double probability, double sd, Side side,
            double stake, double edge, long events) {
    }

    private TradingBotExample() {
    }

    /**
     * Runs the bot on a scenario directory (default: examples/seed-scenario under {@code forecast4j.home} or the
     * working directory) and prints its decisions.
     *
     * @param args optionally the scenario directory
     */
    public static void main(String[] args) {
        Path dir = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("forecast4j.home", "."), "examples", "seed-scenario");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(Scenario.load(dir), END, out);
    }

    /**
     * Replays the scenario's events and the illustrative prices through the live API up to {@code end}.
     *
     * @param scenario the scenario (its questions must have feeds in {@link #FEEDS})
     * @param end the last tick
     * @param out receives a table of the decisions whose side or stake changed, and the final positions
     * @return every decision, in time order
     */
    public static List<Decision> run(Scenario scenario, Instant end, PrintStream out) {
        Map<String, Forecaster> forecasters = new TreeMap<>();
        Map<String, Integer> handles = new TreeMap<>();
        Instant first = scenario.events().firstPublished();
        for (ScenarioQuestion q : scenario.questions()) {
            Forecaster f = q.forecaster();
            handles.put(q.id(), f.register(q.question()));
            forecasters.put(q.id(), f);
        }
        // Ticks: every publication time, and every 7 days from the first event to the end.
        TreeSet<Instant> ticks = new TreeSet<>();
        for (Event e : scenario.events()) {
            ticks.add(e.published());
        }
        for (Instant t = first; !t.isAfter(end); t = t.plus(7, ChronoUnit.DAYS)) {
            ticks.add(t);
        }
        List<Event> events = scenario.events().events();
        int next = 0;
        KellySizing sizing = new KellySizing();
        List<Decision> decisions = new ArrayList<>();
        for (Instant now : ticks.headSet(end, true)) {
            while (next < events.size() && !events.get(next).published().isAfter(now)) {
                Event e = events.get(next++);
                for (Forecaster f : forecasters.values()) {
                    f.onEvent(e);  // each forecaster keeps only the events about its question
                }
            }
            for (ScenarioQuestion q : scenario.questions()) {
                if (now.isBefore(q.question().opened()) || !now.isBefore(q.question().deadline())) {
                    continue;
                }
                Forecaster f = forecasters.get(q.id());
                EvidenceModel model = (EvidenceModel) f.model();
                int handle = handles.get(q.id());
                double[] x = new double[f.spec().size()];
                double p = f.probability(handle, Times.nanos(now), x);
                double sd = p * (1 - p) * Math.sqrt(model.logOddsVariance(x));
                double price = FEEDS.get(q.id()).price(now);
                Kelly.sizeWithUncertainty(p, sd, price, OPTIONS, BANKROLL, sizing);
                decisions.add(new Decision(now, q.id(), price, p, sd, sizing.side(), sizing.stake(), sizing.edge(),
                        f.live().eventCount(handle)));
            }
        }
        print(decisions, out);
        return decisions;
    }

    private static void print(List<Decision> decisions, PrintStream out) {
        out.println("Trading bot on the seed scenario: live events in, probabilities and Kelly stakes out.");
        out.println("PRICES ARE ILLUSTRATIVE: a seeded synthetic walk per question, not market data (no market"
                + " quotes these questions).");
        out.println(String.format(Locale.ROOT, "Bankroll %.0f, half Kelly, fee %.2f per contract, stakes shrunk for"
                + " the forecast's uncertainty. A row when events arrive, the side changes or the stake moves by 5%% of"
                + " the bankroll.",
                BANKROLL, OPTIONS.fee()));
        out.println();
        TextTable table = new TextTable("time", "question", "events used", "price", "P(YES)", "sd", "side", "edge",
                "stake");
        Map<String, Decision> last = new TreeMap<>();
        for (Decision d : decisions) {
            Decision before = last.get(d.question());
            if (before == null || before.side() != d.side() || before.events() != d.events()
                    || Math.abs(before.stake() - d.stake()) >= 0.05 * BANKROLL) {
                row(table, d);
                last.put(d.question(), d);
            }
        }
        out.print(table);
        out.println();
        out.println("Final positions:");
        TextTable end = new TextTable("time", "question", "events used", "price", "P(YES)", "sd", "side", "edge",
                "stake");
        Map<String, Decision> latest = new TreeMap<>();
        for (Decision d : decisions) {
            latest.put(d.question(), d);
        }
        latest.values().forEach(d -> row(end, d));
        out.print(end);
        out.flush();
    }

    private static void row(TextTable table, Decision d) {
        table.row(d.time().toString().substring(0, 10), d.question(), d.events(), TextTable.number(d.price(), 3),
                TextTable.number(d.probability(), 3), TextTable.number(d.sd(), 3), d.side(),
                TextTable.number(d.edge(), 3), String.format(Locale.ROOT, "%.2f", d.stake()));
    }
}
