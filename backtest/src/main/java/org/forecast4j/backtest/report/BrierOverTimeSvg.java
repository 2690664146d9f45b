package org.forecast4j.backtest.report;

import java.util.List;
import java.util.Locale;
import org.forecast4j.backtest.PeriodScore;

/** An inline SVG line chart of the mean Brier score per period: model, market and base rate. */
final class BrierOverTimeSvg {
    static final int WIDTH = 800;
    static final int HEIGHT = 320;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private BrierOverTimeSvg() {
    }

    static String of(List<PeriodScore> periods) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\""
                        + " aria-label=\"Mean Brier score per period\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"20\" text-anchor=\"middle\" font-size=\"14\""
                + " font-weight=\"bold\">Mean Brier score by period of the forecast time</text>\n");
        double max = 0;
        for (PeriodScore p : periods) {
            max = Math.max(max, Math.max(p.model(), p.baseRate()));
            if (p.marketN() > 0) {
                max = Math.max(max, p.market());
            }
        }
        double top = Math.max(0.05, Math.ceil(max / 0.05 - 1e-9) * 0.05);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int ticks = (int) Math.round(top / 0.05);
        int stepTicks = ticks <= 10 ? 1 : (ticks + 9) / 10;
        for (int k = 0; k <= ticks; k += stepTicks) {
            double v = k * 0.05;
            double y = TOP + plotH - v / top * plotH;
            svg.append(line(LEFT, y, LEFT + plotW, y, "#e6e6e6", 1, null));
            svg.append(text(LEFT - 6, y + 4, String.format(Locale.ROOT, "%.2f", v), "end"));
        }
        svg.append(line(LEFT, TOP, LEFT, TOP + plotH, "#999", 1, null));
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#999", 1, null));
        int n = periods.size();
        int labelEvery = Math.max(1, (n + 11) / 12);
        for (int i = 0; i < n; i += labelEvery) {
            svg.append(text(x(i, n, plotW), TOP + plotH + 16, periods.get(i).period(), "middle"));
        }
        svg.append(text(LEFT + plotW / 2.0, HEIGHT - 22, "period (UTC)", "middle"));
        svg.append(series(periods, 0, top, plotW, plotH, "#" + hex(ReliabilityChart.MODEL), null));
        svg.append(series(periods, 1, top, plotW, plotH, "#" + hex(ReliabilityChart.MARKET), null));
        svg.append(series(periods, 2, top, plotW, plotH, "#7f7f7f", "5,4"));
        String[] names = {"model", "market", "base rate"};
        String[] colors = {"#" + hex(ReliabilityChart.MODEL), "#" + hex(ReliabilityChart.MARKET), "#7f7f7f"};
        for (int s = 0; s < 3; s++) {
            double lx = LEFT + 10 + s * 110;
            double ly = HEIGHT - 8;
            svg.append(line(lx, ly - 4, lx + 24, ly - 4, colors[s], 2, s == 2 ? "5,4" : null));
            svg.append(text(lx + 30, ly, names[s], "start"));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** One series as polylines, broken where a period has no value (the market without prices). */
    private static String series(List<PeriodScore> periods, int which, double top, int plotW, int plotH,
            String color, String dash) {
        StringBuilder out = new StringBuilder();
        StringBuilder points = new StringBuilder();
        int n = periods.size();
        int count = 0;
        for (int i = 0; i <= n; i++) {
            double v = Double.NaN;
            if (i < n) {
                PeriodScore p = periods.get(i);
                v = which == 0 ? p.model() : which == 1 ? (p.marketN() > 0 ? p.market() : Double.NaN) : p.baseRate();
            }
            if (Double.isNaN(v)) {
                if (count == 1) {
                    out.append(circle(points.toString(), color));
                } else if (count > 1) {
                    out.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\"")
                            .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append(" points=\"")
                            .append(points.toString().trim()).append("\"/>\n");
                }
                points.setLength(0);
                count = 0;
                continue;
            }
            double y = TOP + plotH - v / top * plotH;
            points.append(format(x(i, n, plotW))).append(',').append(format(y)).append(' ');
            count++;
        }
        return out.toString();
    }

    private static String circle(String point, String color) {
        String[] xy = point.trim().split(",");
        return "<circle cx=\"" + xy[0] + "\" cy=\"" + xy[1] + "\" r=\"3\" fill=\"" + color + "\"/>\n";
    }

    private static double x(int i, int n, int plotW) {
        return n == 1 ? LEFT + plotW / 2.0 : LEFT + 10 + i * (plotW - 20.0) / (n - 1);
    }

    private static String line(double x1, double y1, double x2, double y2, String color, double width, String dash) {
        return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\""
                + format(y2) + "\" stroke=\"" + color + "\" stroke-width=\"" + format(width) + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>\n";
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor + "\">"
                + HtmlPage.escape(s) + "</text>\n";
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String hex(java.awt.Color c) {
        return String.format(Locale.ROOT, "%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
