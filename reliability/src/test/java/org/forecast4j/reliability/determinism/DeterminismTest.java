package org.forecast4j.reliability.determinism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.forecast4j.reliability.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs and seed give byte-identical outputs: across runs, across garbage collectors (G1, Serial,
 * Parallel), and with the Vector API or the plain (non-fused) scalar sums chosen for scoring. Every output of
 * {@code forecast backtest} (forecasts, report JSON, plot PNG, HTML) and of {@code forecast fit} (the model file)
 * is compared whole. The scoring paths may round differently in the last bits of a long dot product (README,
 * "Optional SIMD scoring"); on these outputs they agree to the byte, which this test holds them to.
 */
class DeterminismTest {
    private static final List<List<String>> JVMS = List.of(List.of("-XX:+UseSerialGC"),
            List.of("-XX:+UseParallelGC"), List.of("--add-modules", "jdk.incubator.vector"),
            List.of("-Dforecast4j.fma=false"));

    @TempDir
    Path dir;

    @Test
    void outputsAreByteIdenticalAcrossRunsCollectorsAndScoringPaths() throws Exception {
        Path table = dir.resolve("table.csv");
        Cli.forecastBenchTable(table, 300, 5);
        Path data = dir.resolve("data.csv");
        Cli.logisticData(data, 1000, 9);

        Map<String, byte[]> reference = run(List.of("-XX:+UseG1GC"), "reference", table, data);
        assertEquals(List.of("forecasts.csv", "model.json", "reliability.png", "report.html", "report.json"),
                List.copyOf(reference.keySet()));
        assertSame(reference, run(List.of("-XX:+UseG1GC"), "again", table, data), "a second run");
        for (int i = 0; i < JVMS.size(); i++) {
            assertSame(reference, run(JVMS.get(i), "jvm-" + i, table, data), String.join(" ", JVMS.get(i)));
        }
    }

    private Map<String, byte[]> run(List<String> jvm, String name, Path table, Path data) throws Exception {
        Path out = Files.createDirectory(dir.resolve(name));
        Cli.run(jvm, "backtest", "--forecastbench", table.toString(), "--out", out.toString(), "--bootstrap", "200",
                "--seed", "17");
        Cli.run(jvm, "fit", "--data", data.toString(), "--label", "y", "--features", "a,b", "--model",
                "bayes-logistic", "--out", out.resolve("model.json").toString());
        return Cli.files(out);
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file + " differs with " + what));
    }
}
