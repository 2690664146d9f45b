package org.forecast4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.forecast4j.core.trading.Kelly;
import org.forecast4j.core.trading.Side;
import org.forecast4j.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Runs the trading-bot example and checks what it decides against the batch forecasts and the Kelly rules. */
class TradingBotExampleTest {
    static final Scenario SEED = Scenario.load(Path.of("seed-scenario"));

    @Test
    void liveProbabilitiesEqualBatchForecastsAndStakesFollowKelly() {
        List<TradingBotExample.Decision> decisions = TradingBotExample.run(SEED, TradingBotExample.END,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(decisions.size() > 80, "weekly ticks for both questions: " + decisions.size());
        boolean traded = false;
        for (TradingBotExample.Decision d : decisions) {
            double batch = SEED.question(d.question()).forecastOnly(SEED.events(), d.time()).probability();
            assertEquals(batch, d.probability(), 1e-12, d.question() + " at " + d.time());
            assertTrue(d.sd() > 0 && d.sd() < 0.5, d.toString());
            assertTrue(d.price() > 0 && d.price() < 1, d.toString());
            double fee = TradingBotExample.OPTIONS.fee();
            double half = TradingBotExample.OPTIONS.multiplier();
            if (d.side() == Side.YES) {
                assertTrue(d.probability() > d.price() + fee, d.toString());
                assertTrue(d.stake() <= half * Kelly.fullFraction(d.probability(), d.price() + fee)
                        * TradingBotExample.BANKROLL + 1e-9, "shrunk below half Kelly: " + d);
            } else if (d.side() == Side.NO) {
                assertTrue(1 - d.probability() > 1 - d.price() + fee, d.toString());
                assertTrue(d.stake() <= half * Kelly.fullFraction(1 - d.probability(), 1 - d.price() + fee)
                        * TradingBotExample.BANKROLL + 1e-9, "shrunk below half Kelly: " + d);
            } else {
                assertEquals(0, d.stake());
            }
            traded |= d.stake() > 0;
        }
        assertTrue(traded, "the bot trades at least once");
        TradingBotExample.Decision last = decisions.get(decisions.size() - 1);
        assertEquals(Instant.parse("2026-03-25T00:00:00Z"), last.time());
        long tokyoEvents = decisions.stream().filter(d -> d.question().equals("potus-tokyo-2026"))
                .mapToLong(TradingBotExample.Decision::events).max().orElse(0);
        // The Tokyo question's 18 events include 8 of the types its spec counts (tariff threat, meeting pending,
        // trade deal, sovereign-fund shift, partner approached, two funding timelines, analyst view).
        assertEquals(8, tokyoEvents, "every event a Tokyo feature counts reached its live state");
    }

    @Test
    void outputIsLabelledIllustrativeAndDeterministic() {
        String first = output();
        assertTrue(first.contains("PRICES ARE ILLUSTRATIVE"), first);
        assertTrue(first.contains("Final positions:"), first);
        assertTrue(first.contains("potus-tokyo-2026") && first.contains("crystal-land-phase-one-2026"), first);
        assertEquals(first, output());
    }

    @Test
    void priceFeedIsSeededAndBounded() {
        IllustrativePriceFeed feed = TradingBotExample.FEEDS.get("potus-tokyo-2026");
        assertEquals(0.35, feed.price(feed.start()), 1e-15);
        Instant later = Instant.parse("2025-09-01T00:00:00Z");
        assertEquals(feed.price(later), feed.price(later));
        assertNotEquals(feed.price(later), new IllustrativePriceFeed(1, feed.start(), 0.35, 0.05, 0.04).price(later));
        for (int d = 0; d < 400; d += 13) {
            double p = feed.price(feed.start().plusSeconds(86_400L * d));
            assertTrue(p >= 0.01 && p <= 0.99);
        }
    }

    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TradingBotExample.run(SEED, TradingBotExample.END, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
