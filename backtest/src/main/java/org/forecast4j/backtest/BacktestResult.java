package org.forecast4j.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.scoring.BootstrapInterval;
import org.forecast4j.core.scoring.PairedComparison;
import org.forecast4j.core.scoring.ScoreAccumulator;
import org.forecast4j.core.scoring.ScoreReport;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.core.text.TextTable;

/**
 * The result of a {@link Backtest}: every forecast, the scores of the model and its baselines over the same
 * rows, paired comparisons, the simulated trading account and the Brier score over time. Immutable; its
 * {@link #toString()} is a readable summary, and {@code BacktestReport.write} writes it as files.
 *
 * @param config the configuration it ran with
 * @param inputs what went in
 * @param rows the forecasts, in time order (ties by question order): the lines of {@code forecasts.csv}
 * @param fits how the model and calibrator fits went
 * @param scores the scores of each forecaster and the paired comparisons
 * @param trading the simulated Kelly account against the market price
 * @param brierOverTime the mean Brier score per calendar period of the forecast time
 * @param selections what was chosen at each refit once the model was fitted, and why (see {@link Selection})
 */
public record BacktestResult(BacktestConfig config, Inputs inputs, List<BacktestRow> rows, FitCounts fits,
        Scores scores, TradingResult trading, List<PeriodScore> brierOverTime, List<RefitSelection> selections) {

    /**
     * Copies the lists.
     *
     * @param config the configuration it ran with
     * @param inputs what went in
     * @param rows the forecasts, in time order (ties by question order): the lines of {@code forecasts.csv}
     * @param fits how the model and calibrator fits went
     * @param scores the scores of each forecaster and the paired comparisons
     * @param trading the simulated Kelly account against the market price
     * @param brierOverTime the mean Brier score per calendar period of the forecast time
     * @param selections what was chosen at each refit once the model was fitted, and why (see {@link Selection})
     */
    public BacktestResult {
        rows = List.copyOf(rows);
        brierOverTime = List.copyOf(brierOverTime);
        selections = List.copyOf(selections);
    }

    /**
     * What went into a backtest.
     *
     * @param questionsGiven the questions passed in
     * @param questionsForecast the resolved questions with at least one forecast time: the ones forecast
     * @param unresolved questions left out because their outcome is unknown
     * @param withoutForecastTimes resolved questions left out because the schedule gives them no forecast time
     *     before their resolution
     * @param events the events in the log
     * @param features the feature names, in spec order
     */
    public record Inputs(int questionsGiven, int questionsForecast, int unresolved, int withoutForecastTimes,
            int events, List<String> features) {
        /**
         * Copies the feature list.
         *
         * @param questionsGiven the questions passed in
         * @param questionsForecast the resolved questions with at least one forecast time: the ones forecast
         * @param unresolved questions left out because their outcome is unknown
         * @param withoutForecastTimes resolved questions left out because the schedule gives them no forecast time before their resolution
         * @param events the events in the log
         * @param features the feature names, in spec order
         */
        public Inputs {
            features = List.copyOf(features);
        }
    }

    /**
     * A paired Brier comparison of two forecasters on the same rows.
     *
     * @param rows which rows, in words
     * @param paired the mean Brier difference A − B (negative favours A), its standard error and a bootstrap
     *     interval that resamples rows
     * @param questions the number of distinct questions among the rows
     * @param questionInterval a bootstrap interval of the same mean that resamples whole questions (same
     *     replicates, level and seed); wider than the row interval when a question's rows are correlated
     */
    public record Comparison(String rows, PairedComparison paired, int questions, BootstrapInterval questionInterval) {
    }

    /**
     * The forecasters' scores, each over the rows of {@code forecasts.csv}, every row weighted equally.
     *
     * @param model the backtested forecasts (the model where used, else the market price or the base rate), all rows
     * @param market the market price, over the rows where it is known; {@code null} if it never is
     * @param baseRate the running base rate {@code (k + 1)/(n + 2)}, all rows
     * @param half the constant 0.5, all rows
     * @param modelVsMarket model − market over the rows with a market price; {@code null} if none
     * @param modelVsMarketOnModelRows model − market over the rows with a market price that the fitted model
     *     (not the prior) forecast; {@code null} if none
     * @param modelVsBaseRate model − base rate, all rows
     */
    public record Scores(ScoreReport model, ScoreReport market, ScoreReport baseRate, ScoreReport half,
            Comparison modelVsMarket, Comparison modelVsMarketOnModelRows, Comparison modelVsBaseRate) {
    }

    /** @return the number of rows with a market price */
    public int rowsWithMarket() {
        int n = 0;
        for (BacktestRow row : rows) {
            n += row.hasMarket() ? 1 : 0;
        }
        return n;
    }

    /** @return the number of rows forecast by the fitted model rather than passed through */
    public int rowsFromModel() {
        return rowsFrom(ForecastSource.MODEL);
    }

    /**
     * @param source what made a forecast
     * @return the number of rows it made
     */
    public int rowsFrom(ForecastSource source) {
        int n = 0;
        for (BacktestRow row : rows) {
            n += row.source() == source ? 1 : 0;
        }
        return n;
    }

    static BacktestResult of(BacktestConfig config, Inputs inputs, List<BacktestRow> rows, FitCounts fits,
            List<RefitSelection> selections) {
        ScoringOptions options = config.scoring();
        ScoreAccumulator model = new ScoreAccumulator(options);
        ScoreAccumulator market = new ScoreAccumulator(options);
        ScoreAccumulator base = new ScoreAccumulator(options);
        ScoreAccumulator half = new ScoreAccumulator(options);
        for (BacktestRow row : rows) {
            model.add(row.p(), row.outcome());
            base.add(row.baseRate(), row.outcome());
            half.add(0.5, row.outcome());
            if (row.hasMarket()) {
                market.add(row.market(), row.outcome());
            }
        }
        Comparison vsMarket = compare(rows, false, true, options,
                "rows with a market price");
        Comparison vsMarketModel = compare(rows, true, true, options,
                "rows with a market price forecast by the fitted model (not passed through)");
        Comparison vsBase = compare(rows, false, false, options, "all rows");
        Scores scores = new Scores(model.snapshot(), market.count() == 0 ? null : market.snapshot(), base.snapshot(),
                half.snapshot(), vsMarket, vsMarketModel, vsBase);
        return new BacktestResult(config, inputs, rows, fits, scores, KellyAccount.simulate(rows, config.kelly()),
                periods(rows), selections);
    }

    /** Model − market (or − base rate) over the selected rows; {@code null} if none are selected. */
    private static Comparison compare(List<BacktestRow> rows, boolean modelOnly, boolean againstMarket,
            ScoringOptions options, String description) {
        int n = 0;
        for (BacktestRow row : rows) {
            n += selected(row, modelOnly, againstMarket) ? 1 : 0;
        }
        if (n == 0) {
            return null;
        }
        double[] a = new double[n];
        double[] b = new double[n];
        boolean[] y = new boolean[n];
        Map<String, Integer> cluster = new HashMap<>();
        List<double[]> sums = new ArrayList<>();
        int k = 0;
        for (BacktestRow row : rows) {
            if (!selected(row, modelOnly, againstMarket)) {
                continue;
            }
            a[k] = row.p();
            b[k] = againstMarket ? row.market() : row.baseRate();
            y[k] = row.outcome();
            int c = cluster.computeIfAbsent(row.question(), id -> {
                sums.add(new double[2]);
                return sums.size() - 1;
            });
            sums.get(c)[0] += Probabilities.brier(a[k], y[k]) - Probabilities.brier(b[k], y[k]);
            sums.get(c)[1] += 1;
            k++;
        }
        PairedComparison paired = PairedComparison.brier(a, b, y, options);
        BootstrapInterval questionInterval = null;
        if (options.bootstrapReplicates() > 0) {
            double[] s = new double[sums.size()];
            int[] c = new int[sums.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = sums.get(i)[0];
                c[i] = (int) sums.get(i)[1];
            }
            questionInterval = QuestionBootstrap.meanInterval(s, c, paired.meanDifference(),
                    options.bootstrapReplicates(), options.intervalLevel(), options.seed());
        }
        return new Comparison(description, paired, sums.size(), questionInterval);
    }

    private static boolean selected(BacktestRow row, boolean modelOnly, boolean againstMarket) {
        return (!againstMarket || row.hasMarket()) && (!modelOnly || row.source() == ForecastSource.MODEL);
    }

    /** Mean Brier scores by calendar month, or quarter beyond 36 months, or year beyond 36 quarters. */
    private static List<PeriodScore> periods(List<BacktestRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate first = LocalDate.ofInstant(rows.get(0).at(), ZoneOffset.UTC);
        LocalDate last = first;
        for (BacktestRow row : rows) {
            LocalDate d = LocalDate.ofInstant(row.at(), ZoneOffset.UTC);
            first = d.isBefore(first) ? d : first;
            last = d.isAfter(last) ? d : last;
        }
        int months = (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
        int perPeriod = months <= 36 ? 1 : months <= 108 ? 3 : 12;
        int firstIndex = first.getYear() * 12 + first.getMonthValue() - 1;
        firstIndex -= firstIndex % perPeriod;
        int lastIndex = last.getYear() * 12 + last.getMonthValue() - 1;
        int count = (lastIndex - firstIndex) / perPeriod + 1;
        int[] n = new int[count];
        int[] marketN = new int[count];
        double[] model = new double[count];
        double[] base = new double[count];
        double[] market = new double[count];
        for (BacktestRow row : rows) {
            LocalDate d = LocalDate.ofInstant(row.at(), ZoneOffset.UTC);
            int k = (d.getYear() * 12 + d.getMonthValue() - 1 - firstIndex) / perPeriod;
            n[k]++;
            model[k] += Probabilities.brier(row.p(), row.outcome());
            base[k] += Probabilities.brier(row.baseRate(), row.outcome());
            if (row.hasMarket()) {
                marketN[k]++;
                market[k] += Probabilities.brier(row.market(), row.outcome());
            }
        }
        List<PeriodScore> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (n[k] == 0) {
                continue;
            }
            int index = firstIndex + k * perPeriod;
            int year = index / 12;
            int month = index % 12 + 1;
            String label = perPeriod == 1 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                    : perPeriod == 3 ? String.format(Locale.ROOT, "%04d-Q%d", year, (month - 1) / 3 + 1)
                    : String.format(Locale.ROOT, "%04d", year);
            Instant start = LocalDate.of(year, month, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            out.add(new PeriodScore(label, start, n[k], model[k] / n[k], base[k] / n[k], marketN[k],
                    marketN[k] == 0 ? Double.NaN : market[k] / marketN[k]));
        }
        return out;
    }

    /** @return a readable summary: inputs, scores, comparisons and the trading account */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Backtest: ").append(config.model()).append(", calibrator ").append(config.calibrator())
                .append(", forecasts ").append(config.schedule()).append(", refit ").append(config.refit())
                .append(", model fitted after ").append(config.minTrain()).append(" resolved questions, selection ")
                .append(config.selection()).append('\n');
        sb.append(inputs.questionsForecast()).append(" of ").append(inputs.questionsGiven())
                .append(" questions forecast (").append(inputs.unresolved()).append(" unresolved, ")
                .append(inputs.withoutForecastTimes()).append(" without a forecast time), ").append(rows.size())
                .append(" forecasts (").append(rowsFromModel()).append(" by the model, ")
                .append(rowsFrom(ForecastSource.MARKET)).append(" passed the market price through, ")
                .append(rowsFrom(ForecastSource.PRIOR))
                .append(" the base rate), ").append(rowsWithMarket())
                .append(" with a market price; ").append(inputs.events()).append(" events\n");
        if (!selections.isEmpty()) {
            RefitSelection last = selections.get(selections.size() - 1);
            int used = 0;
            for (RefitSelection s : selections) {
                used += s.model().used() ? 1 : 0;
            }
            sb.append("Selection: the model was used on priced forecasts after ").append(used).append(" of ")
                    .append(selections.size()).append(" refits; at the last (").append(last.at()).append("): ")
                    .append(last.model().reason()).append('\n');
        }
        if (fits.modelFailures() > 0) {
            sb.append(fits.modelFailures()).append(" of ").append(fits.modelFits())
                    .append(" model fits had no answer (the previous model was kept); first: ")
                    .append(fits.firstModelFailure()).append('\n');
        }
        if (fits.calibratorFailures() > 0) {
            sb.append(fits.calibratorFailures()).append(" of ").append(fits.calibratorFits())
                    .append(" calibrator fits had no answer; first: ").append(fits.firstCalibratorFailure())
                    .append('\n');
        }
        if (config.attribution() != null) {
            sb.append("Data: ").append(config.attribution()).append('\n');
        }
        sb.append('\n');
        TextTable table = new TextTable("forecaster", "rows", "Brier", "log loss", "ECE", "CORP MCB", "CORP DSC");
        row(table, "model", scores.model());
        if (scores.market() != null) {
            row(table, "market", scores.market());
        }
        row(table, "base rate", scores.baseRate());
        row(table, "0.5", scores.half());
        sb.append(table).append('\n');
        double level = config.scoring().intervalLevel();
        TextTable comparisons = new TextTable("Brier difference", "rows", "questions", "mean",
                String.format(Locale.ROOT, "%.0f%% (rows)", 100 * level),
                String.format(Locale.ROOT, "%.0f%% (questions)", 100 * level));
        comparison(comparisons, "model - market", scores.modelVsMarket());
        comparison(comparisons, "model - market, model rows", scores.modelVsMarketOnModelRows());
        comparison(comparisons, "model - base rate", scores.modelVsBaseRate());
        sb.append(comparisons).append('\n');
        sb.append(trading);
        return sb.toString();
    }

    private static void row(TextTable table, String name, ScoreReport r) {
        table.row(name, r.n(), TextTable.number(r.brier()), TextTable.number(r.logLoss()), TextTable.number(r.ece()),
                TextTable.number(r.corp().miscalibration()), TextTable.number(r.corp().discrimination()));
    }

    private static void comparison(TextTable table, String name, Comparison c) {
        if (c == null) {
            table.row(name, 0, "", "", "", "");
            return;
        }
        PairedComparison p = c.paired();
        table.row(name, p.n(), c.questions(), TextTable.number(p.meanDifference()), interval(p.interval()),
                interval(c.questionInterval()));
    }

    private static String interval(BootstrapInterval i) {
        return i == null ? "" : "[" + TextTable.number(i.lower()) + ", " + TextTable.number(i.upper()) + "]";
    }
}
