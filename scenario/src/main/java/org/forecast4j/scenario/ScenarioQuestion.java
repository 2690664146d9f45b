package org.forecast4j.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.evidence.EvidenceModelBuilder;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.forecast.Forecast;
import org.forecast4j.features.forecast.Forecaster;
import org.forecast4j.features.live.LiveOptions;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureKind;
import org.forecast4j.features.spec.FeatureSpec;
import org.forecast4j.features.spec.Transform;

/**
 * One question of a scenario with its model: a feature spec, a base rate and one analyst's log likelihood ratio
 * per feature. As of a time {@code t} the base rate gives the prior log-odds of an {@link EvidenceModel} (for a
 * hazard they change with {@code t}), and the forecast runs through a {@link Forecaster} on the spec and that
 * model. Immutable and thread-safe.
 *
 * <pre>{@code
 * ScenarioQuestion q = scenario.question("potus-tokyo-2026");
 * EvidenceModel model = q.model(t);                 // prior from the base rate at t, LLRs from the analyst
 * ScenarioForecast f = q.forecast(scenario.events(), t);
 * }</pre>
 */
public final class ScenarioQuestion {
    /** How far ahead the "no news" what-if looks. */
    static final Duration NO_NEWS = Duration.ofDays(90);

    /** The name of the base-rate feature of a hazard question's {@link #forecaster() live forecaster}. */
    public static final String BASE_RATE_FEATURE = "baseRate";

    private final Question question;
    private final FeatureSpec spec;
    private final BaseRateSource baseRate;
    private final List<EvidenceRatio> evidence;
    private final double level;

    private ScenarioQuestion(Question question, FeatureSpec spec, BaseRateSource baseRate,
            List<EvidenceRatio> evidence, double level) {
        this.question = question;
        this.spec = spec;
        this.baseRate = baseRate;
        this.evidence = evidence;
        this.level = level;
    }

