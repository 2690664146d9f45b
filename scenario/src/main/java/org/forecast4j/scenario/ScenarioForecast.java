package org.forecast4j.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.features.event.Event;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.forecast.Contribution;
import org.forecast4j.features.forecast.Forecast;
import org.forecast4j.features.spec.FeatureDefinition;
import org.forecast4j.features.spec.FeatureFormulas;
import org.forecast4j.features.spec.FeatureKind;
import org.forecast4j.features.spec.Transform;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario question's forecast as of one time: the probability and its interval, the base rate it started
 * from, each feature's contribution with the events behind it (and each event's share), and what would move it.
 * {@code baseLogOdds() + Σ contributions = logOdds()} exactly, summed in feature order (see
 * {@link Forecast#logOddsFromContributions()}). Immutable; {@link #toString()} is the readable block
 * {@code forecast demo} prints, {@link #toJson()} its JSON.
 */
public final class ScenarioForecast {
    private final ScenarioQuestion entry;
    private final BaseRate baseRate;
    private final EvidenceModel model;
    private final Forecast forecast;
    private final List<List<EventShare>> shares;
    private final List<WhatIf> whatIfs;

    ScenarioForecast(ScenarioQuestion entry, BaseRate baseRate, EvidenceModel model, Forecast forecast,
            List<WhatIf> whatIfs) {
        this.entry = entry;
        this.baseRate = baseRate;
        this.model = model;
        this.forecast = forecast;
        this.whatIfs = List.copyOf(whatIfs);
        this.shares = Collections.unmodifiableList(shares(entry, forecast));
    }

    ScenarioForecast withWhatIfs(List<WhatIf> list) {
        return new ScenarioForecast(entry, baseRate, model, forecast, list);
    }

    private static List<List<EventShare>> shares(ScenarioQuestion entry, Forecast forecast) {
        long t = Times.nanos(forecast.asOf());
        List<List<EventShare>> all = new ArrayList<>();
        for (int i = 0; i < forecast.contributions().size(); i++) {
            Contribution c = forecast.contributions().get(i);
            FeatureDefinition f = entry.spec().feature(i);
            List<EventShare> list = new ArrayList<>(c.events().size());
            for (Event e : c.events()) {
                double share = Double.NaN;
                if (f.transform() == Transform.NONE && f.kind() == FeatureKind.DECAYED_SUM) {
                    double rate = FeatureFormulas.decayRate(f.halfLifeDays());
                    share = c.coefficient() * f.weight().of(e) * FeatureFormulas.decay(t - e.occurredNanos(), rate);
                } else if (f.transform() == Transform.NONE && f.kind() == FeatureKind.COUNT) {
                    share = c.coefficient();
                }
                list.add(new EventShare(e, share));
            }
            all.add(Collections.unmodifiableList(list));
        }
        return all;
    }

    /** @return the question with its model */
    public ScenarioQuestion entry() {
        return entry;
    }

    /** @return the question */
    public Question question() {
        return entry.question();
    }

    /** @return the time the forecast is as of */
    public Instant asOf() {
        return forecast.asOf();
    }

    /** @return the probability of YES, in [0, 1] */
    public double probability() {
        return forecast.probability();
    }

    /** @return the credible interval at the scenario's level */
    public ProbabilityInterval interval() {
        return forecast.interval();
    }

    /** @return the log-odds: {@code baseLogOdds + Σ contributions}, in feature order */
    public double logOdds() {
        return forecast.logOdds();
    }

    /** @return the prior log-odds from the base rate, the evidence model's intercept */
    public double baseLogOdds() {
        return forecast.baseLogOdds();
    }

    /** @return the base rate as of this time */
    public BaseRate baseRate() {
        return baseRate;
    }

    /** @return the evidence model the forecast was made with */
    public EvidenceModel model() {
        return model;
    }

    /** @return the Forecaster's forecast */
    public Forecast forecast() {
        return forecast;
    }

    /** @return the contributions, in feature (spec) order */
    public List<Contribution> contributions() {
        return forecast.contributions();
    }

    /** @return the contributions, largest absolute log-odds first (ties in feature order) */
    public List<Contribution> ranked() {
        List<Contribution> list = new ArrayList<>(forecast.contributions());
        list.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds())));
        return list;
    }

    /**
     * @param feature a feature position in spec order
     * @return what each event behind it added, in publication order
     */
    public List<EventShare> shares(int feature) {
        return shares.get(feature);
    }

    /** @return what would move the forecast: one more event of each type the spec counts, and no news */
    public List<WhatIf> whatIfs() {
        return whatIfs;
    }

    /**
     * The forecast as JSON: {@code question}, {@code text}, {@code asOf}, {@code deadline}, {@code probability},
     * {@code interval} {lower, upper, level}, {@code logOdds}, {@code baseLogOdds}, {@code baseRate},
     * {@code contributions} in feature order (so that summing them in order onto {@code baseLogOdds} gives
     * {@code logOdds} bit for bit), each with {@code feature}, {@code definition}, {@code value},
     * {@code coefficient}, {@code logOdds} and its {@code events} (with each event's {@code logOdds} share where
     * the feature is a sum over events), and {@code whatIf}.
     *
     * @return a new JSON object
     */
    public ObjectNode toJson() {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        node.put("question", question().id());
        if (question().text() != null) {
            node.put("text", question().text());
        }
        node.put("asOf", asOf().toString());
        node.put("deadline", question().deadline().toString());
        node.put("probability", probability());
        node.set("interval", interval(interval()));
        node.put("logOdds", logOdds());
        node.put("baseLogOdds", baseLogOdds());
        ObjectNode base = node.putObject("baseRate");
        base.put("model", baseRate.model());
        base.put("probability", baseRate.probability());
        base.put("logOdds", baseRate.logOdds());
        base.put("logOddsSd", baseRate.logOddsSd());
        base.set("interval", interval(baseRate.interval()));
        base.put("description", baseRate.description());
        ArrayNode list = node.putArray("contributions");
        for (int i = 0; i < contributions().size(); i++) {
            Contribution c = contributions().get(i);
            ObjectNode item = list.addObject();
            item.put("feature", c.feature());
            item.put("definition", entry.spec().feature(i).describe());
            item.put("value", c.value());
            item.put("coefficient", c.coefficient());
            item.put("coefficientSd", model.logLikelihoodRatioSd(i));
            item.put("logOdds", c.logOdds());
            ArrayNode events = item.putArray("events");
            for (EventShare s : shares(i)) {
                ObjectNode e = events.addObject();
                e.put("id", s.event().id());
                e.put("type", s.event().type());
                e.put("occurred", s.event().occurred().toString());
                e.put("published", s.event().published().toString());
                e.put("credibility", s.event().credibility());
                if (s.event().source() != null) {
                    e.put("source", s.event().source());
                }
                if (!Double.isNaN(s.logOdds())) {
                    e.put("logOdds", s.logOdds());
                }
            }
        }
        ArrayNode what = node.putArray("whatIf");
        for (WhatIf w : whatIfs) {
            ObjectNode item = what.addObject();
            item.put("change", w.change());
            if (w.feature() != null) {
                item.put("feature", w.feature());
            }
            item.put("probability", w.probability());
            item.put("logOddsChange", w.logOddsChange());
        }
        return node;
    }

    private static ObjectNode interval(ProbabilityInterval interval) {
        ObjectNode node = ForecastJson.mapper().createObjectNode();
        node.put("lower", interval.lower());
        node.put("upper", interval.upper());
        node.put("level", interval.level());
        return node;
    }

    /**
     * The headline: probability, interval and base rate, e.g.
     * {@code P(YES) 47.2%, 90% interval 16.5% to 80.1%; base rate 31.0%}.
     *
     * @return one line
     */
    public String headline() {
        return "P(YES) " + percent(probability()) + ", " + level(interval()) + " interval "
                + percent(interval().lower()) + " to " + percent(interval().upper()) + "; base rate "
                + percent(baseRate.probability());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        Question q = question();
        sb.append(q.id()).append(q.text() == null ? "" : ": " + q.text()).append('\n');
        sb.append(headline()).append(" (").append(level(baseRate.interval())).append(' ')
                .append(percent(baseRate.interval().lower())).append(" to ")
                .append(percent(baseRate.interval().upper())).append(")\n");
        sb.append("base rate: ").append(baseRate.description()).append('\n');
        if (asOf().isBefore(q.opened())) {
            sb.append("(the question opens ").append(q.opened()).append(")\n");
        }
        TextTable table = new TextTable("log-odds", "evidence", "events behind it (log-odds each)");
        table.row(signed(baseLogOdds()), "base rate " + percent(baseRate.probability()), "");
        List<String> silent = new ArrayList<>();
        for (Contribution c : ranked()) {
            int i = entry.spec().schema().indexOf(c.feature());
            List<EventShare> list = shares(i);
            if (c.logOdds() == 0) {
                if (list.isEmpty() && entry.spec().feature(i).kind().usesEvents()) {
                    silent.add(c.feature() + " (" + entry.spec().feature(i).type() + ")");
                }
                continue;
            }
            if (list.isEmpty()) {
                table.row(signed(c.logOdds()), c.feature(), entry.spec().feature(i).describe());
                continue;
            }
            for (int k = 0; k < list.size(); k++) {
                EventShare s = list.get(k);
                String event = s.event().id() + (Double.isNaN(s.logOdds()) ? "" : " " + signed(s.logOdds()));
                table.row(k == 0 ? signed(c.logOdds()) : "", k == 0 ? c.feature() : "", event);
            }
        }
        table.row(signed(logOdds()), "total", "P(YES) " + percent(probability()));
        sb.append(table);
        if (!silent.isEmpty()) {
            sb.append("no events yet for: ").append(String.join(", ", silent)).append('\n');
        }
        String moves = moves();
        if (!moves.isEmpty()) {
            sb.append("would move it: ").append(moves).append('\n');
        }
        return sb.toString();
    }

    /** The largest rise, the largest fall and the no-news what-if, as one line. */
    private String moves() {
        WhatIf up = null;
        WhatIf down = null;
        WhatIf quiet = null;
        for (WhatIf w : whatIfs) {
            if (w.feature() == null) {
                quiet = w;
            } else if (w.logOddsChange() > 0 && (up == null || w.logOddsChange() > up.logOddsChange())) {
                up = w;
            } else if (w.logOddsChange() < 0 && (down == null || w.logOddsChange() < down.logOddsChange())) {
                down = w;
            }
        }
        List<String> parts = new ArrayList<>();
        for (WhatIf w : new WhatIf[] {up, down, quiet}) {
            if (w != null) {
                parts.add(w.change() + " -> " + percent(w.probability()));
            }
        }
        return String.join("; ", parts);
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.3f", v);
    }

    static String level(ProbabilityInterval interval) {
        return Math.round(interval.level() * 100) + "%";
    }
}
