package org.forecast4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.pooling.LogOddsPool;
import org.forecast4j.core.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code forecast pool}: weighted log-odds pooling of several forecasts, with extremizing. */
@Command(name = "pool", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Pool probability forecasts of one event: p = σ(d · Σ wᵢ logit pᵢ / Σ wᵢ).",
            "d > 1 extremizes (pushes away from 1/2), d < 1 shrinks towards 1/2. To blend a model with the market"
                + " price, pool the two with weights w and 1 − w. Inputs of 0 or 1 are clipped to [1e-15, 1 − 1e-15]."})
public final class PoolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--probs", required = true, split = ",", paramLabel = "P1,P2,...", hideParamSyntax = true,
            description = "The probabilities to pool, each in [0, 1].")
    double[] probs;

    @Option(names = "--weights", split = ",", paramLabel = "W1,W2,...", hideParamSyntax = true,
            description = "One weight >= 0 per probability, not all 0 (default: equal).")
    double[] weights;

    @Option(names = "--extremize", paramLabel = "D", defaultValue = "1",
            description = "The extremizing factor d >= 0 (default: ${DEFAULT-VALUE}, none).")
    double extremize;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        for (int i = 0; i < probs.length; i++) {
            if (!(probs[i] >= 0 && probs[i] <= 1)) {
                throw usage("--probs value " + (i + 1) + " must be a probability in [0, 1], got " + probs[i]);
            }
        }
        if (weights != null && weights.length != probs.length) {
            throw usage("--weights needs one weight per probability: " + probs.length + " probabilities, "
                    + weights.length + " weights");
        }
        double probability;
        double meanLogOdds;
        try {
            probability = LogOddsPool.pool(probs, weights, extremize);
            meanLogOdds = LogOddsPool.meanLogOdds(probs, weights);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = ForecastJson.mapper().createObjectNode();
            root.put("probability", probability);
            root.put("logOdds", extremize * meanLogOdds);
            root.put("extremize", extremize);
            ArrayNode inputs = root.putArray("inputs");
            for (int i = 0; i < probs.length; i++) {
                inputs.addObject().put("probability", probs[i]).put("weight", weights == null ? 1.0 : weights[i]);
            }
            out.print(ForecastJson.toPrettyJson(root));
        } else {
            TextTable table = new TextTable("input", "probability", "weight");
            for (int i = 0; i < probs.length; i++) {
                table.row(i + 1, TextTable.number(probs[i]), TextTable.number(weights == null ? 1.0 : weights[i]));
            }
            out.print(table);
            out.println();
            out.println("pooled probability " + TextTable.number(probability) + " (log-odds "
                    + TextTable.number(extremize * meanLogOdds) + ", d = " + TextTable.number(extremize) + ")");
        }
        out.flush();
        return ForecastCli.OK;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
