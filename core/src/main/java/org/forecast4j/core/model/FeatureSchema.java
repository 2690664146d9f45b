package org.forecast4j.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.forecast4j.core.internal.Digests;
import org.forecast4j.core.io.InvalidInputException;

/**
 * The ordered feature names a model was trained on. Position {@code i} of every feature vector passed to
 * the model holds the feature named {@code names().get(i)}. Immutable.
 *
 * <p>The {@link #hash()} is {@code "sha256:"} followed by the hex SHA-256 of the UTF-8 names, each followed
 * by a newline; it changes with any rename or reordering.
 */
public final class FeatureSchema {
    private final List<String> names;
    private final String hash;

    private FeatureSchema(List<String> names) {
        this.names = names;
        this.hash = computeHash(names);
    }

    /**
     * Creates a schema.
     *
     * @param names the feature names in vector order: non-blank, unique
     * @return the schema
     * @throws IllegalArgumentException if a name is null or blank or appears twice
     */
    public static FeatureSchema of(List<String> names) {
        List<String> copy = new ArrayList<>(names.size());
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("feature names must be non-blank, got " + names);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("feature name '" + name + "' appears twice in " + names);
            }
            copy.add(name);
        }
        return new FeatureSchema(Collections.unmodifiableList(copy));
    }

    /**
     * Creates a schema.
     *
     * @param names the feature names in vector order
     * @return the schema
     * @throws IllegalArgumentException if a name is null, blank or repeated
     */
    public static FeatureSchema of(String... names) {
        return of(List.of(names));
    }

    /** @return the feature names in vector order, unmodifiable */
    public List<String> names() {
        return names;
    }

    /** @return the number of features */
    public int size() {
        return names.size();
    }

    /**
     * @param i a position in [0, size)
     * @return the name at that position
     */
    public String name(int i) {
        return names.get(i);
    }

    /**
     * @param name a feature name
     * @return its position, or -1 if absent
     */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** @return {@code "sha256:"} and the hex digest of the names; see the class documentation */
    public String hash() {
        return hash;
    }

    /**
     * Checks that a caller's schema is exactly this one (same names, same order).
     *
     * @param callers the schema the caller will supply vectors in
     * @param source what this schema came from, for the message (e.g. the model file path)
     * @throws InvalidInputException if they differ; the message lists both schemas and the first difference
     */
    public void requireSameAs(FeatureSchema callers, String source) {
        if (names.equals(callers.names)) {
            return;
        }
        StringBuilder problem = new StringBuilder("feature schema mismatch: the model expects ")
                .append(names).append(" but the caller supplies ").append(callers.names);
        int common = Math.min(names.size(), callers.names.size());
        int i = 0;
        while (i < common && names.get(i).equals(callers.names.get(i))) {
            i++;
        }
        if (i < common) {
            problem.append("; first difference at position ").append(i).append(": expected '")
                    .append(names.get(i)).append("', got '").append(callers.names.get(i)).append('\'');
        } else {
            problem.append("; the model has ").append(names.size()).append(" features, the caller ")
                    .append(callers.names.size());
        }
        throw new InvalidInputException(source, 0, "features", null, problem.toString());
    }

    private static String computeHash(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(name).append('\n');
        }
        return Digests.sha256(text.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSchema other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return "FeatureSchema" + names;
    }
}
