package org.forecast4j.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.forecast4j.core.internal.AtomicFiles;
import org.forecast4j.scenario.Trajectory;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of a {@link Trajectory}: each question's probability as the events arrived (solid), then with no
 * further news to its deadline (dashed), its base rate (dotted), and a dot at each publication time. Dates are
 * shown in UTC; the y axis is P(YES) from 0 to 1. Static and thread-safe.
 *
 * <pre>{@code
 * TrajectoryPlot.writePng(scenario.trajectory(), "Seed scenario", Path.of("trajectory.png"));
 * }</pre>
 */
public final class TrajectoryPlot {
    /** Width of the PNG in pixels. */
    public static final int WIDTH = 1000;
    /** Height of the PNG in pixels. */
    public static final int HEIGHT = 560;

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b)};
    private static final BasicStroke SOLID = new BasicStroke(2.2f);
    private static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final BasicStroke DOTTED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {2f, 3f}, 0f);

    private TrajectoryPlot() {
    }

    /**
     * Builds the chart, to show or to save with XChart.
     *
     * @param trajectory the trajectory
     * @param title the chart title
     * @return a new chart
     */
    public static XYChart chart(Trajectory trajectory, String title) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("date (UTC)")
                .yAxisTitle("P(YES)").build();
        chart.getStyler().setTimezone(TimeZone.getTimeZone("UTC"));
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setDatePattern("yyyy-MM");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0%");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        chart.getStyler().setMarkerSize(7);
        List<Date> dotTimes = new ArrayList<>();
        List<Double> dotValues = new ArrayList<>();
        List<String> ids = trajectory.questions();
        for (int q = 0; q < ids.size(); q++) {
            Color color = PALETTE[q % PALETTE.length];
            List<Date> seenTimes = new ArrayList<>();
            List<Double> seen = new ArrayList<>();
            List<Date> laterTimes = new ArrayList<>();
            List<Double> later = new ArrayList<>();
            List<Date> allTimes = new ArrayList<>();
            List<Double> base = new ArrayList<>();
            Trajectory.Point last = null;
            for (Trajectory.Point p : trajectory.points(ids.get(q))) {
                Date d = Date.from(p.time());
                allTimes.add(d);
                base.add(p.baseRate());
                if (p.projected()) {
                    if (laterTimes.isEmpty() && last != null) {
                        laterTimes.add(Date.from(last.time()));  // join the dashed line to the solid one
                        later.add(last.probability());
                    }
                    laterTimes.add(d);
                    later.add(p.probability());
                } else {
                    seenTimes.add(d);
                    seen.add(p.probability());
                    if (trajectory.arrivals().contains(p.time())) {
                        dotTimes.add(d);
                        dotValues.add(p.probability());
                    }
                }
                last = p;
            }
            if (!seenTimes.isEmpty()) {
                line(chart, ids.get(q), seenTimes, seen, color, SOLID);
            }
            if (!laterTimes.isEmpty()) {
                line(chart, ids.get(q) + ", no further news", weekly(laterTimes), weekly(later), color, DASHED);
            }
            if (!allTimes.isEmpty()) {
                line(chart, ids.get(q) + ", base rate", weekly(allTimes), weekly(base), color, DOTTED);
            }
        }
        if (!dotTimes.isEmpty()) {
            XYSeries dots = chart.addSeries("events published", dotTimes, dotValues);
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            dots.setMarkerColor(Color.DARK_GRAY);
        }
        return chart;
    }

    /**
     * Every 7th point (and the last): XChart strokes each segment on its own, so a dash pattern shows only on
     * segments longer than a dash; daily points are a pixel or two apart.
     */
    private static <T> List<T> weekly(List<T> values) {
        List<T> thinned = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 7) {
            thinned.add(values.get(i));
        }
        if ((values.size() - 1) % 7 != 0) {
            thinned.add(values.get(values.size() - 1));
        }
        return thinned;
    }

    private static void line(XYChart chart, String name, List<Date> x, List<Double> y, Color color,
            BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
    }

    /**
     * Writes the chart as a PNG, atomically.
     *
     * @param trajectory the trajectory
     * @param title the chart title
     * @param file the PNG to create or replace
     * @throws IOException if it cannot be written; the file is then unchanged
     */
    public static void writePng(Trajectory trajectory, String title, Path file) throws IOException {
        XYChart chart = chart(trajectory, title);
        AtomicFiles.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }
}
