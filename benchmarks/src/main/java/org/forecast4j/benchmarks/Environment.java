package org.forecast4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forecast4j.core.kernel.DotKernel;

/**
 * The machine and JVM the results came from. {@code scalarKernel} is {@link DotKernel#description()} in the
 * JVM that renders the report: run-full.sh starts it on the benchmark machine with the same {@code java} and
 * without {@code --add-modules}, like the scalar benchmark forks.
 *
 * @param date the date of the run, as given
 * @param cpu the CPU model
 * @param cores logical CPUs, cores and threads, as a phrase
 * @param caches the cache sizes, as a phrase
 * @param hypervisor the hypervisor vendor {@code lscpu} names, empty on bare metal
 * @param javaVersion the non-blank lines of {@code java -version}
 * @param scalarKernel the scalar dot product's description in a default JVM
 */
record Environment(String date, String cpu, String cores, String caches, String hypervisor,
        List<String> javaVersion, String scalarKernel) {

    /**
     * @param date the date to print
     * @param lscpu the output of {@code lscpu}
     * @param javaVersion the output of {@code java -version}
     * @return the environment; a field {@code lscpu} does not give is {@code ?}
     * @throws IOException if a file cannot be read
     */
    static Environment read(String date, Path lscpu, Path javaVersion) throws IOException {
        Map<String, String> cpu = new LinkedHashMap<>();
        for (String line : Files.readAllLines(lscpu)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                cpu.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        String cores = cpu.getOrDefault("CPU(s)", "?") + " logical CPUs (" + cpu.getOrDefault("Core(s) per socket",
                "?") + " cores per socket, " + cpu.getOrDefault("Thread(s) per core", "?") + " thread per core)";
        String caches = "L1d " + cpu.getOrDefault("L1d cache", "?") + ", L2 " + cpu.getOrDefault("L2 cache", "?")
                + ", L3 " + cpu.getOrDefault("L3 cache", "?");
        List<String> java = new ArrayList<>();
        for (String line : Files.readAllLines(javaVersion)) {
            if (!line.isBlank()) {
                java.add(line.trim());
            }
        }
        return new Environment(date, cpu.getOrDefault("Model name", "?"), cores, caches,
                cpu.getOrDefault("Hypervisor vendor", ""), java, DotKernel.description());
    }
}
