package org.forecast4j.backtest.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.Durations;
import org.forecast4j.backtest.ForecastSchedule;
import org.forecast4j.backtest.RefitSchedule;
import org.forecast4j.backtest.Selection;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.io.JsonRecord;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.core.trading.KellyOptions;
import org.forecast4j.features.io.JsonRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a sweep file: a JSON object with optional {@code defaults} (fields every configuration starts from), and
 * {@code configurations} (a list, each with a {@code name}) and/or {@code grid} (for each field a list of values;
 * every combination is a configuration named {@code field=value,...} after the fields that vary). Fields:
 * {@code spec} ({@code default} or a spec file, relative to the sweep file), {@code model}, {@code modelOptions}
 * (an object of the kind's settings by name, e.g. {@code {"prior-sd": 0.5}}), {@code calibrator},
 * {@code schedule} ({@code prices} or a duration such as {@code 7d}), {@code refit} (a duration or
 * {@code incremental}), {@code recalibrate}, {@code minTrain}, {@code minCalibration}, {@code selection},
 * {@code fee}, {@code kellyFraction}, {@code bins}, {@code bootstrap}, {@code level}, {@code seed}. A bad field
 * is an {@link InvalidInputException} naming the file, line, field and value. Static and thread-safe.
 *
 * <pre>{@code
 * {"defaults": {"schedule": "prices", "refit": "30d"},
 *  "configurations": [{"name": "anchored", "model": "market-anchored"},
 *                     {"name": "anchored-platt", "model": "market-anchored", "calibrator": "platt"}],
 *  "grid": {"model": ["bayes-logistic"], "modelOptions": [{"prior-sd": 0.5}, {"prior-sd": 2.5}]}}
 * }</pre>
 */
public final class SweepGrid {
    /** Every field a configuration may set, in the order they are applied. */
    public static final List<String> FIELDS = List.of("name", "spec", "model", "modelOptions", "calibrator",
            "schedule", "refit", "recalibrate", "minTrain", "minCalibration", "selection", "fee", "kellyFraction",
            "bins", "bootstrap", "level", "seed");
    /** The most configurations one sweep file may give. */
    public static final int MAX_CONFIGURATIONS = 10_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._=,+-]*");

    private SweepGrid() {
    }

    /**
     * Reads a sweep file.
     *
     * @param file the sweep file
     * @param base the configuration every entry starts from (before the file's {@code defaults})
     * @return the configurations, in file order ({@code configurations} first, then the {@code grid}'s
     *     combinations, the last field varying fastest)
     * @throws InvalidInputException naming the file, line, field and value of anything wrong, or if names repeat
     */
    public static List<SweepConfiguration> read(Path file, BacktestConfig base) {
        return parse(file.toString(), JsonRecords.readObject(file), file.toAbsolutePath().getParent(), base);
    }

    /**
     * Parses sweep text.
     *
     * @param source the name used in messages
     * @param json the sweep
     * @param folder where relative spec paths are resolved, or {@code null} for the working directory
     * @param base the configuration every entry starts from
     * @return the configurations
     * @throws InvalidInputException as {@link #read}
     */
    public static List<SweepConfiguration> parse(String source, String json, Path folder, BacktestConfig base) {
        return parse(source, JsonRecords.readObject(source, json), folder, base);
    }

    private static List<SweepConfiguration> parse(String source, JsonRecord root, Path folder, BacktestConfig base) {
        root.requireOnly(List.of("defaults", "configurations", "grid"), "a sweep file");
        JsonRecord defaults = null;
        if (root.has("defaults")) {
            if (!root.node("defaults").isObject()) {
                throw root.invalid("defaults", root.node("defaults").toString(), "is not a JSON object");
            }
            defaults = JsonRecord.of((ObjectNode) root.node("defaults"), source, "defaults.");
            defaults.requireOnly(FIELDS.subList(1, FIELDS.size()), "the defaults (every field but name)");
        }
        List<SweepConfiguration> out = new ArrayList<>();
        for (JsonRecord entry : root.objects("configurations")) {
            entry.requireOnly(FIELDS, "a configuration");
            out.add(configuration(entry.text("name"), entry, defaults, folder, base));
        }
        if (root.has("grid")) {
            out.addAll(grid(source, root, defaults, folder, base));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(source, root.line(), null, null,
                    "has no configurations: give a 'configurations' list or a 'grid'");
        }
        Set<String> names = new HashSet<>();
        for (SweepConfiguration c : out) {
            if (!names.add(c.name())) {
                throw new InvalidInputException(source, 0, "name", c.name(), "names two configurations");
            }
        }
        return out;
    }

    private static List<SweepConfiguration> grid(String source, JsonRecord root, JsonRecord defaults, Path folder,
            BacktestConfig base) {
        JsonNode grid = root.node("grid");
        if (!grid.isObject()) {
            throw root.invalid("grid", grid.toString(), "is not a JSON object of field: [values]");
        }
        List<String> fields = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();
        long combinations = 1;
        for (Map.Entry<String, JsonNode> e : grid.properties()) {
            if (!FIELDS.contains(e.getKey()) || e.getKey().equals("name")) {
                throw root.invalid("grid." + e.getKey(), null, "is not a field a grid can vary (fields: "
                        + String.join(", ", FIELDS.subList(1, FIELDS.size())) + ")");
            }
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                throw root.invalid("grid." + e.getKey(), e.getValue().toString(), "is not a non-empty list of values");
            }
            fields.add(e.getKey());
            values.add(e.getValue());
            combinations *= e.getValue().size();
            if (combinations > MAX_CONFIGURATIONS) {
                throw root.invalid("grid", null, "gives more than " + MAX_CONFIGURATIONS + " configurations");
            }
        }
        List<SweepConfiguration> out = new ArrayList<>();
        int[] index = new int[fields.size()];
        for (long c = 0; c < combinations; c++) {
            ObjectNode node = ForecastJson.mapper().createObjectNode();
            StringBuilder name = new StringBuilder();
            for (int f = 0; f < fields.size(); f++) {
                JsonNode value = values.get(f).get(index[f]);
                node.set(fields.get(f), value);
                if (values.get(f).size() > 1) {
                    name.append(name.length() == 0 ? "" : ",").append(fields.get(f)).append('=')
                            .append(label(value));
                }
            }
            out.add(configuration(name.length() == 0 ? "grid" : name.toString(),
                    JsonRecord.of(node, source, "grid."), defaults, folder, base));
            for (int f = fields.size() - 1; f >= 0; f--) {
                if (++index[f] < values.get(f).size()) {
                    break;
                }
                index[f] = 0;
            }
        }
        return out;
    }

    private static String label(JsonNode value) {
        if (value.isObject()) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                sb.append(sb.length() == 0 ? "" : "+").append(e.getKey()).append('=').append(label(e.getValue()));
            }
            return sb.toString();
        }
        return value.isString() ? value.asString() : value.toString();
    }

    private static SweepConfiguration configuration(String name, JsonRecord entry, JsonRecord defaults, Path folder,
            BacktestConfig base) {
        if (!NAME.matcher(name).matches()) {
            throw entry.invalid("name", name, "must start with a letter or digit and hold only letters, digits and"
                    + " . _ = , + - (it names the configuration's report folder)");
        }
        BacktestConfig config = base;
        String spec = SweepConfiguration.DEFAULT_SPEC;
        for (JsonRecord r : defaults == null ? List.of(entry) : List.of(defaults, entry)) {
            config = apply(config, r);
            if (r.has("spec")) {
                spec = r.text("spec");
            }
        }
        String file = spec;
        if (!spec.equals(SweepConfiguration.DEFAULT_SPEC) && folder != null && !Path.of(spec).isAbsolute()) {
            file = folder.resolve(spec).normalize().toString();
        }
        return new SweepConfiguration(name, spec, file, config);
    }

    /** Applies one record's fields to a configuration, in {@link #FIELDS} order. */
    static BacktestConfig apply(BacktestConfig base, JsonRecord r) {
        BacktestConfig c = base;
        String field = null;
        try {
            field = "model";
            if (r.has(field)) {
                c = c.withModel(ModelKinds.model(r.text(field)));
            }
            field = "modelOptions";
            if (r.has(field)) {
                JsonNode options = r.node(field);
                if (!options.isObject()) {
                    throw r.invalid(field, options.toString(), "is not an object of settings, e.g. {\"prior-sd\": 1}");
                }
                for (Map.Entry<String, JsonNode> e : options.properties()) {
                    field = "modelOptions." + e.getKey();
                    JsonNode v = e.getValue();
                    c = c.withModelSetting(e.getKey(), v.isString() ? v.asString() : v.toString());
                }
            }
            field = "calibrator";
            if (r.has(field)) {
                c = c.withCalibrator(ModelKinds.calibrator(r.text(field)));
            }
            field = "schedule";
            if (r.has(field)) {
                String s = r.text(field).trim();
                c = c.withSchedule(s.equalsIgnoreCase("prices") ? ForecastSchedule.atPrices()
                        : ForecastSchedule.every(s));
            }
            field = r.has("refit") ? "refit" : "recalibrate";
            if (r.has("refit") || r.has("recalibrate")) {
                String s = r.has("refit") ? r.text("refit").trim() : "incremental";
                boolean incremental = s.equalsIgnoreCase("incremental");
                if (r.has("recalibrate") && !incremental) {
                    throw r.invalid("recalibrate", r.node("recalibrate").toString(),
                            "applies only with \"refit\": \"incremental\" (a periodic refit recalibrates at"
                                    + " each refit)");
                }
                RefitSchedule refit = incremental
                        ? RefitSchedule.incremental(r.has("recalibrate") ? Durations.parse(r.text("recalibrate"))
                                : c.refit().isIncremental() ? c.refit().interval() : Durations.parse("30d"))
                        : RefitSchedule.every(s);
                c = c.withRefit(refit);
            }
            field = "minTrain";
            if (r.has(field)) {
                c = c.withMinTrain(whole(r, field));
            }
            field = "minCalibration";
            if (r.has(field)) {
                c = c.withMinCalibration(whole(r, field));
            }
            field = "selection";
            if (r.has(field)) {
                c = c.withSelection(Selection.fromLabel(r.text(field)));
            }
            field = "fee";
            if (r.has("fee") || r.has("kellyFraction")) {
                double fee = r.has("fee") ? within(r, "fee", 0, false, 1, false, "[0, 1) per contract paying 1")
                        : c.kelly().fee();
                double fraction = r.has("kellyFraction")
                        ? within(r, "kellyFraction", 0, true, 1, true, "(0, 1] (1: full Kelly)")
                        : c.kelly().multiplier();
                c = c.withKelly(KellyOptions.builder().fee(fee).fraction(fraction).build());
            }
            field = "bins";
            ScoringOptions s = c.scoring();
            if (r.has("bins") || r.has("bootstrap") || r.has("level") || r.has("seed")) {
                int bins = r.has("bins") ? wholeIn(r, "bins", 1, ScoringOptions.MAX_BINS) : s.bins();
                int bootstrap = r.has("bootstrap")
                        ? wholeIn(r, "bootstrap", 0, ScoringOptions.MAX_BOOTSTRAP_REPLICATES)
                        : s.bootstrapReplicates();
                double level = r.has("level") ? within(r, "level", 0, true, 1, false, "(0, 1), e.g. 0.9")
                        : s.intervalLevel();
                c = c.withScoring(new ScoringOptions(bins, bootstrap, level,
                        r.has("seed") ? (long) r.number("seed") : s.seed()));
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw r.invalid(field, r.has(field) ? r.node(field).toString() : null, e.getMessage());
        }
        return c;
    }

    private static int wholeIn(JsonRecord r, String field, int min, int max) {
        int v = whole(r, field);
        if (v < min || v > max) {
            throw r.invalid(field, r.node(field).toString(), "must be in " + min + ".." + max);
        }
        return v;
    }

    /** A number in a range; each bound open (excluded) or closed. */
    private static double within(JsonRecord r, String field, double low, boolean lowOpen, double high,
            boolean highClosed, String range) {
        double v = r.number(field);
        boolean ok = (lowOpen ? v > low : v >= low) && (highClosed ? v <= high : v < high);
        if (!ok) {
            throw r.invalid(field, r.node(field).toString(), "must be in " + range);
        }
        return v;
    }

    private static int whole(JsonRecord r, String field) {
        double v = r.number(field);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw r.invalid(field, r.node(field).toString(), "is not a whole number");
        }
        return (int) v;
    }
}
