package org.forecast4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forecast4j.core.io.ForecastJson;
import tools.jackson.databind.JsonNode;

/** Reads the JSON result file of a JMH run ({@code -rf json}) into {@link ResultRow}s. */
final class JmhJson {
    private static final String PACKAGE = JmhJson.class.getPackageName() + ".";

    private JmhJson() {
    }

    /**
     * @param file JMH's JSON results
     * @return one row per result, in file order
     * @throws IOException if the file cannot be read
     * @throws org.forecast4j.core.io.InvalidInputException if it is not JSON, naming the file and line
     */
    static List<ResultRow> read(Path file) throws IOException {
        return parse(ForecastJson.readTree(file));
    }

    /**
     * @param json JMH's JSON results
     * @return one row per result, in file order; benchmark names lose this package's prefix
     */
    static List<ResultRow> parse(JsonNode json) {
        List<ResultRow> rows = new ArrayList<>();
        for (JsonNode run : json.values()) {
            String name = run.path("benchmark").asString();
            String benchmark = name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
            Map<String, String> params = new TreeMap<>();
            for (Map.Entry<String, JsonNode> p : run.path("params").properties()) {
                params.put(p.getKey(), p.getValue().asString());
            }
            StringBuilder paramText = new StringBuilder();
            params.forEach((k, v) -> paramText.append(paramText.length() == 0 ? "" : ",").append(k).append('=')
                    .append(v));
            JsonNode primary = run.path("primaryMetric");
            JsonNode secondary = run.path("secondaryMetrics");
            double bytes;
            if (secondary.has("gc.alloc.rate.norm")) {
                bytes = number(secondary.path("gc.alloc.rate.norm").path("score"));
            } else if (secondary.has("gc.alloc.rate")) {
                bytes = 0;
            } else {
                bytes = Double.NaN;
            }
            String mode = run.path("mode").asString();
            double score = number(primary.path("score"));
            String unit = primary.path("scoreUnit").asString();
            String measurementTime = run.path("measurementTime").asString("");
            rows.add(new ResultRow(benchmark, paramText.toString(), mode, score,
                    number(primary.path("scoreError")), unit, bytes, run.path("forks").asInt(),
                    run.path("warmupIterations").asInt() + " × " + run.path("warmupTime").asString(""),
                    run.path("measurementIterations").asInt() + " × " + measurementTime,
                    opsPerIteration(mode, score, unit, seconds(measurementTime))));
        }
        return rows;
    }

    /**
     * @param mode JMH's mode
     * @param score the score
     * @param unit its unit, e.g. {@code ns/op} or {@code ops/s}
     * @param seconds the length of a measurement iteration in seconds
     * @return the operations in one iteration
     */
    static double opsPerIteration(String mode, double score, String unit, double seconds) {
        double perSecond = switch (unit) {
            case "ns/op" -> 1e9 / score;
            case "us/op" -> 1e6 / score;
            case "ms/op" -> 1e3 / score;
            case "s/op" -> 1 / score;
            case "ops/s" -> score;
            case "ops/ms" -> score * 1e3;
            case "ops/us" -> score * 1e6;
            case "ops/ns" -> score * 1e9;
            default -> Double.NaN;
        };
        return "ss".equals(mode) ? 1 : perSecond * seconds;
    }

    /**
     * @param time JMH's iteration time, e.g. {@code "1 s"} or {@code "500 ms"}
     * @return seconds, NaN if not understood
     */
    static double seconds(String time) {
        String[] parts = time.trim().split("\\s+");
        if (parts.length != 2) {
            return Double.NaN;
        }
        double value = Double.parseDouble(parts[0]);
        return switch (parts[1]) {
            case "s" -> value;
            case "ms" -> value / 1e3;
            case "us" -> value / 1e6;
            case "min" -> value * 60;
            default -> Double.NaN;
        };
    }

    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.parseDouble(node.asString());
        } catch (RuntimeException e) {
            return Double.NaN; // JMH writes "NaN" for an undefined error
        }
    }
}
