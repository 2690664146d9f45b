package org.forecast4j.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * The performance targets and their verdicts in one run. At k = 32 forecast4j is not compared with
 * Smile: both scalar loops load the same 64 doubles and call {@code exp} once, a tie by construction. The
 * training target compares whole fits to the same objective, each using the machine's cores (the benchmark
 * machine has 2).
 */
final class Targets {
    /** forecast4j's time at most this multiple of the floor's at k = 32. */
    static final double FLOOR_RATIO = 1.3;
    /** Smile's time at least this multiple of forecast4j's at k = 1024. */
    static final double SMILE_SPEEDUP_LARGE = 2.0;
    /** One live event and probability under this multiple of the k = 32 scalar floor. */
    static final double LIVE_FLOOR_RATIO = 3.0;
    /** A live read within the clock resolution at most this multiple of the k = 32 scalar floor. */
    static final double PUBLISHED_READ_RATIO = 0.5;
    /** Read throughput with two reader threads at least this multiple of that with one, with a writer running. */
    static final double READER_SCALING = 1.7;
    /** The transcendental calls of one read of the live benchmark's spec: 3 {@code exp} and 7 {@code log1p}. */
    static final int LIVE_TRANSCENDENTALS = 10;
    /** Smile's training time at least this multiple of forecast4j's, 100,000 × 32, both on all cores. */
    static final double TRAINING_SMILE_RATIO = 1.0;

    private Targets() {
    }

    /**
     * @param r the run
     * @return the targets, evaluated in each configuration that was measured
     */
    static List<Verdict> verdicts(RunResults r) {
        List<Verdict> v = new ArrayList<>();
        for (Configuration c : Configuration.values()) {
            ResultRow floor = r.get(c.predict + ".floor", "k=32");
            ResultRow ours = r.get(c.predict + ".forecast4j", "k=32");
            v.add(verdict("forecast4j within " + times(FLOOR_RATIO) + " of the floor at k = 32", c,
                    Formats.quotient(ours, floor), "%.2f× the floor's time", x -> x <= FLOOR_RATIO, ""));
        }
        for (Configuration c : Configuration.values()) {
            ResultRow ours = r.get(c.predict + ".forecast4j", "k=1024");
            ResultRow smile = r.get(c.predict + ".smile", "k=1024");
            v.add(verdict("forecast4j at least " + times(SMILE_SPEEDUP_LARGE) + " faster than Smile at k = 1024",
                    c, Formats.quotient(smile, ours), "Smile takes %.2f× our time", x -> x >= SMILE_SPEEDUP_LARGE,
                    overlapNote(ours, smile)));
        }
        v.add(allocation(r));
        ResultRow floor32 = scalarFloor(r);
        double transcendentals = Formats.quotient(r.get("LiveBenchmark.transcendentalsOnly", ""), floor32);
        v.add(verdict("live event + probability under " + times(LIVE_FLOOR_RATIO) + " the k = 32 floor",
                Configuration.SCALAR,
                Formats.quotient(r.get("LiveBenchmark.eventThenProbability", ""), floor32),
                "%.1f× the floor's time", x -> x < LIVE_FLOOR_RATIO,
                Double.isNaN(transcendentals) ? "" : String.format(Locale.ROOT, "; the 3 `exp` and 7 `log1p` of "
                        + "one read alone take %.1f×", transcendentals)));
        v.add(verdict("live read within the clock resolution at most " + times(PUBLISHED_READ_RATIO)
                + " the k = 32 floor", Configuration.SCALAR,
                Formats.quotient(r.get("LiveBenchmark.probabilityWithinResolution", ""), floor32),
                "%.2f× the floor's time", x -> x <= PUBLISHED_READ_RATIO, ""));
        v.add(verdict("live read throughput with 2 reader threads at least " + times(READER_SCALING)
                + " that with 1, a writer running", Configuration.SCALAR,
                Formats.quotient(r.get("LiveReadersBenchmark.twoReaders", ""),
                        r.get("LiveReadersBenchmark.oneReader", "")),
                "%.2f× the one-reader throughput", x -> x >= READER_SCALING, ""));
        ResultRow ourFit = r.first("TrainingBenchmark.forecast4j");
        ResultRow smileFit = r.get("TrainingBenchmark.smile", r.paramsOf("TrainingBenchmark.forecast4j"));
        v.add(verdict("forecast4j fit at least as fast as Smile, 100,000 × 32, 2 cores", Configuration.SCALAR,
                Formats.quotient(smileFit, ourFit), "Smile takes %.2f× our time", x -> x >= TRAINING_SMILE_RATIO,
                overlapNote(ourFit, smileFit)));
        return v;
    }

    /** @return a target's multiple as the report writes it, e.g. {@code 1.3×} or {@code 2×} */
    static String times(double target) {
        return BigDecimal.valueOf(target).stripTrailingZeros().toPlainString() + "×";
    }

    /** @return the scalar floor at k = 32, the live targets' yardstick, or {@code null} */
    static ResultRow scalarFloor(RunResults r) {
        return r.get("PredictBenchmark.floor", "k=32");
    }

    /** @return 0 B/op on every gated hot path, within what {@link AllocationGate} allows for JMH's bookkeeping */
    private static Verdict allocation(RunResults r) {
        List<String> allocating = new ArrayList<>();
        double worst = Double.NaN;
        String worstName = "";
        for (ResultRow row : r.all()) {
            AllocationGate.Measured m = row.measured();
            if (!m.gated()) {
                continue;
            }
            if (!m.passes() || Double.isNaN(m.bytesPerOp())) {
                allocating.add(row.benchmark() + " " + row.params());
            }
            if (!(m.bytesPerOp() <= worst)) {
                worst = m.bytesPerOp();
                worstName = row.benchmark() + (row.params().isEmpty() ? "" : " " + row.params());
            }
        }
        String measured = Double.isNaN(worst) ? "not profiled"
                : allocating.isEmpty() ? String.format(Locale.ROOT, "at most %.4f B/op (%s), within JMH's own "
                        + "bookkeeping per iteration (see `AllocationGate`)", worst, worstName)
                : "allocates: " + String.join(", ", allocating);
        return new Verdict("0 B/op on the hot paths (`-prof gc`)", "both", measured,
                Double.isNaN(worst) ? null : allocating.isEmpty());
    }

    private static Verdict verdict(String target, Configuration configuration, double value, String format,
            DoublePredicate met, String note) {
        if (Double.isNaN(value)) {
            return new Verdict(target, configuration.label, Formats.NA, null);
        }
        return new Verdict(target, configuration.label, String.format(Locale.ROOT, format, value) + note,
                met.test(value));
    }

    /** @return a note when the two 99.9% confidence intervals overlap, else empty */
    static String overlapNote(ResultRow a, ResultRow b) {
        return a != null && b != null && a.overlaps(b) ? " (the confidence intervals overlap)" : "";
    }
}
