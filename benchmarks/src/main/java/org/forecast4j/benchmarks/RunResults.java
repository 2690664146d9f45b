package org.forecast4j.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results of one JMH run, looked up by benchmark and parameters; a result the run lacks is {@code null}. */
final class RunResults {
    private final List<ResultRow> rows;
    private final Map<String, ResultRow> byKey = new LinkedHashMap<>();

    /** @param rows the run's results, in file order */
    RunResults(List<ResultRow> rows) {
        this.rows = List.copyOf(rows);
        rows.forEach(r -> byKey.put(r.benchmark() + "|" + r.params(), r));
    }

    /**
     * @param benchmark class and method, e.g. {@code PredictBenchmark.floor}
     * @param params the parameters as {@link ResultRow#params()} spells them, e.g. {@code k=32}
     * @return the result, or {@code null} when the run did not measure it
     */
    ResultRow get(String benchmark, String params) {
        return byKey.get(benchmark + "|" + params);
    }

    /**
     * @param benchmark class and method
     * @return the first result of the benchmark whatever its parameters (for benchmarks with one parameter
     *     set, such as training and the backtest), or {@code null}
     */
    ResultRow first(String benchmark) {
        return get(benchmark, paramsOf(benchmark));
    }

    /**
     * @param benchmark class and method
     * @return the parameters of the benchmark's first result, empty when there is none
     */
    String paramsOf(String benchmark) {
        for (ResultRow row : rows) {
            if (row.benchmark().equals(benchmark)) {
                return row.params();
            }
        }
        return "";
    }

    /** @return every result, in file order (the last of duplicates kept) */
    List<ResultRow> all() {
        return new ArrayList<>(byKey.values());
    }

    /** @return every result, in file order, duplicates included */
    List<ResultRow> rows() {
        return rows;
    }
}
