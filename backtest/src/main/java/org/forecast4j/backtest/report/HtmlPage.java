package org.forecast4j.backtest.report;

import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.TradingResult;
import org.forecast4j.core.LibraryVersion;
import org.forecast4j.core.scoring.BootstrapInterval;
import org.forecast4j.core.scoring.PairedComparison;
import org.forecast4j.core.scoring.ScoreReport;
import tools.jackson.databind.JsonNode;

/**
 * The self-contained {@code report.html}: the summary tables, the reliability diagram as a base64 PNG data URI,
 * the Brier score over time as inline SVG, and the rules. No scripts, no external resources, no timestamps.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    static String of(BacktestResult result, byte[] png) {
        BacktestConfig config = result.config();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>forecast4j backtest: ").append(escape(config.model().kind().name())).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}\n")
                .append("th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}\n")
                .append("th{background:#f3f3f3}\n")
                .append("p.note,li{font-size:0.92em;color:#444}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Walk-forward backtest</h1>\n");
        h.append("<p>Model <b>").append(escape(config.model().kind().name())).append("</b>, calibrator <b>")
                .append(escape(config.calibrator().name())).append("</b>, forecasts <b>")
                .append(escape(config.schedule().toString())).append("</b>, refit <b>")
                .append(escape(config.refit().toString())).append("</b>, model used after <b>")
                .append(config.minTrain()).append("</b> resolved questions. Features: ")
                .append(escape(String.join(", ", result.inputs().features()))).append(".</p>\n");
        h.append("<p>").append(result.inputs().questionsForecast()).append(" of ")
                .append(result.inputs().questionsGiven()).append(" questions forecast (")
                .append(result.inputs().unresolved()).append(" unresolved and ")
                .append(result.inputs().withoutForecastTimes()).append(" without a forecast time left out); ")
                .append(result.rows().size()).append(" forecasts, ").append(result.rowsFromModel())
                .append(" by the model and ").append(result.rows().size() - result.rowsFromModel())
                .append(" by the fallback prior; ").append(result.rowsWithMarket()).append(" with a market price; ")
                .append(result.inputs().events()).append(" events.</p>\n");
        if (result.fits().modelFailures() > 0) {
            h.append("<p class=\"note\">").append(result.fits().modelFailures()).append(" of ")
                    .append(result.fits().modelFits()).append(" model fits had no answer and kept the previous"
                            + " model; the first: ").append(escape(result.fits().firstModelFailure())).append("</p>\n");
        }

        double level = config.scoring().intervalLevel();
        String pct = String.format(Locale.ROOT, "%.0f%%", 100 * level);
        h.append("<h2>Scores</h2>\n<table>\n<tr><th>forecaster</th><th>rows</th><th>Brier</th><th>Brier ").append(pct)
                .append(" bootstrap</th><th>log loss</th><th>ECE</th><th>CORP MCB</th><th>CORP DSC</th>"
                        + "<th>UNC</th></tr>\n");
        scoreRow(h, "model", result.scores().model());
        if (result.scores().market() != null) {
            scoreRow(h, "market (rows with a price)", result.scores().market());
        }
        scoreRow(h, "base rate", result.scores().baseRate());
        scoreRow(h, "0.5", result.scores().half());
        h.append("</table>\n");

        h.append("<h2>Paired Brier differences (negative favours the model)</h2>\n<table>\n")
                .append("<tr><th>comparison</th><th>rows</th><th>questions</th><th>mean</th><th>s.e.</th><th>")
                .append(pct).append(" (rows)</th><th>").append(pct).append(" (questions)</th></tr>\n");
        comparisonRow(h, "model − market", result.scores().modelVsMarket());
        comparisonRow(h, "model − market, model rows only", result.scores().modelVsMarketOnModelRows());
        comparisonRow(h, "model − base rate", result.scores().modelVsBaseRate());
        h.append("</table>\n");

        TradingResult t = result.trading();
        h.append("<h2>Trading against the market</h2>\n<table>\n");
        kv(h, "fee per contract", number(t.fee()));
        kv(h, "Kelly fraction", number(t.kellyMultiplier()));
        kv(h, "eligible forecasts", Integer.toString(t.eligibleForecasts()));
        kv(h, "bets (yes / no)", t.bets() + " (" + t.yesBets() + " / " + t.noBets() + ")");
        kv(h, "wins", Integer.toString(t.wins()));
        kv(h, "total staked", number(t.totalStaked()));
        kv(h, "fees paid", number(t.feesPaid()));
        kv(h, "final wealth (start 1)", number(t.finalWealth()));
        kv(h, "maximum drawdown", number(t.maxDrawdown()));
        h.append("</table>\n");

        h.append("<h2>Reliability</h2>\n<img alt=\"Reliability diagram of the model and the market\" width=\"")
                .append(ReliabilityChart.WIDTH).append("\" height=\"").append(ReliabilityChart.HEIGHT)
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\">\n");
        h.append("<h2>Brier score over time</h2>\n").append(BrierOverTimeSvg.of(result.brierOverTime()));

        h.append("<h2>Rules</h2>\n<ul>\n");
        JsonNode rules = ReportJson.rules(config);
        Iterator<Map.Entry<String, JsonNode>> it = rules.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            h.append("<li><b>").append(escape(e.getKey())).append("</b>: ").append(escape(e.getValue().asString()))
                    .append("</li>\n");
        }
        h.append("</ul>\n");
        if (config.attribution() != null) {
            h.append("<p class=\"note\">Data: ").append(escape(config.attribution())).append("</p>\n");
        }
        h.append("<p class=\"note\">Made by forecast4j ").append(escape(LibraryVersion.get()))
                .append(". The numbers are those of report.json beside this page.</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void scoreRow(StringBuilder h, String name, ScoreReport r) {
        BootstrapInterval i = r.brierInterval();
        h.append("<tr><td>").append(escape(name)).append("</td><td>").append(r.n()).append("</td><td>")
                .append(number(r.brier())).append("</td><td>").append(interval(i)).append("</td><td>")
                .append(number(r.logLoss())).append("</td><td>").append(number(r.ece())).append("</td><td>")
                .append(number(r.corp().miscalibration())).append("</td><td>")
                .append(number(r.corp().discrimination())).append("</td><td>").append(number(r.corp().uncertainty()))
                .append("</td></tr>\n");
    }

    private static void comparisonRow(StringBuilder h, String name, BacktestResult.Comparison c) {
        h.append("<tr><td>").append(escape(name)).append("</td>");
        if (c == null) {
            h.append("<td>0</td><td></td><td></td><td></td><td></td><td></td></tr>\n");
            return;
        }
        PairedComparison p = c.paired();
        h.append("<td>").append(p.n()).append("</td><td>").append(c.questions()).append("</td><td>")
                .append(number(p.meanDifference())).append("</td><td>").append(number(p.standardError()))
                .append("</td><td>").append(interval(p.interval())).append("</td><td>")
                .append(interval(c.questionInterval())).append("</td></tr>\n");
    }

    private static void kv(StringBuilder h, String key, String value) {
        h.append("<tr><td>").append(escape(key)).append("</td><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String interval(BootstrapInterval i) {
        return i == null ? "" : "[" + number(i.lower()) + ", " + number(i.upper()) + "]";
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
