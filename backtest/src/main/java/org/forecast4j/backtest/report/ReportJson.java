package org.forecast4j.backtest.report;

import java.util.Locale;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.Durations;
import org.forecast4j.backtest.ForecastSource;
import org.forecast4j.backtest.PeriodScore;
import org.forecast4j.backtest.RefitSelection;
import org.forecast4j.backtest.Selection;
import org.forecast4j.backtest.TradingResult;
import org.forecast4j.core.LibraryVersion;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.scoring.ScoreReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the {@code report.json} tree of a backtest. */
final class ReportJson {
    static final int FORMAT_VERSION = 1;

    private ReportJson() {
    }

    static ObjectNode of(BacktestResult result) {
        BacktestConfig config = result.config();
        ObjectNode root = ForecastJson.mapper().createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", "forecast4j-backtest");
        root.put("library", "forecast4j " + LibraryVersion.get());
        if (config.attribution() != null) {
            root.put("attribution", config.attribution());
        }
        root.set("config", config(result));
        ObjectNode inputs = root.putObject("inputs");
        inputs.put("questionsGiven", result.inputs().questionsGiven());
        inputs.put("questionsForecast", result.inputs().questionsForecast());
        inputs.put("unresolvedLeftOut", result.inputs().unresolved());
        inputs.put("withoutForecastTimeLeftOut", result.inputs().withoutForecastTimes());
        inputs.put("events", result.inputs().events());
        ObjectNode rows = root.putObject("rows");
        rows.put("total", result.rows().size());
        rows.put("fromModel", result.rowsFromModel());
        rows.put("fromMarket", result.rowsFrom(ForecastSource.MARKET));
        rows.put("fromPrior", result.rowsFrom(ForecastSource.PRIOR));
        rows.put("withMarket", result.rowsWithMarket());
        ObjectNode fits = root.putObject("fits");
        fits.put("modelFits", result.fits().modelFits());
        fits.put("modelFailures", result.fits().modelFailures());
        if (result.fits().firstModelFailure() != null) {
            fits.put("firstModelFailure", result.fits().firstModelFailure());
        }
        fits.put("calibratorFits", result.fits().calibratorFits());
        fits.put("calibratorFailures", result.fits().calibratorFailures());
        if (result.fits().firstCalibratorFailure() != null) {
            fits.put("firstCalibratorFailure", result.fits().firstCalibratorFailure());
        }
        root.set("rules", rules(config));
        root.set("selections", selections(result));

        ObjectNode forecasters = root.putObject("forecasters");
        int total = result.rows().size();
        forecasters.set("model", forecaster("the backtested forecasts: the fitted model"
                + (config.calibrator().name().equals("none") ? "" : " and calibrator")
                + " where used, else the market price or, with none known, the running base rate",
                "all rows of forecasts.csv (" + total + ")", result.scores().model()));
        if (result.scores().market() != null) {
            forecasters.set("market", forecaster("the market price as of the forecast time (the latest observed at"
                    + " or before it)", "only the rows of forecasts.csv where the market price is known ("
                    + result.rowsWithMarket() + " of " + total + ")", result.scores().market()));
        } else {
            ObjectNode none = forecasters.putObject("market");
            none.put("description", "the market price as of the forecast time");
            none.put("rows", "none: no row has a market price");
            none.put("n", 0);
        }
        forecasters.set("baseRate", forecaster("the running base rate (k + 1)/(n + 2) of the n questions resolved by"
                + " the forecast time, k of them yes", "all rows of forecasts.csv (" + total + ")",
                result.scores().baseRate()));
        forecasters.set("half", forecaster("the constant 0.5", "all rows of forecasts.csv (" + total + ")",
                result.scores().half()));

        ObjectNode comparisons = root.putObject("comparisons");
        comparison(comparisons, "modelMinusMarket", "market", result.scores().modelVsMarket());
        comparison(comparisons, "modelMinusMarketOnModelRows", "market", result.scores().modelVsMarketOnModelRows());
        comparison(comparisons, "modelMinusBaseRate", "baseRate", result.scores().modelVsBaseRate());

        root.set("trading", trading(result.trading()));

        ArrayNode periods = root.putArray("brierOverTime");
        for (PeriodScore period : result.brierOverTime()) {
            ObjectNode p = periods.addObject();
            p.put("period", period.period());
            p.put("start", period.start().toString());
            p.put("n", period.n());
            p.put("model", period.model());
            p.put("baseRate", period.baseRate());
            p.put("marketN", period.marketN());
            if (period.marketN() > 0) {
                p.put("market", period.market());
            }
        }
        return root;
    }

