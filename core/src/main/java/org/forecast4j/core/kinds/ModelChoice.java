package org.forecast4j.core.kinds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.model.Trainer;

/**
 * A model kind with its options: what a backtest fits at each refit and what {@code forecast fit} trains.
 * Immutable.
 *
 * @param kind the kind
 * @param options its options
 * @param <O> the options record
 * @param <M> the model
 */
public record ModelChoice<O, M extends ProbabilityModel>(ModelKind<O, M> kind, O options) {

    /**
     * Validates the fields.
     *
     * @param kind the kind
     * @param options its options
     */
    public ModelChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(options, "options");
    }

    /** @return the trainer the options configure */
    public Trainer<M> trainer() {
        return kind.trainer(options);
    }

    /**
     * @param setting a setting's name, e.g. {@code prior-sd}
     * @return whether the kind has it
     */
    public boolean accepts(String setting) {
        return kind.settings().containsKey(setting);
    }

    /**
     * @param setting a setting's name, e.g. {@code prior-sd}
     * @param value its value as typed
     * @return a copy with the setting changed
     * @throws IllegalArgumentException naming the setting and value if the kind has no such setting or the value
     *     is out of range
     */
    public ModelChoice<O, M> with(String setting, String value) {
        Setting<O> s = kind.settings().get(setting);
        if (s == null) {
            throw new IllegalArgumentException(setting + " does not apply to " + kind.name() + " (its settings: "
                    + (kind.settings().isEmpty() ? "none" : String.join(", ", kind.settings().keySet())) + ")");
        }
        return new ModelChoice<>(kind, s.apply(options, value));
    }

    /** @return each setting's value as text, in help order */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        kind.settings().forEach((name, s) -> out.put(name, s.get().apply(options)));
        return out;
    }

    /**
     * @return the kind and the settings that differ from its defaults, e.g. {@code bayes-logistic (prior-sd 1)},
     *     or the kind's name alone
     */
    @Override
    public String toString() {
        Map<String, String> defaults = kind.choice().settings();
        StringBuilder sb = new StringBuilder(kind.name());
        String sep = " (";
        for (Map.Entry<String, String> e : settings().entrySet()) {
            if (!e.getValue().equals(defaults.get(e.getKey()))) {
                sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
        }
        return sep.equals(", ") ? sb.append(')').toString() : sb.toString();
    }
}
