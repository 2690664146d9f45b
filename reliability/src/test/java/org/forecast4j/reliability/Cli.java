package org.forecast4j.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs {@code forecast} in a child JVM on this test's class path, and writes the small inputs it needs. */
public final class Cli {
    private Cli() {
    }

    /**
     * Starts {@code forecast ARGS} with {@code SOURCE_DATE_EPOCH=0} (so model files are byte-reproducible),
     * its output discarded.
     *
     * @param jvmOptions options for the child JVM, e.g. {@code -XX:+UseSerialGC}
     * @param args the command's arguments
     * @return the process
     * @throws IOException if it cannot start
     */
    public static Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.forecast4j.cli.ForecastCli");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SOURCE_DATE_EPOCH", "0");
        return builder.start();
    }

    /**
     * Runs {@code forecast ARGS} to the end.
     *
     * @param jvmOptions options for the child JVM
     * @param args the command's arguments
     * @throws Exception if it cannot start, is interrupted, or exits non-zero
     */
    public static void run(List<String> jvmOptions, String... args) throws Exception {
        int exit = start(jvmOptions, args).waitFor();
        if (exit != 0) {
            throw new AssertionError("forecast " + String.join(" ", args) + " exited with " + exit);
        }
    }

    /**
     * A ForecastBench-format table of resolved binary questions, outcomes drawn with the price's probability.
     *
     * @param file where to write it
     * @param rows how many questions
     * @param seed the random seed
     * @throws IOException if it cannot be written
     */
    public static void forecastBenchTable(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("round,source,id,freeze,price,open,close,resolved,outcome,question\n");
        for (int i = 0; i < rows; i++) {
            double price = 0.02 + 0.96 * random.nextDouble();
            int month = 1 + i % 12;
            csv.append(String.format(Locale.ROOT, "2024-%02d-01,manifold,q%d,2024-%02d-01,%.4f,2023-06-01,"
                    + "2025-06-01,2025-06-10,%d,Question %d?%n", month, i, month, price,
                    random.nextDouble() < price ? 1 : 0, i));
        }
        Files.writeString(file, csv);
    }

    /**
     * A CSV of two Gaussian features {@code a}, {@code b} and an outcome {@code y} drawn from a logistic model.
     *
     * @param file where to write it
     * @param rows how many rows
     * @param seed the random seed
     * @throws IOException if it cannot be written
     */
    public static void logisticData(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("a,b,y\n");
        for (int i = 0; i < rows; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            csv.append(a).append(',').append(b).append(',')
                    .append(random.nextDouble() < 1 / (1 + Math.exp(-a + 0.5 * b)) ? 1 : 0).append('\n');
        }
        Files.writeString(file, csv);
    }

    /**
     * @param folder a folder
     * @return each file's name and bytes, by name
     * @throws IOException if it cannot be read
     */
    public static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : (Iterable<Path>) list::iterator) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
