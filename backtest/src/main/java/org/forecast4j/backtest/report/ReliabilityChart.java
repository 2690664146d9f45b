package org.forecast4j.backtest.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.core.scoring.ReliabilityBin;
import org.forecast4j.core.scoring.ScoreReport;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The reliability diagram of a backtest, drawn headless with XChart into an {@value #WIDTH}×{@value #HEIGHT}
 * image: on top, the observed frequency of each non-empty bin of the report against its mean forecast, for
 * the model and the market, with the bins' Jeffreys intervals as vertical bars and the diagonal of perfect
 * calibration; below, a histogram of the share of each forecaster's forecasts in each bin. Thread-safe.
 */
public final class ReliabilityChart {
    /** The image width in pixels. */
    public static final int WIDTH = 800;
    /** The image height in pixels. */
    public static final int HEIGHT = 600;

    static final Color MODEL = new Color(0x1f, 0x77, 0xb4);
    static final Color MARKET = new Color(0xff, 0x7f, 0x0e);
    private static final int DIAGRAM_HEIGHT = 430;

    private ReliabilityChart() {
    }

    /**
     * Draws the diagram.
     *
     * @param result a backtest result
     * @return an RGB image of {@value #WIDTH}×{@value #HEIGHT} pixels
     */
    public static BufferedImage render(BacktestResult result) {
        ScoreReport model = result.scores().model();
        ScoreReport market = result.scores().market();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            diagram(model, market, result.config().scoring().intervalLevel()).paint(g, WIDTH, DIAGRAM_HEIGHT);
            g.translate(0, DIAGRAM_HEIGHT);
            histogram(model, market).paint(g, WIDTH, HEIGHT - DIAGRAM_HEIGHT);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static XYChart diagram(ScoreReport model, ScoreReport market, double level) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(DIAGRAM_HEIGHT)
                .title(String.format(Locale.ROOT, "Reliability (bars: %.0f%% Jeffreys intervals)", 100 * level))
                .xAxisTitle("mean forecast in bin").yAxisTitle("observed frequency").build();
        style(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
        XYSeries diagonal = chart.addSeries("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
        diagonal.setMarker(SeriesMarkers.NONE);
        diagonal.setLineStyle(SeriesLines.DASH_DASH);
        diagonal.setLineColor(Color.GRAY);
        addBins(chart, "model (n = " + model.n() + ")", model, MODEL);
        if (market != null) {
            addBins(chart, "market (n = " + market.n() + ")", market, MARKET);
        }
        return chart;
    }

    private static void addBins(XYChart chart, String name, ScoreReport report, Color color) {
        List<ReliabilityBin> bins = report.bins();
        double[] x = new double[bins.size()];
        double[] y = new double[bins.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = bins.get(i).meanForecast();
            y[i] = bins.get(i).observedRate();
        }
        XYSeries points = chart.addSeries(name, x, y);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(color);
        points.setLineColor(color);
        points.setLineStyle(new BasicStroke(1.5f));
        for (int i = 0; i < x.length; i++) {
            XYSeries bar = chart.addSeries(name + " interval " + i, new double[] {x[i], x[i]},
                    new double[] {bins.get(i).observedLower(), bins.get(i).observedUpper()});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(color);
            bar.setLineStyle(new BasicStroke(2f));
            bar.setShowInLegend(false);
        }
    }

    private static CategoryChart histogram(ScoreReport model, ScoreReport market) {
        int bins = model.binCount();
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT - DIAGRAM_HEIGHT)
                .title("Share of forecasts per bin").xAxisTitle("bin (lower edge)").yAxisTitle("share").build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("0.00");
        chart.getStyler().setAvailableSpaceFill(0.8);
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            labels.add(String.format(Locale.ROOT, "%.2f", (double) k / bins));
        }
        chart.addSeries("model", labels, shares(model, bins)).setFillColor(MODEL);
        if (market != null) {
            chart.addSeries("market", labels, shares(market, bins)).setFillColor(MARKET);
        }
        return chart;
    }

    private static List<Double> shares(ScoreReport report, int bins) {
        double[] share = new double[bins];
        for (ReliabilityBin bin : report.bins()) {
            int k = (int) Math.round(bin.lower() * bins);
            share[Math.min(k, bins - 1)] = bin.count() / (double) report.n();
        }
        List<Double> out = new ArrayList<>();
        for (double s : share) {
            out.add(s);
        }
        return out;
    }

    private static void style(org.knowm.xchart.style.AxesChartStyler styler) {
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.LIGHT_GRAY);
        styler.setPlotGridLinesColor(new Color(0xe6, 0xe6, 0xe6));
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setChartTitleBoxVisible(false);
        styler.setToolTipsEnabled(false);
        styler.setAntiAlias(true);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    }
}