    private static ObjectNode config(BacktestResult result) {
        BacktestConfig config = result.config();
        ObjectNode c = ForecastJson.mapper().createObjectNode();
        c.put("model", config.model().kind().name());
        ObjectNode options = c.putObject("modelOptions");
        config.model().settings().forEach((name, value) -> {
            try {
                options.put(name, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                options.put(name, value);
            }
        });
        c.put("calibrator", config.calibrator().name());
        c.put("schedule", config.schedule().toString());
        c.put("refit", config.refit().isIncremental() ? "incremental" : "every "
                + Durations.format(config.refit().interval()));
        if (config.refit().isIncremental()) {
            c.put("recalibrate", "every " + Durations.format(config.refit().interval()));
        }
        c.put("minTrain", config.minTrain());
        c.put("minCalibration", config.minCalibration());
        c.put("selection", config.selection().label());
        c.put("fee", config.kelly().fee());
        c.put("kellyFraction", config.kelly().multiplier());
        c.put("bins", config.scoring().bins());
        c.put("bootstrapReplicates", config.scoring().bootstrapReplicates());
        c.put("intervalLevel", config.scoring().intervalLevel());
        c.put("seed", config.scoring().seed());
        ArrayNode features = c.putArray("features");
        result.inputs().features().forEach(features::add);
        return c;
    }

    static ObjectNode rules(BacktestConfig config) {
        ObjectNode r = ForecastJson.mapper().createObjectNode();
        r.put("walkForward", "A forecast of question q at time t uses the features of q from the events published"
                + " at or before t and the prices observed at or before t, and a model fitted only on questions"
                + " resolved at or before t. No forecast is made at or after q's resolution.");
        r.put("trainingRows", "A resolved question's training rows are its own feature rows at its own forecast"
                + " times (all before its resolution), labelled with its outcome; every row counts once. trainedOn"
                + " is the number of resolved questions the model that made a forecast was fitted on.");
        if (config.refit().isIncremental()) {
            r.put("refit", "incremental: from the prior, the Bayesian posterior is updated online with every"
                    + " training row of each question when it resolves, so a forecast at t uses every question"
                    + " resolved at or before t.");
        } else {
            r.put("refit", "every " + Durations.format(config.refit().interval()) + ": on the grid T0 + k * "
                    + Durations.format(config.refit().interval()) + " anchored at the first forecast time T0, a"
                    + " forecast at t uses the model fitted at the latest grid time g <= t on the questions"
                    + " resolved at or before g. A fit with no answer keeps the previous model.");
        }
        r.put("calibration", config.calibrator().name().equals("none") ? "none"
                : config.calibrator().name() + ", fitted at each refit time g"
                        + (config.refit().isIncremental() ? " (every " + Durations.format(config.refit().interval())
                                + ")" : "")
                        + " on the model's uncalibrated out-of-sample forecasts of the questions resolved at or"
                        + " before g (each made before its question resolved, by a model that had not seen it);"
                        + " used once there are at least " + config.minCalibration()
                        + " of them with both outcomes.");
        r.put("fallback", "Until the model has been fitted on " + config.minTrain() + " resolved questions, and"
                + " wherever it is not used, the forecast passes through: the market price as of t where one is"
                + " known (source = market), else the running base rate (k + 1)/(n + 2) of the n questions resolved"
                + " by t, k of them yes, the posterior mean under a Beta(1, 1) prior (source = prior).");
        r.put("selection", config.selection() == Selection.NONE
                ? "none: the model is used once fitted, and the calibrator once fitted"
                : "walk-forward: at each refit time g, the model is used until the next refit on forecasts with a"
                        + " market price only if, on the out-of-sample forecasts with a price of the questions"
                        + " resolved at or before g (at least " + config.minCalibration() + " of them), its mean"
                        + " Brier score was below the market's on the same rows (model), and on forecasts without"
                        + " a price only if it beat the running base rate likewise (modelWithoutPrice); the"
                        + " calibrator only if its out-of-sample forecasts beat the uncalibrated model's."
                        + " 'selections' lists each refit's choices and why.");
        r.put("scoring", "Every row of forecasts.csv is weighted equally; the market is scored only over the rows"
                + " where its price is known. Reliability bins are equal-width with Jeffreys intervals.");
        r.put("intervals", String.format(Locale.ROOT, "Seeded percentile bootstrap intervals (%d replicates, %.0f%%,"
                + " seed %d): 'interval' resamples rows, 'questionInterval' resamples whole questions (rows of one"
                + " question are not independent).", config.scoring().bootstrapReplicates(),
                100 * config.scoring().intervalLevel(), config.scoring().seed()));
        r.put("trading", "Start with wealth 1 in cash. At each forecast made by the model with a market price in"
                + " (0, 1), buy the side with a positive edge (YES costs price + fee per contract paying 1, NO"
                + " costs 1 - price + fee) with kellyFraction x the Kelly fraction (q - c)/(1 - c) of the cash:"
                + " open bets are funded from cash only. A bet settles at its question's resolution, paying 1 per"
                + " contract if its side won. At equal times settlements come before bets. Equity = cash + open"
                + " bets at cost; the maximum drawdown is the largest fall of equity from its running peak,"
                + " relative to the peak.");
        return r;
    }

    private static ArrayNode selections(BacktestResult result) {
        ArrayNode list = ForecastJson.mapper().createArrayNode();
        for (RefitSelection s : result.selections()) {
            ObjectNode node = list.addObject();
            node.put("at", s.at().toString());
            node.put("questions", s.questions());
            node.set("model", choice(s.model()));
            node.set("modelWithoutPrice", choice(s.modelWithoutPrice()));
            if (s.calibrator() != null) {
                node.set("calibrator", choice(s.calibrator()));
            }
        }
        return list;
    }

    private static ObjectNode choice(RefitSelection.Choice c) {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        node.put("used", c.used());
        node.put("rows", c.rows());
        if (c.rows() > 0) {
            node.put("brier", c.brier());
            node.put("passThroughBrier", c.passThroughBrier());
        }
        node.put("reason", c.reason());
        return node;
    }

    private static ObjectNode forecaster(String description, String rows, ScoreReport report) {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        node.put("description", description);
        node.put("rows", rows);
        node.setAll((ObjectNode) ForecastJson.mapper().valueToTree(report));
        return node;
    }

    private static void comparison(ObjectNode parent, String name, String b, BacktestResult.Comparison c) {
        if (c == null) {
            ObjectNode none = parent.putObject(name);
            none.put("rows", "none");
            none.put("n", 0);
            return;
        }
        ObjectNode node = parent.putObject(name);
        node.put("a", "model");
        node.put("b", b);
        node.put("rows", c.rows());
        node.put("questions", c.questions());
        node.setAll((ObjectNode) ForecastJson.mapper().valueToTree(c.paired()));
        if (c.questionInterval() != null) {
            node.set("questionInterval", ForecastJson.mapper().valueToTree(c.questionInterval()));
        }
    }

    private static ObjectNode trading(TradingResult t) {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        node.put("startingWealth", t.startingWealth());
        node.put("finalWealth", t.finalWealth());
        if (Double.isFinite(t.logGrowth())) {
            node.put("logGrowth", t.logGrowth());
        } else {
            node.putNull("logGrowth");
        }
        node.put("maxDrawdown", t.maxDrawdown());
        node.put("bets", t.bets());
        node.put("wins", t.wins());
        node.put("yesBets", t.yesBets());
        node.put("noBets", t.noBets());
        node.put("totalStaked", t.totalStaked());
        node.put("feesPaid", t.feesPaid());
        node.put("eligibleForecasts", t.eligibleForecasts());
        node.put("fee", t.fee());
        node.put("kellyFraction", t.kellyMultiplier());
        return node;
    }
}
