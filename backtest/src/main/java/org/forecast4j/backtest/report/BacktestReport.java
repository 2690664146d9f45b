package org.forecast4j.backtest.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.BacktestRow;
import org.forecast4j.core.internal.AtomicFiles;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.features.csv.CsvWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link BacktestResult} as files you can look at, each atomically (a temporary file renamed into
 * place) and byte-identical for the same result — no timestamps:
 * <ul>
 *   <li>{@value #FORECASTS}: one line per forecast, columns {@link #CSV_HEADER}: {@code question}, {@code at},
 *       {@code p}, {@code market} (empty where unknown), {@code outcome} (1 or 0), {@code trainedOn}, then
 *       {@code source} ({@code model} or {@code prior}), {@code pModel} (before calibration; empty for the
 *       prior), {@code baseRate}, {@code calibratedOn} and {@code resolvedAt}. Numbers are Java's shortest
 *       round-trip form;
 *   <li>{@value #REPORT}: the configuration, the rules, the score report of each forecaster ({@code model},
 *       {@code market}, {@code baseRate}, {@code half}), the paired comparisons, the trading account and the
 *       Brier score over time;
 *   <li>{@value #RELIABILITY}: {@link ReliabilityChart}, {@value ReliabilityChart#WIDTH}×{@value
 *       ReliabilityChart#HEIGHT} pixels;
 *   <li>{@value #HTML}: one self-contained page with the tables, the diagram (a data URI) and the Brier score
 *       over time (inline SVG); it opens offline.
 * </ul>
 */
public final class BacktestReport {
    /** The forecasts file name. */
    public static final String FORECASTS = "forecasts.csv";
    /** The JSON report file name. */
    public static final String REPORT = "report.json";
    /** The reliability diagram file name. */
    public static final String RELIABILITY = "reliability.png";
    /** The HTML page file name. */
    public static final String HTML = "report.html";
    /** The columns of {@value #FORECASTS}. */
    public static final List<String> CSV_HEADER = List.of("question", "at", "p", "market", "outcome", "trainedOn",
            "source", "pModel", "baseRate", "calibratedOn", "resolvedAt");

    private BacktestReport() {
    }

    /**
     * Writes the four files into a directory, creating it if needed.
     *
     * @param result the result
     * @param dir the directory
     * @throws UncheckedIOException if a file cannot be written; files already written stay, none is half-written
     */
    public static void write(BacktestResult result, Path dir) {
        try {
            Files.createDirectories(dir);
            writeCsv(result, dir.resolve(FORECASTS));
            AtomicFiles.writeString(dir.resolve(REPORT), json(result));
            byte[] png = png(result);
            AtomicFiles.write(dir.resolve(RELIABILITY), out -> out.write(png));
            AtomicFiles.writeString(dir.resolve(HTML), HtmlPage.of(result, png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backtest report to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the forecasts as CSV, atomically.
     *
     * @param result the result
     * @param file the file
     * @throws UncheckedIOException if it cannot be written
     */
    public static void writeCsv(BacktestResult result, Path file) {
        try (CsvWriter out = CsvWriter.create(file, CSV_HEADER)) {
            for (BacktestRow r : result.rows()) {
                out.row(r.question(), r.at().toString(), r.p(), r.hasMarket() ? r.market() : null,
                        r.outcome() ? 1 : 0, r.trainedOn(), r.source().label(),
                        Double.isNaN(r.modelProbability()) ? null : r.modelProbability(), r.baseRate(),
                        r.calibratedOn(), r.resolvedAt().toString());
            }
            out.commit();
        }
    }

    /**
     * @param result the result
     * @return the report as a JSON tree (what {@value #REPORT} holds)
     */
    public static ObjectNode toJson(BacktestResult result) {
        return ReportJson.of(result);
    }

    /**
     * @param result the result
     * @return the text of {@value #REPORT}: indented JSON and a final newline
     */
    public static String json(BacktestResult result) {
        return ForecastJson.toPrettyJson(ReportJson.of(result));
    }

    /**
     * @param result the result
     * @return the reliability diagram as PNG bytes
     */
    public static byte[] png(BacktestResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(ReliabilityChart.render(result), "png", out)) {
                throw new IllegalStateException("no PNG writer is available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param result the result
     * @return the text of {@value #HTML}
     */
    public static String html(BacktestResult result) {
        return HtmlPage.of(result, png(result));
    }
}
