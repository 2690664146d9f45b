package org.forecast4j.backtest.sweep;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.features.event.EventLog;
import org.forecast4j.features.event.Question;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * What every configuration of a sweep runs on: the questions, the events and the feature specs the
 * configurations name, each read once. Immutable, so configurations can share it across threads.
 *
 * @param questions the questions
 * @param log the events
 * @param specs each spec file a configuration uses (see {@link SweepConfiguration#specFile()}), read
 */
public record SweepInputs(List<Question> questions, EventLog log, Map<String, FeatureSpec> specs) {

    /**
     * Copies the collections.
     *
     * @param questions the questions
     * @param log the events
     * @param specs each spec file a configuration uses (see {@link SweepConfiguration#specFile()}), read
     */
    public SweepInputs {
        questions = List.copyOf(questions);
        Objects.requireNonNull(log, "log");
        specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
    }

    /**
     * Reads every spec the configurations name.
     *
     * @param questions the questions
     * @param log the events
     * @param defaultSpec the spec named {@code default}, or {@code null} if the input has none
     * @param configurations the configurations
     * @return the inputs
     * @throws InvalidInputException if a spec file cannot be read, or a configuration names {@code default} and
     *     there is none
     */
    public static SweepInputs of(List<Question> questions, EventLog log, FeatureSpec defaultSpec,
            List<SweepConfiguration> configurations) {
        Map<String, FeatureSpec> specs = new LinkedHashMap<>();
        for (SweepConfiguration c : configurations) {
            if (specs.containsKey(c.specFile())) {
                continue;
            }
            if (c.specFile().equals(SweepConfiguration.DEFAULT_SPEC)) {
                if (defaultSpec == null) {
                    throw new InvalidInputException(null, 0, "spec", c.spec(), "configuration '" + c.name()
                            + "' uses the default spec, which only ForecastBench input has: name a spec file");
                }
                specs.put(c.specFile(), defaultSpec);
            } else {
                specs.put(c.specFile(), FeatureSpec.read(Path.of(c.specFile())));
            }
        }
        return new SweepInputs(questions, log, specs);
    }

    /**
     * @param configuration a configuration
     * @return its spec
     * @throws IllegalArgumentException if it was not read
     */
    public FeatureSpec spec(SweepConfiguration configuration) {
        FeatureSpec spec = specs.get(configuration.specFile());
        if (spec == null) {
            throw new IllegalArgumentException("spec '" + configuration.specFile() + "' was not read");
        }
        return spec;
    }
}
