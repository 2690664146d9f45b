package org.forecast4j.features.spec;

import org.forecast4j.core.prob.Probabilities;

/** An optional transform applied to a feature's raw value. */
public enum Transform {
    /** The raw value. */
    NONE("none"),
    /**
     * {@code ln(v/(1 − v))} of the value clipped to {@code [LOGIT_CLIP, 1 − LOGIT_CLIP]}, so that 0 and 1 give
     * finite log-odds (about ±13.8). Only for kinds whose values lie in [0, 1].
     */
    LOGIT("logit"),
    /**
     * {@code ln(1 + v)}; for kinds whose values are {@code >= 0}. Computed by {@link Probabilities#log1p}, within
     * a few ulps of {@link Math#log1p} and about twice as fast on JDK 17.
     */
    LOG1P("log1p");

    /** The clip applied before {@link #LOGIT}. */
    public static final double LOGIT_CLIP = 1e-6;

    private final String label;

    Transform(String label) {
        this.label = label;
    }

    /** @return the name used in spec files */
    public String label() {
        return label;
    }

    /**
     * @param label a name used in spec files
     * @return the transform, or {@code null} if unknown
     */
    public static Transform fromLabel(String label) {
        for (Transform t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Applies the transform. Allocation-free.
     *
     * @param v the raw value
     * @return the transformed value
     */
    public double apply(double v) {
        switch (this) {
            case LOGIT:
                return Probabilities.logit(Math.min(1 - LOGIT_CLIP, Math.max(LOGIT_CLIP, v)));
            case LOG1P:
                return Probabilities.log1p(v);
            default:
                return v;
        }
    }
}
