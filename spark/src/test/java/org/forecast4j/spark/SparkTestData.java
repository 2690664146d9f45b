package org.forecast4j.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.forecast4j.backtest.sweep.SweepJob;

/** A small synthetic ForecastBench table and sweep files over it, for the Spark tests (local[2]). */
final class SparkTestData {
    private SparkTestData() {
    }

    /**
     * @param dir a folder to write {@code fb.csv} and {@code grid.json} in
     * @param grid the sweep file's text
     * @return the job: the sweep file over 80 questions, one price each, frozen monthly through 2024
     * @throws IOException if a file cannot be written
     */
    static SweepJob job(Path dir, String grid) throws IOException {
        Path table = dir.resolve("fb.csv");
        StringBuilder csv = new StringBuilder("round,source,id,freeze,price,open,close,resolved,outcome,question\n");
        for (int i = 0; i < 80; i++) {
            boolean yes = i % 3 == 0;
            csv.append(String.format(Locale.ROOT, "r,%s,id%d,2024-%02d-01,%s,N/A,2025-06-01,2024-%02d-21,%d,Q%d%n",
                    i % 2 == 0 ? "manifold" : "polymarket", i, 1 + i % 12, yes ? "0.65" : "0.25", 1 + i % 12,
                    yes ? 1 : 0, i));
        }
        Files.writeString(table, csv.toString());
        Path gridFile = dir.resolve("grid.json");
        Files.writeString(gridFile, grid);
        return new SweepJob(gridFile.toString(), table.toString(), true, null);
    }
}
