package org.forecast4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.logistic.LogisticModel;
import org.forecast4j.core.logistic.LogisticRegression;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.LinearLogOddsModel;
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

    static final String LOGISTIC = "logistic";
    static final String BAYES_LOGISTIC = "bayes-logistic";
    static final String MARKET_ANCHORED = "market-anchored";

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
            description = "logistic, bayes-logistic or market-anchored (the market price's log-odds as an offset,"
                    + " a Bayesian fit of the departure from it).")
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

    @Option(names = "--max-iter", paramLabel = "N", defaultValue = "100",
            description = "Newton iteration limit (default: ${DEFAULT-VALUE}).")
    int maxIter;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file (JSON) to write.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object instead of the coefficient table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Trainer trainer = trainer();
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
        if (MARKET_ANCHORED.equals(model) && !names.contains(market == null ? "market" : market)) {
            throw new ParameterException(spec.commandLine(), "--market: '" + (market == null ? "market" : market)
                    + "' is not among the feature columns " + names + "; name the column of market prices with"
                    + " --market COL");
        }
        double[][] x = table.numericMatrix(names);
        boolean[] y = table.outcomeColumn(label);
        if (MARKET_ANCHORED.equals(model)) {
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
        LinearLogOddsModel fitted;
        try {
            fitted = trainer.fit(x, y, schema);
        } catch (InvalidInputException e) {
            throw e.source() == null ? new InvalidInputException(data.toString(), 0, null, null, e.problem(), e) : e;
        }
        boolean converged = fitted instanceof LogisticModel m ? m.converged()
                : fitted instanceof MarketAnchoredModel a ? a.converged()
                : ((BayesianLogisticModel) fitted).converged();
        if (!converged) {
            throw InvalidInputException.of(data.toString(), "the fit did not converge in " + maxIter
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

    /** Fits one kind of model. */
    @FunctionalInterface
    private interface Trainer {
        LinearLogOddsModel fit(double[][] x, boolean[] y, FeatureSchema schema);
    }

    private Trainer trainer() {
        if (market != null && !MARKET_ANCHORED.equals(model)) {
            throw new ParameterException(spec.commandLine(), "--market applies to --model market-anchored");
        }
        try {
            if (MARKET_ANCHORED.equals(model)) {
                if (l2 != null || interceptPriorSd != null) {
                    throw new ParameterException(spec.commandLine(), "--model market-anchored takes --market and"
                            + " --prior-sd (one prior sd for the intercept and every coefficient), not --l2 or"
                            + " --intercept-prior-sd");
                }
                MarketAnchoredRegression regression = new MarketAnchoredRegression(MarketAnchoredRegression.Options
                        .DEFAULTS.withAnchor(market == null ? "market" : market)
                        .withPriorSd(priorSd == null ? Double.NaN : priorSd));
                return regression::train;
            }
            if (LOGISTIC.equals(model)) {
                if (priorSd != null || interceptPriorSd != null) {
                    throw new ParameterException(spec.commandLine(), "--prior-sd and --intercept-prior-sd apply to"
                            + " --model bayes-logistic; --model logistic takes --l2");
                }
                LogisticRegression regression = new LogisticRegression(new LogisticRegression.Options(
                        l2 == null ? 0.0 : l2, maxIter, LogisticRegression.Options.DEFAULTS.tolerance()));
                return regression::train;
            }
            if (BAYES_LOGISTIC.equals(model)) {
                if (l2 != null) {
                    throw new ParameterException(spec.commandLine(), "--l2 applies to --model logistic; --model"
                            + " bayes-logistic takes --prior-sd and --intercept-prior-sd");
                }
                BayesianLogisticRegression.Options defaults = BayesianLogisticRegression.Options.DEFAULTS;
                BayesianLogisticRegression regression = new BayesianLogisticRegression(new BayesianLogisticRegression
                        .Options(priorSd == null ? defaults.priorSd() : priorSd,
                                interceptPriorSd == null ? defaults.interceptPriorSd() : interceptPriorSd, maxIter,
                                defaults.tolerance(), 0.0));
                return regression::train;
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        throw new ParameterException(spec.commandLine(), "--model must be logistic, bayes-logistic or"
                + " market-anchored, got '" + model + "'");
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

    /** The {@code --json} object: model, coefficients, standardErrors, fit statistics; posterior for Bayes. */
    static ObjectNode summary(LinearLogOddsModel fitted) {
        ObjectNode root = ForecastJson.mapper().createObjectNode();
        root.put("model", fitted.kind());
        FeatureSchema schema = fitted.schema();
        ObjectNode coefficients = root.putObject("coefficients");
        ObjectNode errors = root.putObject("standardErrors");
        coefficients.put("intercept", fitted.intercept());
        for (int j = 0; j < schema.size(); j++) {
            coefficients.put(schema.name(j), fitted.coefficient(j));
        }
        if (fitted instanceof LogisticModel logistic) {
            errors.put("intercept", logistic.interceptStandardError());
            for (int j = 0; j < schema.size(); j++) {
                errors.put(schema.name(j), logistic.standardError(j));
            }
            root.put("logLikelihood", logistic.logLikelihood());
            root.put("iterations", logistic.iterations());
            root.put("converged", logistic.converged());
            return root;
        }
        if (fitted instanceof MarketAnchoredModel anchored) {
            errors.put("intercept", Math.sqrt(anchored.posteriorCovariance()[0][0]));
            for (int j = 0; j < schema.size(); j++) {
                errors.put(schema.name(j), anchored.coefficientSd(j));
            }
            root.put("anchor", schema.name(anchored.anchor()));
            root.put("priorSd", anchored.priorSd());
            root.put("logLikelihood", anchored.logLikelihood());
            root.put("iterations", anchored.iterations());
            root.put("converged", anchored.converged());
            root.set("posteriorMean", coefficients.deepCopy());
            root.set("posteriorSd", errors.deepCopy());
            root.put("logEvidence", anchored.logEvidence());
            return root;
        }
        BayesianLogisticModel bayes = (BayesianLogisticModel) fitted;
        errors.put("intercept", bayes.interceptSd());
        for (int j = 0; j < schema.size(); j++) {
            errors.put(schema.name(j), bayes.coefficientSd(j));
        }
        root.put("logLikelihood", bayes.logLikelihood());
        root.put("iterations", bayes.iterations());
        root.put("converged", bayes.converged());
        root.set("posteriorMean", coefficients.deepCopy());
        root.set("posteriorSd", errors.deepCopy());
        root.put("logEvidence", bayes.logEvidence());
        return root;
    }
}
