package org.forecast4j.backtest;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.forecast4j.core.model.Calibrator;
import org.forecast4j.core.model.ProbabilityModel;

/**
 * What the forecasts of one refit period of a backtest are made with: the model fitted at the period's refit
 * time (with an incremental refit, each posterior the period goes through), the calibrator, and the walk-forward
 * selection made then. The driver of a walk-forward run decides it from the questions resolved by the refit
 * time only; {@link #forecast} then makes each forecast of the period from that row's own inputs alone, so the
 * rows of a period may be forecast in any order, on any thread or machine (see {@link PeriodScoring}).
 *
 * <p>Immutable and thread-safe. Serialisable for engines that ship it to other JVMs: the models and the
 * calibrator travel as their model-file documents (the form {@code forecast fit} writes), rebuilt by their
 * kind's reader, which gives back the same probabilities bit for bit.
 *
 * @serial exclude (its form is a private proxy holding the model-file documents, for the Spark engine only)
 */
public final class RefitPeriod implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ProbabilityModel[] models;
    private final transient int[] modelCounts;
    private final transient Calibrator calibrator;
    private final transient int calibratorCount;
    private final transient boolean priced;
    private final transient boolean unpriced;
    private final transient boolean calibrate;

    /**
     * @param models the models in use, in order; an entry is {@code null} while there is none yet
     * @param modelCounts the number of resolved questions each was fitted on
     * @param calibrator the calibrator, or {@code null}
     * @param calibratorCount the number of forecasts it was fitted on
     * @param priced whether the selection lets a model forecast rows with a market price
     * @param unpriced whether it lets a model forecast rows without one
     * @param calibrate whether the model's forecasts are calibrated (a calibrator exists and is selected)
     */
    RefitPeriod(List<ProbabilityModel> models, int[] modelCounts, Calibrator calibrator, int calibratorCount,
            boolean priced, boolean unpriced, boolean calibrate) {
        this.models = models.toArray(new ProbabilityModel[0]);
        this.modelCounts = modelCounts.clone();
        if (this.models.length != this.modelCounts.length || this.models.length == 0) {
            throw new IllegalArgumentException("one count per model, at least one model");
        }
        this.calibrator = calibrator;
        this.calibratorCount = calibratorCount;
        this.priced = priced;
        this.unpriced = unpriced;
        this.calibrate = calibrate;
    }

    /**
     * One forecast's inputs, all known at its time before any model is applied.
     *
     * @param model which of the period's models is in use at its time, {@code 0 <= model < }{@link #models()}
     * @param x the features as of its time, in spec order, finite
     * @param market the market price as of its time, NaN if none is known
     * @param baseRate the running base rate {@code (k + 1)/(n + 2)} as of its time, in (0, 1)
     * @param resolved the number of questions resolved at or before its time
     * @serial exclude
     */
    public record Input(int model, double[] x, double market, double baseRate, int resolved)
            implements Serializable {
    }

    /**
     * One forecast, as a row of {@code forecasts.csv} has it.
     *
     * @param modelP the model's probability, NaN if there was no model
     * @param calibratedP the calibrator's output on it, NaN if there was no model or no calibrator
     * @param p the forecast made, in [0, 1]
     * @param trainedOn the number of resolved questions its model was fitted on (passed through: resolved by
     *     then)
     * @param calibratedOn the number of forecasts its calibrator was fitted on, 0 if not calibrated
     * @param source what made it
     * @serial exclude
     */
    public record Forecast(double modelP, double calibratedP, double p, int trainedOn, int calibratedOn,
            ForecastSource source) implements Serializable {
    }

    /** @return the number of models (1 for a batch refit; with an incremental refit, the posteriors in turn) */
    public int models() {
        return models.length;
    }

    /**
     * Makes one forecast: the model's (calibrated if selected) where there is a model and the selection uses it,
     * else the market price where known, else the running base rate.
     *
     * @param input the forecast's inputs
     * @return the forecast
     * @throws ArrayIndexOutOfBoundsException if {@code input.model()} is not one of this period's models
     */
    public Forecast forecast(Input input) {
        ProbabilityModel model = models[input.model()];
        double modelP = model == null ? Double.NaN : model.probability(input.x());
        double calibratedP = model == null || calibrator == null ? Double.NaN : calibrator.calibrate(modelP);
        boolean hasMarket = !Double.isNaN(input.market());
        if (model != null && (hasMarket ? priced : unpriced)) {
            return new Forecast(modelP, calibratedP, calibrate ? calibratedP : modelP, modelCounts[input.model()],
                    calibrate ? calibratorCount : 0, ForecastSource.MODEL);
        }
        return new Forecast(modelP, calibratedP, hasMarket ? input.market() : input.baseRate(), input.resolved(), 0,
                hasMarket ? ForecastSource.MARKET : ForecastSource.PRIOR);
    }

    @Serial
    private Object writeReplace() {
        String[] texts = new String[models.length];
        for (int i = 0; i < models.length; i++) {
            texts[i] = models[i] == null ? null : ModelText.of(models[i].toDocument());
        }
        return new Form(texts, modelCounts, calibrator == null ? null : ModelText.of(calibrator.toDocument()),
                calibratorCount, priced, unpriced, calibrate);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a RefitPeriod is read through its serial form");
    }

    /** The serial form: the models and calibrator as model-file JSON. */
    private record Form(String[] models, int[] modelCounts, String calibrator, int calibratorCount, boolean priced,
            boolean unpriced, boolean calibrate) implements Serializable {

        @Serial
        private Object readResolve() {
            ProbabilityModel[] read = new ProbabilityModel[models.length];
            for (int i = 0; i < models.length; i++) {
                read[i] = models[i] == null ? null : ModelText.model(models[i]);
            }
            return new RefitPeriod(Arrays.asList(read), modelCounts,
                    calibrator == null ? null : ModelText.calibrator(calibrator), calibratorCount, priced, unpriced,
                    calibrate);
        }
    }
}
