package org.forecast4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.baserate.GammaPoissonHazard;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code forecast base-rate}: a base rate from a reference class, or from an event rate over a horizon. */
@Command(name = "base-rate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A base rate with a credible interval, from a reference class or from an event rate by a"
                + " deadline:",
            "  reference class: --successes K --trials N [--prior A,B]: the Beta-binomial posterior mean"
                + " (K + A)/(N + A + B); default prior Beta(1, 1).",
            "  rate by a deadline: --events E --exposure T --horizon H [--prior-shape A --prior-rate B]"
                + " [--hazard-ratio R]: the probability of at least one event within H,"
                + " 1 − ((B + T)/(B + T + R·H))^(A + E), under a Gamma-Poisson model; default prior"
                + " Gamma(0.5, 0) (Jeffreys). T and H are in the same time unit (e.g. years)."})
public final class BaseRateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--successes", paramLabel = "K", description = "Cases of the reference class with the outcome.")
    Double successes;

    @Option(names = "--trials", paramLabel = "N", description = "Cases in the reference class.")
    Double trials;

    @Option(names = "--prior", paramLabel = "A,B", split = ",", hideParamSyntax = true,
            description = "Beta prior pseudo-counts (default: 1,1).")
    double[] prior;

    @Option(names = "--events", paramLabel = "E", description = "Events observed over the exposure.")
    Double events;

    @Option(names = "--exposure", paramLabel = "T", description = "Time the events were observed over.")
    Double exposure;

    @Option(names = "--horizon", paramLabel = "H", description = "Time left to the deadline, in the unit of T.")
    Double horizon;

    @Option(names = "--prior-shape", paramLabel = "A", description = "Gamma prior shape (default: 0.5).")
    Double priorShape;

    @Option(names = "--prior-rate", paramLabel = "B", description = "Gamma prior rate, per time unit (default: 0).")
    Double priorRate;

    @Option(names = "--hazard-ratio", paramLabel = "R",
            description = "Multiply the rate in the horizon by R, for evidence that makes the event likelier (R > 1)"
                    + " or less likely (R < 1) (default: 1).")
    Double hazardRatio;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.9",
            description = "Coverage of the credible interval (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        boolean counts = successes != null || trials != null || prior != null;
        boolean rate = events != null || exposure != null || horizon != null || priorShape != null
                || priorRate != null || hazardRatio != null;
        if (counts && rate) {
            throw usage("give either --successes and --trials (a reference class) or --events, --exposure and"
                    + " --horizon (a rate), not both");
        }
        if (!counts && !rate) {
            throw usage("give --successes and --trials (a reference class), or --events, --exposure and --horizon"
                    + " (a rate)");
        }
        if (!(level > 0 && level < 1)) {
            throw usage("--level must be in (0, 1), got " + level);
        }
        ObjectNode result = counts ? referenceClass() : deadline();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(ForecastJson.toPrettyJson(result));
        } else {
            out.print(table(result));
        }
        out.flush();
        return ForecastCli.OK;
    }

    private ObjectNode referenceClass() {
        if (successes == null || trials == null) {
            throw usage("a reference class needs both --successes and --trials");
        }
        if (prior != null && prior.length != 2) {
            throw usage("--prior needs two numbers A,B, got " + prior.length);
        }
        double alpha = prior == null ? BetaBinomialBaseRate.DEFAULT_PRIOR_ALPHA : prior[0];
        double beta = prior == null ? BetaBinomialBaseRate.DEFAULT_PRIOR_BETA : prior[1];
        BetaBinomialBaseRate rate;
        try {
            rate = BetaBinomialBaseRate.of(successes, trials, alpha, beta);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        ObjectNode root = ForecastJson.mapper().createObjectNode();
        root.put("model", "beta-binomial");
        root.put("successes", successes);
        root.put("trials", trials);
        root.putObject("prior").put("alpha", alpha).put("beta", beta);
        root.putObject("posterior").put("alpha", rate.posteriorAlpha()).put("beta", rate.posteriorBeta());
        root.put("probability", rate.mean());
        putInterval(root, rate.interval(level));
        return root;
    }

    private ObjectNode deadline() {
        if (events == null || exposure == null || horizon == null) {
            throw usage("a rate needs --events, --exposure and --horizon");
        }
        double shape = priorShape == null ? GammaPoissonHazard.DEFAULT_PRIOR_SHAPE : priorShape;
        double priorRateValue = priorRate == null ? GammaPoissonHazard.DEFAULT_PRIOR_RATE : priorRate;
        double ratio = hazardRatio == null ? 1.0 : hazardRatio;
        GammaPoissonHazard hazard;
        double p;
        ProbabilityInterval interval;
        double[] x = {1};
        try {
            hazard = GammaPoissonHazard.builder().prior(shape, priorRateValue).observed(events, exposure)
                    .hazardRatio("hazard-ratio", ratio).build();
            p = hazard.probability(horizon, x);
            interval = hazard.interval(horizon, x, level);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        ObjectNode root = ForecastJson.mapper().createObjectNode();
        root.put("model", "gamma-poisson");
        root.put("events", events);
        root.put("exposure", exposure);
        root.put("horizon", horizon);
        root.put("hazardRatio", ratio);
        root.putObject("prior").put("shape", shape).put("rate", priorRateValue);
        root.putObject("posterior").put("shape", hazard.posteriorShape()).put("rate", hazard.posteriorRate());
        root.put("rateMean", hazard.rateMean());
        root.put("probability", p);
        putInterval(root, interval);
        return root;
    }

    private static void putInterval(ObjectNode root, ProbabilityInterval interval) {
        root.putObject("interval").put("lower", interval.lower()).put("upper", interval.upper())
                .put("level", interval.level());
    }

    private static String table(ObjectNode r) {
        TextTable t = new TextTable("quantity", "value");
        boolean counts = r.get("model").asString().equals("beta-binomial");
        if (counts) {
            t.row("reference class", count(r.get("successes").asDouble()) + " of "
                    + count(r.get("trials").asDouble()));
            t.row("prior", "Beta(" + TextTable.number(r.get("prior").get("alpha").asDouble()) + ", "
                    + TextTable.number(r.get("prior").get("beta").asDouble()) + ")");
            t.row("posterior", "Beta(" + TextTable.number(r.get("posterior").get("alpha").asDouble()) + ", "
                    + TextTable.number(r.get("posterior").get("beta").asDouble()) + ")");
        } else {
            t.row("events / exposure", count(r.get("events").asDouble()) + " / "
                    + count(r.get("exposure").asDouble()));
            t.row("prior rate", "Gamma(shape " + TextTable.number(r.get("prior").get("shape").asDouble()) + ", rate "
                    + TextTable.number(r.get("prior").get("rate").asDouble()) + ")");
            t.row("posterior rate", "Gamma(shape " + TextTable.number(r.get("posterior").get("shape").asDouble())
                    + ", rate " + TextTable.number(r.get("posterior").get("rate").asDouble()) + ")");
            t.row("mean rate per time unit", TextTable.number(r.get("rateMean").asDouble()));
            t.row("hazard ratio", TextTable.number(r.get("hazardRatio").asDouble()));
            t.row("horizon", TextTable.number(r.get("horizon").asDouble()));
        }
        t.row(counts ? "probability (posterior mean)" : "P(at least one event in horizon)",
                TextTable.number(r.get("probability").asDouble()));
        ObjectNode interval = (ObjectNode) r.get("interval");
        t.row(count(interval.get("level").asDouble() * 100) + "% credible interval",
                "[" + TextTable.number(interval.get("lower").asDouble()) + ", "
                        + TextTable.number(interval.get("upper").asDouble()) + "]");
        return t.toString();
    }

    /** Whole numbers without decimals (3, not 3.0000), others as {@link TextTable#number(double)}. */
    static String count(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : TextTable.number(v);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
