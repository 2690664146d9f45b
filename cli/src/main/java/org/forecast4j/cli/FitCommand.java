package org.forecast4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kinds.ModelChoice;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.FitDiagnostics;
import org.forecast4j.core.model.LinearLogOddsModel;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.model.TrainingSet;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.features.csv.CsvTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code forecast fit}: fits a logistic or Bayesian logistic regression to a CSV file and writes the model file. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit a logistic regression (maximum likelihood or L2) or a Bayesian logistic regression"
                + " (Gaussian priors, Laplace posterior) to a CSV file and write the model file.",
            "Outcomes may be 0/1, true/false or yes/no; features must be numbers. A failed fit (separated"
                + " outcomes, collinear features, no convergence) writes no model file."})
public final class FitCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with a header row.")
    Path data;

    @Option(names = "--label", required = true, paramLabel = "COL", description = "Column of outcomes.")
    String label;

    @Option(names = "--features", split = ",", paramLabel = "COL",
            description = "Feature columns, in model order (default: every column but the label).")
    List<String> features;

    @Option(names = "--model", required = true, paramLabel = "KIND",
            description = "logistic, bayes-logistic, market-anchored (the market price's log-odds as an offset,"
                    + " a Bayesian fit of the departure from it), evidence or log-odds-pool (any registered kind).")
    String model;

    @Option(names = "--market", paramLabel = "COL",
            description = "market-anchored only: the column of market prices in [0, 1] the model starts from"
                    + " (default: market).")
    String market;

    @Option(names = "--l2", paramLabel = "X",
            description = "logistic only: L2 penalty on the coefficients, not the intercept (default: 0, maximum"
                    + " likelihood).")
    Double l2;

    @Option(names = "--prior-sd", paramLabel = "X",
            description = "bayes-logistic: prior sd of each coefficient, in log-odds per unit of its feature"
                    + " (default: 2.5); market-anchored: prior sd of each departure, per sd of its feature (default:"
                    + " chosen by the Laplace evidence; 0 keeps the market price).")
    Double priorSd;

    @Option(names = "--intercept-prior-sd", paramLabel = "X",
            description = "bayes-logistic only: prior sd of the intercept, in log-odds (default: 10).")
    Double interceptPriorSd;

    @Option(names = "--max-iter", paramLabel = "N",
            description = "logistic and bayes-logistic: Newton iteration limit (default: 100).")
    Integer maxIter;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file (JSON) to write.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object instead of the coefficient table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ModelChoice<?, ?> choice = choice();
        CsvTable table = CsvTable.read(data);
        table.column(label);
        List<String> names = featureNames(table);
        FeatureSchema schema;
        try {
            schema = FeatureSchema.of(names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--features: " + e.getMessage());
        }
        if (table.rowCount() == 0) {
            throw InvalidInputException.of(data.toString(), "has a header but no data rows: nothing to fit");
        }
        boolean anchored = choice.kind() == ModelKinds.MARKET_ANCHORED;
        if (anchored && !names.contains(market == null ? "market" : market)) {
            throw new ParameterException(spec.commandLine(), "--market: '" + (market == null ? "market" : market)
                    + "' is not among the feature columns " + names + "; name the column of market prices with"
                    + " --market COL");
        }
        double[][] x = table.numericMatrix(names);
        boolean[] y = table.outcomeColumn(label);
        if (anchored) {
            String column = market == null ? "market" : market;
            int j = names.indexOf(column);
            for (int i = 0; i < x.length; i++) {
                if (!(x[i][j] >= 0 && x[i][j] <= 1)) {
                    throw new InvalidInputException(data.toString(), table.line(i), column,
                            Double.toString(x[i][j]), "is not a market price in [0, 1] (--market names the column"
                                    + " of prices the model starts from, not their log-odds)");
                }
            }
        }
        ProbabilityModel fitted;
        try {
            fitted = choice.trainer().fit(TrainingSet.of(x, y, schema));
        } catch (InvalidInputException e) {
            throw e.source() == null ? new InvalidInputException(data.toString(), 0, null, null, e.problem(), e) : e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.of(data.toString(), "cannot fit " + choice.kind() + ": " + e.getMessage());
        }
        if (fitted instanceof FitDiagnostics d && !d.converged()) {
            throw InvalidInputException.of(data.toString(), "the fit did not converge in " + d.iterations()
                    + " Newton iterations; raise --max-iter, rescale the features, or add a penalty or prior");
        }
        ModelFiles.write(out, fitted.toDocument());
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            printer.print(ForecastJson.toPrettyJson(summary(fitted)));
        } else {
            printer.printf("%s: %d rows, label '%s'; wrote %s%n%n", data, table.rowCount(), label, out);
            printer.print(fitted);
        }
        printer.flush();
        return ForecastCli.OK;
    }

    private ModelChoice<?, ?> choice() {
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("prior-sd", priorSd);
        flags.put("intercept-prior-sd", interceptPriorSd);
        flags.put("l2", l2);
        flags.put("max-iter", maxIter);
        flags.put("market", market);
        return ModelFlags.choice(spec.commandLine(), model, flags);
    }

    private List<String> featureNames(CsvTable table) {
        if (features == null) {
            List<String> names = new ArrayList<>(table.header());
            names.remove(label);
            return names;
        }
        if (features.contains(label)) {
            throw new ParameterException(spec.commandLine(), "--features includes the label column '" + label
                    + "'");
        }
        for (String name : features) {
            table.column(name);
        }
        return features;
    }

    /**
     * The {@code --json} object: the kind; for a linear model its coefficients; for a fit by Newton's method the
     * standard errors (posterior sds for Bayesian kinds), log-likelihood, iterations and convergence.
     */
    static ObjectNode summary(ProbabilityModel fitted) {
        ObjectNode root = ForecastJson.mapper().createObjectNode();
        root.put("model", fitted.kind());
        FeatureSchema schema = fitted.schema();
        if (fitted instanceof LinearLogOddsModel linear) {
            ObjectNode coefficients = root.putObject("coefficients");
            coefficients.put("intercept", linear.intercept());
            for (int j = 0; j < schema.size(); j++) {
                coefficients.put(schema.name(j), linear.coefficient(j));
            }
        }
        if (fitted instanceof FitDiagnostics d) {
            ObjectNode errors = root.putObject("standardErrors");
            errors.put("intercept", d.interceptStandardError());
            for (int j = 0; j < schema.size(); j++) {
                errors.put(schema.name(j), d.standardError(j));
            }
            root.put("logLikelihood", d.logLikelihood());
            root.put("iterations", d.iterations());
            root.put("converged", d.converged());
            if (d.posterior()) {
                root.set("posteriorMean", root.get("coefficients").deepCopy());
                root.set("posteriorSd", errors.deepCopy());
            }
            d.details().forEach((name, value) -> {
                if (value instanceof Number n) {
                    root.put(name, n.doubleValue());
                } else {
                    root.put(name, String.valueOf(value));
                }
            });
        }
        return root;
    }
}
