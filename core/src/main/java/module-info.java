/**
 * forecast4j core: probability math, scoring, calibration, base rates, the model families and their trainers,
 * the model-file format and the registry of kinds. Exports only API packages: the Newton solver
 * ({@code org.forecast4j.core.newton}) is not exported, and the shared helpers of the forecast4j modules
 * ({@code org.forecast4j.core.internal}: atomic file writes, the portable exponential) only to them.
 */
module org.forecast4j.core {
    requires transitive tools.jackson.databind;
    requires commons.math3;
    requires jdk.management;
    requires static jdk.incubator.vector;

    exports org.forecast4j.core;
    exports org.forecast4j.core.baserate;
    exports org.forecast4j.core.calibration;
    exports org.forecast4j.core.evidence;
    exports org.forecast4j.core.io;
    exports org.forecast4j.core.isotonic;
    exports org.forecast4j.core.kernel;
    exports org.forecast4j.core.kinds;
    exports org.forecast4j.core.logistic;
    exports org.forecast4j.core.model;
    exports org.forecast4j.core.modelfile;
    exports org.forecast4j.core.pooling;
    exports org.forecast4j.core.prob;
    exports org.forecast4j.core.random;
    exports org.forecast4j.core.scoring;
    exports org.forecast4j.core.text;
    exports org.forecast4j.core.trading;
    exports org.forecast4j.core.internal to org.forecast4j.features, org.forecast4j.scenario,
            org.forecast4j.backtest;
}
