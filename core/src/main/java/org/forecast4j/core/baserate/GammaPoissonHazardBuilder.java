package org.forecast4j.core.baserate;

import java.util.ArrayList;
import java.util.List;
import org.forecast4j.core.model.FeatureSchema;

/**
 * Builds a {@link GammaPoissonHazard}: a prior, the observed events and exposure, and covariates with their log
 * hazard ratios. Made by {@link GammaPoissonHazard#builder()}. Not thread-safe; {@link #build()} may be called
 * more than once.
 */
public final class GammaPoissonHazardBuilder {
    private double priorShape = GammaPoissonHazard.DEFAULT_PRIOR_SHAPE;
    private double priorRate = GammaPoissonHazard.DEFAULT_PRIOR_RATE;
    private double events;
    private double exposure;
    private final List<String> names = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();

    GammaPoissonHazardBuilder() {
    }

    /**
     * @param shape the prior shape {@code a >= 0}
     * @param rate the prior rate {@code b >= 0}, per time unit
     * @return this builder
     */
    public GammaPoissonHazardBuilder prior(double shape, double rate) {
        this.priorShape = shape;
        this.priorRate = rate;
        return this;
    }

    /**
     * @param observedEvents the events observed {@code e >= 0}
     * @param observedExposure the time observed {@code T >= 0}
     * @return this builder
     */
    public GammaPoissonHazardBuilder observed(double observedEvents, double observedExposure) {
        this.events = observedEvents;
        this.exposure = observedExposure;
        return this;
    }

    /**
     * Adds a covariate that multiplies the rate by {@code exp(logHazardRatio · x)}.
     *
     * @param name the covariate name, unique
     * @param logHazardRatio its coefficient {@code β}, finite
     * @return this builder
     */
    public GammaPoissonHazardBuilder covariate(String name, double logHazardRatio) {
        names.add(name);
        ratios.add(logHazardRatio);
        return this;
    }

    /**
     * Adds a covariate by its hazard ratio at {@code x = 1}.
     *
     * @param name the covariate name, unique
     * @param hazardRatio the ratio, finite, {@code > 0}; 3 means "three times as likely per unit of time"
     * @return this builder
     */
    public GammaPoissonHazardBuilder hazardRatio(String name, double hazardRatio) {
        if (!(hazardRatio > 0 && hazardRatio < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("hazard ratio of '" + name + "' must be positive and finite, got "
                    + hazardRatio);
        }
        return covariate(name, Math.log(hazardRatio));
    }

    /**
     * @return the model
     * @throws IllegalArgumentException if a value is out of range or a covariate name repeats
     */
    public GammaPoissonHazard build() {
        double[] beta = new double[ratios.size()];
        for (int j = 0; j < beta.length; j++) {
            beta[j] = ratios.get(j);
        }
        return GammaPoissonHazard.create(priorShape, priorRate, events, exposure, FeatureSchema.of(names), beta);
    }
}
