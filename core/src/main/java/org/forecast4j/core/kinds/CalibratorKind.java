package org.forecast4j.core.kinds;

import java.util.Objects;
import java.util.function.Function;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.CalibratorTrainer;
import org.forecast4j.core.model.ModelDocument;

/**
 * One registered kind of calibrator: its name, the trainer, and the reader of its files; or {@link #NONE}, no
 * calibrator. Immutable.
 *
 * @param name the name in files and on the command line, e.g. {@code platt}
 * @param description one sentence for help texts
 * @param trainer fits it; {@code null} only for {@link #NONE}
 * @param reader rebuilds it from its document; {@code null} only for {@link #NONE}
 */
public record CalibratorKind(String name, String description, CalibratorTrainer<? extends Calibrator> trainer,
        Function<ModelDocument, ? extends Calibrator> reader) {

    /** No calibrator: forecasts pass through as the model gives them. */
    public static final CalibratorKind NONE = new CalibratorKind("none",
            "no calibrator: forecasts pass through as the model gives them", null, null);

    /**
     * Validates the fields.
     *
     * @param name the name in files and on the command line, e.g. {@code platt}
     * @param description one sentence for help texts
     * @param trainer fits it; {@code null} only for {@link #NONE}
     * @param reader rebuilds it from its document; {@code null} only for {@link #NONE}
     */
    public CalibratorKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if ((trainer == null) != (reader == null) || (trainer == null && !"none".equals(name))) {
            throw new IllegalArgumentException("a calibrator kind needs a trainer and a reader: " + name);
        }
    }

    /** @return whether this is {@link #NONE} */
    public boolean isNone() {
        return trainer == null;
    }

    /**
     * @param probabilities forecasts in [0, 1]
     * @param outcomes their outcomes
     * @return the fitted calibrator
     * @throws IllegalStateException for {@link #NONE}
     * @throws IllegalArgumentException as the trainer
     */
    public Calibrator fit(double[] probabilities, boolean[] outcomes) {
        if (trainer == null) {
            throw new IllegalStateException("no calibrator to fit");
        }
        return trainer.fit(probabilities, outcomes);
    }

    @Override
    public String toString() {
        return name;
    }
}
