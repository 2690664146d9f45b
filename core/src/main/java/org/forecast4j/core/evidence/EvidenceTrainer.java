package org.forecast4j.core.evidence;

import java.util.Objects;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.model.Trainer;
import org.forecast4j.core.model.TrainingSet;

/**
 * Fits an {@link EvidenceModel}: the prior log-odds and their sd from the training questions' base rate (a
 * Beta(1, 1) prior updated with the questions that resolved yes, counted per question, not per row), then the
 * log likelihood ratios by {@link EvidenceModel#fit(BetaBinomialBaseRate, org.forecast4j.core.model.FeatureSchema,
 * double[][], boolean[], EvidenceFitOptions)}. Immutable and thread-safe.
 */
public final class EvidenceTrainer implements Trainer<EvidenceModel> {
    private final EvidenceFitOptions options;

    /** @param options the prior sd of each log likelihood ratio and the interval level */
    public EvidenceTrainer(EvidenceFitOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return the options */
    public EvidenceFitOptions options() {
        return options;
    }

    /**
     * @throws IllegalArgumentException if there are no training questions, or as the fit
     */
    @Override
    public EvidenceModel fit(TrainingSet data) {
        return EvidenceModel.fit(BetaBinomialBaseRate.of(data.yesQuestions(), data.questions()), data.schema(),
                data.x(), data.y(), options);
    }
}
