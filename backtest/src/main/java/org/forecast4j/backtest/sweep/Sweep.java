package org.forecast4j.backtest.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.forecast4j.backtest.Backtest;
import org.forecast4j.backtest.BacktestProgress;
import org.forecast4j.backtest.BacktestResult;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.core.io.InvalidInputException;

/**
 * Runs the configurations of a sweep on one machine, several at a time: each is an independent walk-forward
 * backtest on the shared, immutable inputs, so the rows are the same whatever the number of threads and come
 * back in configuration order. Static and thread-safe.
 *
 * <pre>{@code
 * List<SweepConfiguration> grid = SweepGrid.read(Path.of("sweep.json"), BacktestConfig.DEFAULTS);
 * List<SweepRow> rows = Sweep.run(grid, SweepInputs.of(questions, log, null, grid), 2, null, SweepProgress.NONE);
 * SweepCsv.write(Path.of("out/sweep.csv"), rows);
 * }</pre>
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * Runs one configuration.
     *
     * @param configuration the configuration
     * @param inputs the inputs
     * @param reports a folder for its report ({@code reports/NAME/}), or {@code null} for none
     * @return its row
     * @throws InvalidInputException naming the configuration if its backtest or report fails
     */
    public static SweepRow runOne(SweepConfiguration configuration, SweepInputs inputs, Path reports) {
        try {
            BacktestResult result = Backtest.run(configuration.config(), inputs.questions(), inputs.log(),
                    inputs.spec(configuration), BacktestProgress.NONE);
            if (reports != null) {
                BacktestReport.write(result, reports.resolve(configuration.name()));
            }
            return SweepRow.of(configuration, result);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.source(), e.line(), e.field(), e.value(),
                    "configuration '" + configuration.name() + "': " + e.problem(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(null, 0, null, null, "configuration '" + configuration.name() + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * Runs every configuration.
     *
     * @param configurations the configurations
     * @param inputs the inputs
     * @param threads how many configurations run at once, {@code >= 1}
     * @param reports a folder for each configuration's report, or {@code null} for none
     * @param progress told as each configuration finishes
     * @return one row per configuration, in configuration order
     * @throws InvalidInputException naming the first configuration (in configuration order) that failed
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static List<SweepRow> run(List<SweepConfiguration> configurations, SweepInputs inputs, int threads,
            Path reports, SweepProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int total = configurations.size();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, total)), r -> {
            Thread t = new Thread(r, "forecast4j-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SweepRow>> futures = new ArrayList<>(total);
            for (SweepConfiguration c : configurations) {
                futures.add(pool.submit(() -> {
                    SweepRow row = runOne(c, inputs, reports);
                    synchronized (progress) {
                        progress.configurations(done.incrementAndGet(), total);
                    }
                    return row;
                }));
            }
            List<SweepRow> rows = new ArrayList<>(total);
            for (Future<SweepRow> f : futures) {
                rows.add(get(f));
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SweepRow get(Future<SweepRow> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
