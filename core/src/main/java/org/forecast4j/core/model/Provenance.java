package org.forecast4j.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.forecast4j.core.LibraryVersion;

/**
 * Where a fitted model came from: the library version that fitted it, the trainer and its options, how
 * many training rows it saw, the training window and the random seed where those apply. Immutable; the
 * options map is sorted by key so that model files are byte-for-byte reproducible.
 *
 * <p>The feature schema and its hash are stored beside the provenance in the model file (see
 * {@link ModelDocument}); the time a file was written is stamped by
 * {@link org.forecast4j.core.modelfile.ModelFiles#write}.
 *
 * @param library always {@code "forecast4j"}
 * @param libraryVersion the version of the library that fitted the model
 * @param trainer a logical trainer name, e.g. {@code "logistic-irls"}
 * @param options the trainer options by name (numbers, strings or booleans)
 * @param trainingRows the number of rows (examples) the model was fitted on, {@code >= 0}
 * @param trainingWindow the span of the training data, or {@code null} if not applicable
 * @param seed the random seed, or {@code null} if the fit is not random
 */
public record Provenance(String library, String libraryVersion, String trainer, Map<String, Object> options,
        long trainingRows, TrainingWindow trainingWindow, Long seed) {

    /**
     * The span of the training data, as ISO-8601 text (dates or instants).
     *
     * @param from the earliest time covered
     * @param to the latest time covered
     */
    public record TrainingWindow(String from, String to) {
    }

    /**
     * Validates and copies the options into an unmodifiable sorted map.
     *
     * @param library always {@code "forecast4j"}
     * @param libraryVersion the version of the library that fitted the model
     * @param trainer a logical trainer name, e.g. {@code "logistic-irls"}
     * @param options the trainer options by name (numbers, strings or booleans)
     * @param trainingRows the number of rows (examples) the model was fitted on, {@code >= 0}
     * @param trainingWindow the span of the training data, or {@code null} if not applicable
     * @param seed the random seed, or {@code null} if the fit is not random
     */
    public Provenance {
        if (trainer == null || trainer.isBlank()) {
            throw new IllegalArgumentException("provenance needs a trainer name");
        }
        if (trainingRows < 0) {
            throw new IllegalArgumentException("trainingRows must be >= 0, got " + trainingRows);
        }
        library = library == null ? "forecast4j" : library;
        libraryVersion = libraryVersion == null ? LibraryVersion.get() : libraryVersion;
        options = Collections.unmodifiableMap(new TreeMap<>(options == null ? Map.of() : options));
    }

    /**
     * Provenance for a model fitted now by this library.
     *
     * @param trainer a logical trainer name
     * @param options the trainer options by name
     * @param trainingRows the number of training rows
     * @return the provenance, with no window and no seed
     */
    public static Provenance of(String trainer, Map<String, Object> options, long trainingRows) {
        return new Provenance("forecast4j", LibraryVersion.get(), trainer, options, trainingRows, null, null);
    }

    /**
     * @param window the training window
     * @return a copy with the window set
     */
    public Provenance withTrainingWindow(TrainingWindow window) {
        return new Provenance(library, libraryVersion, trainer, options, trainingRows, window, seed);
    }

    /**
     * @param newSeed the random seed
     * @return a copy with the seed set
     */
    public Provenance withSeed(long newSeed) {
        return new Provenance(library, libraryVersion, trainer, options, trainingRows, trainingWindow, newSeed);
    }
}