    /**
     * @param question the question
     * @param spec its features
     * @param baseRate its base rate
     * @param evidence one ratio per feature of the spec, in any order (they are put in spec order)
     * @param level the coverage of the forecast interval, in (0, 1)
     * @return the question with its model
     * @throws InvalidInputException naming field {@code evidence} if a feature has no ratio, a ratio names no
     *     feature, or a feature has two
     * @throws IllegalArgumentException if the level is out of range
     */
    public static ScenarioQuestion of(Question question, FeatureSpec spec, BaseRateSource baseRate,
            List<EvidenceRatio> evidence, double level) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(baseRate, "baseRate");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        Map<String, EvidenceRatio> byName = new LinkedHashMap<>();
        for (EvidenceRatio r : evidence) {
            if (spec.schema().indexOf(r.feature()) < 0) {
                throw new InvalidInputException(null, 0, "evidence", r.feature(), "is not a feature of the spec of '"
                        + question.id() + "' " + spec.schema().names());
            }
            if (byName.put(r.feature(), r) != null) {
                throw new InvalidInputException(null, 0, "evidence", r.feature(), "has two log likelihood ratios");
            }
        }
        List<EvidenceRatio> ordered = new ArrayList<>(spec.size());
        for (String name : spec.schema().names()) {
            EvidenceRatio r = byName.get(name);
            if (r == null) {
                throw new InvalidInputException(null, 0, "evidence", name, "is a feature of the spec of '"
                        + question.id() + "' with no log likelihood ratio: give every feature one (0 to ignore it)");
            }
            ordered.add(r);
        }
        return new ScenarioQuestion(question, spec, baseRate, Collections.unmodifiableList(ordered), level);
    }

    /** @return the question */
    public Question question() {
        return question;
    }

    /** @return the question's id */
    public String id() {
        return question.id();
    }

    /** @return the feature spec */
    public FeatureSpec spec() {
        return spec;
    }

    /** @return where the base rate comes from */
    public BaseRateSource baseRate() {
        return baseRate;
    }

    /** @return the analyst's ratios, in spec order */
    public List<EvidenceRatio> evidence() {
        return evidence;
    }

    /** @return the coverage of the forecast interval */
    public double level() {
        return level;
    }

    /**
     * The evidence model as of {@code t}: the base rate's prior log-odds and standard deviation, then the
     * ratios in spec order.
     *
     * @param t the time
     * @return the model, whose schema is the spec's
     * @throws IllegalArgumentException if there is no base rate at {@code t}
     */
    public EvidenceModel model(Instant t) {
        return model(baseRate.at(t));
    }

    private EvidenceModel model(BaseRate base) {
        EvidenceModelBuilder builder = EvidenceModel.builder().priorLogOdds(base.logOdds(), base.logOddsSd())
                .level(level);
        return withRatios(builder).build();
    }

    /** Adds the analyst's ratios, in spec order, after whatever the builder already has. */
    private EvidenceModelBuilder withRatios(EvidenceModelBuilder builder) {
        for (EvidenceRatio r : evidence) {
            builder.evidence(r.feature(), r.logLikelihoodRatio(), r.sd());
        }
        return builder;
    }

    /**
     * A live forecaster whose prior moves with the clock. A constant base rate (a reference class) is the prior
     * log-odds of the model. A hazard's base rate falls as its window runs out, so it becomes the first feature,
     * {@value #BASE_RATE_FEATURE}: a {@link FeatureKind#DEADLINE_HAZARD} over the same window with the
     * {@code logit} transform, coefficient 1 and sd 0, with prior log-odds 0; each read then uses the base rate of
     * its own time, quantised by the forecaster's clock resolution like every time-dependent feature, and
     * {@link #model(Instant)} equals it up to rounding at every time (tested to 1e-12 in probability). The
     * base rate's sd, which only widens the interval, is taken at the whole window (the largest horizon, so the
     * interval errs wide: for the seed's Tokyo hazard 0.27 against 0.23 near the window's end); the logit clips
     * the base rate to [1e-6, 1 − 1e-6] ({@link Transform#LOGIT_CLIP}).
     *
     * @return the forecaster, with the default live options
     * @throws InvalidInputException naming field {@code name} if the spec already has a feature called
     *     {@value #BASE_RATE_FEATURE}
     * @throws IllegalStateException if the hazard has covariates
     */
    public Forecaster forecaster() {
        return forecaster(LiveOptions.DEFAULTS);
    }

    /**
     * The {@link #forecaster() live forecaster} with other live options (e.g. {@link LiveOptions#exact()}).
     *
     * @param options the live options
     * @return the forecaster
     * @throws InvalidInputException as {@link #forecaster()}
     * @throws IllegalStateException as {@link #forecaster()}
     */
    public Forecaster forecaster(LiveOptions options) {
        if (!(baseRate instanceof HazardBaseRate hazard)) {
            return Forecaster.builder(spec, model(baseRate.at(question.opened()))).live(options).build();
        }
        if (spec.schema().indexOf(BASE_RATE_FEATURE) >= 0) {
            throw new InvalidInputException(null, 0, "name", BASE_RATE_FEATURE, "is a feature of the spec of '"
                    + question.id() + "', the name its live forecaster gives the base rate: rename it");
        }
        List<FeatureDefinition> features = new ArrayList<>(spec.size() + 1);
        features.add(FeatureDefinition.deadlineHazard(BASE_RATE_FEATURE, hazard.dailyPrior())
                .withTransform(Transform.LOGIT));
        features.addAll(spec.features());
        EvidenceModelBuilder builder = EvidenceModel.builder()
                .priorLogOdds(0, hazard.hazard().logOddsSd(hazard.windowExposure())).level(level)
                .evidence(BASE_RATE_FEATURE, 1, 0);
        return Forecaster.builder(FeatureSpec.of(spec.match(), features), withRatios(builder).build()).live(options)
                .build();
    }

    /**
     * The forecast as of {@code t} from the events published by then, explained, with what would move it.
     *
     * @param log the events
     * @param t the time
     * @return the forecast
     * @throws IllegalArgumentException if the question has closed by {@code t} (or its base-rate window has)
     */
    public ScenarioForecast forecast(EventLog log, Instant t) {
        ScenarioForecast now = forecastOnly(log, t);
        List<WhatIf> whatIfs = new ArrayList<>();
        double[] x = new double[spec.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = now.forecast().contributions().get(i).value();
        }
        EvidenceModel model = now.model();
        for (int i = 0; i < spec.size(); i++) {
            FeatureDefinition f = spec.feature(i);
            boolean additive = f.transform() == Transform.NONE
                    && (f.kind() == FeatureKind.COUNT || f.kind() == FeatureKind.DECAYED_SUM);
            if (!additive || model.coefficient(i) == 0) {
                continue;
            }
            double saved = x[i];
            x[i] = saved + 1;
            double p = model.probability(x);
            double change = model.logOdds(x) - now.logOdds();
            x[i] = saved;
            String credibility = f.kind() == FeatureKind.DECAYED_SUM
                    && f.weight() == org.forecast4j.features.spec.Weight.CREDIBILITY ? " (credibility 1)" : "";
            whatIfs.add(new WhatIf("one new " + f.type() + " event" + credibility, f.name(), p, change));
        }
        Instant later = t.plus(NO_NEWS);
        if (later.isBefore(question.deadline())) {
            try {
                EventLog known = EventLog.of(log.publishedBy(t).events());
                ScenarioForecast quiet = forecastOnly(known, later);
                whatIfs.add(new WhatIf("no news until " + later.atOffset(java.time.ZoneOffset.UTC).toLocalDate(),
                        null, quiet.probability(), quiet.logOdds() - now.logOdds()));
            } catch (IllegalArgumentException e) {
                // no base rate by then (a window that ends earlier than the question): no what-if
            }
        }
        return now.withWhatIfs(whatIfs);
    }

    /**
     * The forecast as of {@code t} without what-ifs: cheaper, for trajectories.
     *
     * @param log the events
     * @param t the time
     * @return the forecast
     * @throws IllegalArgumentException if the question has closed by {@code t}
     */
    public ScenarioForecast forecastOnly(EventLog log, Instant t) {
        if (!t.isBefore(question.deadline())) {
            throw new IllegalArgumentException("as of " + t + " question '" + question.id()
                    + "' has closed (deadline " + question.deadline() + ")");
        }
        BaseRate base = baseRate.at(t);
        EvidenceModel model = model(base);
        Forecast forecast = Forecaster.of(spec, model).forecast(question, log, t);
        return new ScenarioForecast(this, base, model, forecast, List.of());
    }

    private String describeBaseRate() {
        try {
            BaseRate b = baseRate.at(question.opened());
            return String.format(Locale.ROOT, "%.1f%% as the question opened: ", 100 * b.probability())
                    + b.description();
        } catch (IllegalArgumentException e) {
            return baseRate.model();
        }
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("feature", "definition", "log LR", "sd", "rationale");
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceRatio r = evidence.get(i);
            table.row(r.feature(), spec.feature(i).describe(),
                    String.format(Locale.ROOT, "%+.3f", r.logLikelihoodRatio()),
                    String.format(Locale.ROOT, "%.3f", r.sd()), r.rationale());
        }
        return question.id() + ": " + (question.text() == null ? "" : question.text()) + "\n"
                + "base rate: " + describeBaseRate() + "\nevidence (log likelihood ratio per unit of each feature, "
                + "set by an analyst):\n" + table;
    }
}
