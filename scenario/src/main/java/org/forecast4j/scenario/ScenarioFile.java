package org.forecast4j.scenario;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.baserate.GammaPoissonHazard;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.csv.CsvTable;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.core.io.JsonRecord;
import org.forecast4j.features.io.JsonRecords;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;

/** Reads {@code scenario.json} (see the package documentation). Static and thread-safe. */
final class ScenarioFile {
    static final List<String> FIELDS = List.of("name", "title", "events", "questions", "level", "forecasts");
    static final List<String> COMMON = List.of("question", "spec", "baseRate", "referenceClass", "column", "label",
            "evidence");
    static final List<String> HAZARD = List.of("unit", "priorShape", "priorRate", "events", "exposure",
            "exposurePerRow", "windowStart", "windowEnd", "windowExposure");
    static final List<String> BETA = List.of("priorAlpha", "priorBeta", "successes", "trials");
    static final List<String> EVIDENCE = List.of("feature", "logLikelihoodRatio", "sd", "rationale");
    static final double DEFAULT_LEVEL = 0.9;

    private ScenarioFile() {
    }

    static Scenario read(Path file) {
        JsonRecord root = JsonRecords.readObject(file);
        root.requireOnly(FIELDS, "a scenario");
        Path dir = file.toAbsolutePath().getParent();
        String name = root.text("name");
        double level = root.optionalNumber("level", DEFAULT_LEVEL);
        if (!(level > 0 && level < 1)) {
            throw root.invalid("level", Double.toString(level), "is not a coverage in (0, 1)");
        }
        EventLog events = EventReader.readLog(dir.resolve(root.text("events")));
        Path questionFile = dir.resolve(root.text("questions"));
        List<Question> questions = QuestionReader.read(questionFile);
        if (!root.has("forecasts")) {
            throw root.invalid("forecasts", null, "is required: one entry per question to forecast");
        }
        List<JsonRecord> entries = root.objects("forecasts");
        if (entries.isEmpty()) {
            throw root.invalid("forecasts", "[]", "must list at least one question to forecast");
        }
        List<ScenarioQuestion> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonRecord entry : entries) {
            ScenarioQuestion q = question(entry, dir, questions, questionFile, level);
            if (!seen.add(q.id())) {
                throw entry.invalid("question", q.id(), "is forecast twice");
            }
            list.add(q);
        }
        return Scenario.create(name, root.optionalText("title"), dir, events, list);
    }

    private static ScenarioQuestion question(JsonRecord entry, Path dir, List<Question> questions, Path questionFile,
            double level) {
        String model = entry.text("baseRate");
        List<String> allowed = new ArrayList<>(COMMON);
        if (model.equals(HazardBaseRate.MODEL)) {
            allowed.addAll(HAZARD);
        } else if (model.equals(ReferenceClassBaseRate.MODEL)) {
            allowed.addAll(BETA);
        } else {
            throw entry.invalid("baseRate", model, "is not a base-rate model (models: " + HazardBaseRate.MODEL + ", "
                    + ReferenceClassBaseRate.MODEL + ")");
        }
        entry.requireOnly(allowed, "a " + model + " forecast");
        String id = entry.text("question");
        Question question = Scenario.find(questions, id);
        if (question == null) {
            List<String> ids = new ArrayList<>();
            questions.forEach(q -> ids.add(q.id()));
            throw entry.invalid("question", id, "is not a question of " + questionFile + " " + ids);
        }
        FeatureSpec spec = FeatureSpec.read(dir.resolve(entry.text("spec")));
        BaseRateSource baseRate = model.equals(HazardBaseRate.MODEL) ? hazard(entry, dir, question, level)
                : betaBinomial(entry, dir, level);
        List<EvidenceRatio> ratios = new ArrayList<>();
        if (!entry.has("evidence")) {
            throw entry.invalid("evidence", null, "is required: one log likelihood ratio per feature of the spec");
        }
        for (JsonRecord r : entry.objects("evidence")) {
            r.requireOnly(EVIDENCE, "an evidence ratio");
            try {
                ratios.add(new EvidenceRatio(r.text("feature"), r.number("logLikelihoodRatio"), r.number("sd"),
                        r.optionalText("rationale")));
            } catch (InvalidInputException e) {
                throw e.source() == null ? r.locate(e) : e;
            }
        }
        try {
            return ScenarioQuestion.of(question, spec, baseRate, ratios, level);
        } catch (InvalidInputException e) {
            throw entry.locate(e);
        }
    }

    private static HazardBaseRate hazard(JsonRecord entry, Path dir, Question question, double level) {
        double events;
        double exposure;
        if (entry.has("referenceClass")) {
            refuse(entry, "events", "exposure");
            CsvTable table = CsvTable.read(dir.resolve(entry.text("referenceClass")));
            String column = entry.text("column");
            double[] counts = table.numericColumn(column);
            events = 0;
            for (int r = 0; r < counts.length; r++) {
                if (!(counts[r] >= 0)) {
                    throw table.invalid(r, table.column(column), "is not an event count >= 0");
                }
                events += counts[r];
            }
            double perRow = entry.optionalNumber("exposurePerRow", 1);
            if (!(perRow > 0)) {
                throw entry.invalid("exposurePerRow", Double.toString(perRow), "must be > 0");
            }
            exposure = perRow * counts.length;
        } else {
            refuse(entry, "column", "exposurePerRow");
            events = entry.number("events");
            exposure = entry.number("exposure");
        }
        GammaPoissonHazard hazard;
        try {
            hazard = GammaPoissonHazard.builder()
                    .prior(entry.optionalNumber("priorShape", GammaPoissonHazard.DEFAULT_PRIOR_SHAPE),
                            entry.optionalNumber("priorRate", GammaPoissonHazard.DEFAULT_PRIOR_RATE))
                    .observed(events, exposure).build();
        } catch (IllegalArgumentException e) {
            throw entry.invalid(entry.has("priorShape") ? "priorShape" : "events", null, e.getMessage());
        }
        Instant start = entry.has("windowStart") ? entry.instant("windowStart") : question.opened();
        Instant end = entry.has("windowEnd") ? entry.instant("windowEnd") : question.deadline();
        if (!entry.has("windowExposure")) {
            throw entry.invalid("windowExposure", null, "is required: the window's length in units of exposure"
                    + " (e.g. 1 for a calendar year when each row of the reference class is a year)");
        }
        try {
            return new HazardBaseRate(hazard, entry.optionalText("label"), entry.optionalText("unit"), start, end,
                    entry.number("windowExposure"), offsetOf(entry.optionalText("windowStart")), level);
        } catch (IllegalArgumentException e) {
            throw entry.invalid(e.getMessage().startsWith("window exposure") ? "windowExposure" : "windowEnd",
                    null, e.getMessage());
        }
    }

    private static ReferenceClassBaseRate betaBinomial(JsonRecord entry, Path dir, double level) {
        double successes;
        double trials;
        if (entry.has("referenceClass")) {
            refuse(entry, "successes", "trials");
            CsvTable table = CsvTable.read(dir.resolve(entry.text("referenceClass")));
            boolean[] outcomes = table.outcomeColumn(entry.text("column"));
            successes = 0;
            for (boolean b : outcomes) {
                successes += b ? 1 : 0;
            }
            trials = outcomes.length;
        } else {
            refuse(entry, "column");
            successes = entry.number("successes");
            trials = entry.number("trials");
        }
        try {
            return new ReferenceClassBaseRate(BetaBinomialBaseRate.of(successes, trials,
                    entry.optionalNumber("priorAlpha", BetaBinomialBaseRate.DEFAULT_PRIOR_ALPHA),
                    entry.optionalNumber("priorBeta", BetaBinomialBaseRate.DEFAULT_PRIOR_BETA)),
                    entry.optionalText("label"), level);
        } catch (IllegalArgumentException e) {
            throw entry.invalid(entry.has("successes") ? "successes" : "priorAlpha", null, e.getMessage());
        }
    }

    private static void refuse(JsonRecord entry, String... fields) {
        for (String f : fields) {
            if (entry.has(f)) {
                throw entry.invalid(f, entry.node(f).toString(), "cannot be given "
                        + (entry.has("referenceClass") ? "with referenceClass (the counts come from its rows)"
                                : "without referenceClass"));
            }
        }
    }

    private static ZoneOffset offsetOf(String text) {
        if (text == null) {
            return ZoneOffset.UTC;
        }
        try {
            return OffsetDateTime.parse(text).getOffset();
        } catch (DateTimeParseException e) {
            return ZoneOffset.UTC;
        }
    }
}
