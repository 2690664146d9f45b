package org.forecast4j.it;

import java.nio.file.Path;
import java.util.Locale;
import org.forecast4j.core.trading.KellyBet;
import org.forecast4j.core.trading.KellyOptions;
import org.forecast4j.scenario.Scenario;
import org.forecast4j.scenario.ScenarioForecast;

/** Forecasts the seed scenario with the installed jars and sizes a half-Kelly bet on it. */
public final class SeedForecast {
    private SeedForecast() {
    }

    /**
     * @param args the seed scenario's directory
     */
    public static void main(String[] args) {
        Scenario seed = Scenario.load(Path.of(args[0]));
        ScenarioForecast tokyo = seed.forecast().forecast("potus-tokyo-2026");
        KellyBet bet = KellyBet.of(tokyo.probability(), 0.37, KellyOptions.fraction(0.5).withFee(0.01), 1000);
        System.out.printf(Locale.ROOT, "bom-consumer: potus-tokyo-2026 P(YES) = %.4f; at a price of 0.37, half Kelly"
                + " buys %s for %.2f of 1000%n", tokyo.probability(), bet.side(), bet.stake());
        if (Math.abs(tokyo.probability() - 0.4715) > 5e-5) {
            throw new AssertionError("expected P(YES) 0.4715 as README says, got " + tokyo.probability());
        }
    }
}
