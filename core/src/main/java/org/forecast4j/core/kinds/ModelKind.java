package org.forecast4j.core.kinds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.OnlineTrainer;
import org.forecast4j.core.model.ProbabilityModel;
import org.forecast4j.core.model.Trainer;

/**
 * One registered kind of probability model: its name in files and on the command line, its options record and
 * their defaults, the trainer the options configure, the reader that rebuilds a model from its file, and the
 * named settings a person can change. Immutable.
 *
 * @param <O> the options record
 * @param <M> the model
 */
public final class ModelKind<O, M extends ProbabilityModel> {
    private final String name;
    private final String description;
    private final O defaults;
    private final Function<O, ? extends Trainer<M>> trainer;
    private final Function<ModelDocument, M> reader;
    private final Map<String, Setting<O>> settings;

    private ModelKind(String name, String description, O defaults, Function<O, ? extends Trainer<M>> trainer,
            Function<ModelDocument, M> reader, List<Setting<O>> settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.reader = Objects.requireNonNull(reader, "reader");
        Map<String, Setting<O>> byName = new LinkedHashMap<>();
        for (Setting<O> s : settings) {
            if (byName.put(s.name(), s) != null) {
                throw new IllegalArgumentException("kind " + name + " has two settings named " + s.name());
            }
        }
        this.settings = Collections.unmodifiableMap(byName);
    }

    /**
     * Registers a kind.
     *
     * @param name the kind's name, as model files write it
     * @param description one sentence for help texts
     * @param defaults the default options
     * @param trainer the trainer a set of options configures
     * @param reader rebuilds a model of this kind from its document
     * @param settings the settings a person can change by name, in the order help lists them
     * @param <O> the options record
     * @param <M> the model
     * @return the kind
     */
    @SafeVarargs
    public static <O, M extends ProbabilityModel> ModelKind<O, M> of(String name, String description, O defaults,
            Function<O, ? extends Trainer<M>> trainer, Function<ModelDocument, M> reader, Setting<O>... settings) {
        return new ModelKind<>(name, description, defaults, trainer, reader, List.of(settings));
    }

    /** @return the name, e.g. {@code bayes-logistic} */
    public String name() {
        return name;
    }

    /** @return one sentence on what it fits */
    public String description() {
        return description;
    }

    /** @return the default options */
    public O defaults() {
        return defaults;
    }

    /** @return the settings a person can change, by name, in help order */
    public Map<String, Setting<O>> settings() {
        return settings;
    }

    /**
     * @param options the options
     * @return the trainer they configure
     */
    public Trainer<M> trainer(O options) {
        return trainer.apply(Objects.requireNonNull(options, "options"));
    }

    /** @return whether its models learn one outcome at a time (a backtest's incremental refits need this) */
    public boolean online() {
        return trainer(defaults) instanceof OnlineTrainer;
    }

    /**
     * @param document a model document of this kind
     * @return the model
     * @throws org.forecast4j.core.io.InvalidInputException naming the field and value that are wrong
     */
    public M read(ModelDocument document) {
        return reader.apply(document.requireKind(name));
    }

    /** @return the defaults as a choice */
    public ModelChoice<O, M> choice() {
        return new ModelChoice<>(this, defaults);
    }

    /**
     * @param options options of this kind
     * @return them as a choice
     */
    public ModelChoice<O, M> choice(O options) {
        return new ModelChoice<>(this, options);
    }

    /** @return the setting names, in help order */
    public List<String> settingNames() {
        return new ArrayList<>(settings.keySet());
    }

    @Override
    public String toString() {
        return name;
    }
}
