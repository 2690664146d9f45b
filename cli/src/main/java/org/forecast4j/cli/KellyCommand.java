package org.forecast4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.core.trading.Kelly;
import org.forecast4j.core.trading.KellyBet;
import org.forecast4j.core.trading.KellyOptions;
import org.forecast4j.core.trading.KellySizing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code forecast kelly}: size a bet on a binary contract. */
@Command(name = "kelly", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Size a bet on a binary contract with the Kelly criterion: the side with an edge after fees"
                + " (YES costs price + fee, NO costs 1 - price + fee), the fraction (p - c)/(1 - c) of the"
                + " bankroll times the fractional-Kelly multiplier (half Kelly unless --fraction says otherwise),"
                + " the stake, the contracts it buys and the"
                + " expected log growth of wealth per bet.",
            "With --sd, the stake shrinks for uncertainty in the probability by f*^2/(f*^2 + (sd/(1 - c))^2)."})
public final class KellyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--prob", required = true, paramLabel = "P", description = "Your probability of YES, in [0, 1].")
    double prob;

    @Option(names = "--price", required = true, paramLabel = "Q", description = "The YES price, in (0, 1).")
    double price;

    @Option(names = "--fee", paramLabel = "F", defaultValue = "0",
            description = "Fee per contract, in price units (default: ${DEFAULT-VALUE}).")
    double fee;

    @Option(names = "--fraction", paramLabel = "K", defaultValue = "0.5",
            description = {"Fractional-Kelly multiplier in (0, 1] (default: ${DEFAULT-VALUE}, half Kelly; 1 is full"
                    + " Kelly). Half, because the probability is an estimate: if it overstates the edge twofold,"
                    + " full Kelly's expected log growth falls to about zero while half Kelly stakes what full Kelly"
                    + " on the true edge would; and half Kelly keeps about three quarters of full Kelly's growth at half"
                    + " its stake."})
    double fraction;

    @Option(names = "--bankroll", paramLabel = "B", defaultValue = "1",
            description = "Bankroll the stake is a fraction of (default: ${DEFAULT-VALUE}).")
    double bankroll;

    @Option(names = "--sd", paramLabel = "S", defaultValue = "0",
            description = "Standard deviation of your probability, for shrinkage (default: ${DEFAULT-VALUE}).")
    double sd;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    private void require(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    @Override
    public Integer call() {
        KellySizing sizing = new KellySizing();
        KellyOptions options = CliChecks.kelly(spec.commandLine(), "--fee", fee, "--fraction", fraction);
        require(prob >= 0 && prob <= 1, "--prob must be in [0, 1], got " + prob);
        require(price > 0 && price < 1, "--price must be in (0, 1), got " + price);
        require(sd >= 0 && sd < Double.POSITIVE_INFINITY, "--sd must be finite and >= 0, got " + sd);
        require(bankroll >= 0 && bankroll < Double.POSITIVE_INFINITY, "--bankroll must be finite and >= 0, got "
                + bankroll);
        try {
            Kelly.sizeWithUncertainty(prob, sd, price, options, bankroll, sizing);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        KellyBet bet = sizing.toBet();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ForecastJson.toPrettyJson(bet));
        } else {
            out.println(String.format(Locale.ROOT, "p = %s against price %s, fee %s, multiplier %s, bankroll %s",
                    plain(prob), plain(price), plain(fee), plain(fraction), plain(bankroll)));
            out.println();
            TextTable table = new TextTable("quantity", "value");
            table.row("side", bet.side());
            table.row("edge", TextTable.number(bet.edge()));
            table.row("fraction", TextTable.number(bet.fraction()));
            table.row("stake", TextTable.number(bet.stake()));
            table.row("contracts", TextTable.number(bet.contracts()));
            table.row("expectedLogGrowth", TextTable.number(bet.expectedLogGrowth(), 6));
            out.print(table);
        }
        out.flush();
        return ForecastCli.OK;
    }

    private static String plain(double v) {
        return Double.toString(v);
    }
}
