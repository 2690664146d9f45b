package org.forecast4j.reliability.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.forecast4j.reliability.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code forecast backtest} and {@code forecast fit} are killed with SIGKILL at random moments
 * while they replace earlier outputs, and every output file must then be either the complete old one or the
 * complete new one, never a mix or a fragment. (Writes go to a temporary file in the same folder, forced to
 * disk and renamed over the target; a kill may leave that hidden temporary file behind, never a partial
 * target.) The kill moments are drawn from a fixed seed across the whole run, start-up included.
 */
class KillDuringWriteTest {
    /** Kill points per command: enough to land in every phase of a run of about a second, in ~30 s. */
    private static final int KILLS = 10;

    @TempDir
    Path dir;

    @Test
    void killedBacktestLeavesEachOutputOldOrNew() throws Exception {
        Path table = dir.resolve("table.csv");
        Cli.forecastBenchTable(table, 300, 7);
        killRepeatedly(out -> new String[] {"backtest", "--forecastbench", table.toString(), "--out", out.toString(),
            "--bootstrap", "200", "--bins", "10"}, out -> new String[] {"backtest", "--forecastbench",
            table.toString(), "--out", out.toString(), "--bootstrap", "200", "--bins", "5"}, false, 11);
    }

    @Test
    void killedFitLeavesTheModelFileOldOrNew() throws Exception {
        Path data = dir.resolve("data.csv");
        Cli.logisticData(data, 2000, 3);
        killRepeatedly(out -> fit(data, out, "1"), out -> fit(data, out, "2"), true, 12);
    }

    private static String[] fit(Path data, Path out, String l2) {
        return new String[] {"fit", "--data", data.toString(), "--label", "y", "--features", "a,b", "--model",
            "logistic", "--l2", l2, "--out", out.resolve("model.json").toString()};
    }

    /**
     * Makes the complete old and new outputs once, then for each kill point: restores the old outputs, starts
     * the command that writes the new ones, kills it, and checks every file.
     */
    private void killRepeatedly(java.util.function.Function<Path, String[]> oldRun,
            java.util.function.Function<Path, String[]> newRun, boolean modelFile, long seed) throws Exception {
        Path oldDir = Files.createDirectory(dir.resolve("old"));
        Path newDir = Files.createDirectory(dir.resolve("new"));
        Cli.run(List.of(), oldRun.apply(oldDir));
        long start = System.nanoTime();
        Cli.run(List.of(), newRun.apply(newDir));
        long runMillis = (System.nanoTime() - start) / 1_000_000;
        Map<String, byte[]> old = Cli.files(oldDir);
        Map<String, byte[]> complete = Cli.files(newDir);
        assertTrue(old.keySet().equals(complete.keySet()) && !old.isEmpty(), old.keySet() + " " + complete.keySet());
        assertTrue(old.keySet().stream().anyMatch(f -> !Arrays.equals(old.get(f), complete.get(f))),
                "the two runs must write different content, or the check proves nothing");
        Random random = new Random(seed);
        int killedMidRun = 0;
        int mixed = 0;
        for (int k = 0; k < KILLS; k++) {
            Path work = Files.createDirectory(dir.resolve("kill-" + k));
            for (Map.Entry<String, byte[]> e : old.entrySet()) {
                Files.write(work.resolve(e.getKey()), e.getValue());
            }
            long delay = (long) (random.nextDouble() * runMillis * 1.1);
            Process process = Cli.start(List.of(), newRun.apply(work));
            if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                // Finished before its kill point: the run must have replaced everything.
            } else {
                process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                process.waitFor();
                killedMidRun++;
            }
            int replaced = 0;
            for (Map.Entry<String, byte[]> e : old.entrySet()) {
                byte[] now = Files.readAllBytes(work.resolve(e.getKey()));
                replaced += Arrays.equals(now, e.getValue()) ? 0 : 1;
                if (!Arrays.equals(now, e.getValue()) && !Arrays.equals(now, complete.get(e.getKey()))) {
                    fail(e.getKey() + " killed after " + delay + " ms is neither the old nor the new file ("
                            + now.length + " bytes)");
                }
            }
            mixed += replaced > 0 && replaced < old.size() ? 1 : 0;
            try (Stream<Path> files = Files.list(work)) {
                files.map(f -> f.getFileName().toString()).filter(name -> !old.containsKey(name))
                        .forEach(name -> assertTrue(name.startsWith(".") && name.endsWith(".tmp"),
                                "a kill left a visible file: " + name));
            }
        }
        System.out.printf("kill points: %d, killed mid-run: %d, between two files' replacement: %d, files"
                + " partial: 0%n", KILLS, killedMidRun, mixed);
        assertTrue(killedMidRun >= KILLS / 2, "only " + killedMidRun + " of " + KILLS + " kills landed mid-run");
        assertTrue(!modelFile || old.containsKey("model.json"));
    }
}
