/**
 * forecast4j features: events, questions, event logs and their readers, feature specs, as-of extraction, the
 * live feature state and the Forecaster. Depends on forecast4j core and Jackson only.
 */
module org.forecast4j.features {
    requires transitive org.forecast4j.core;
    requires transitive tools.jackson.databind;

    exports org.forecast4j.features.csv;
    exports org.forecast4j.features.event;
    exports org.forecast4j.features.extract;
    exports org.forecast4j.features.forecast;
    exports org.forecast4j.features.io;
    exports org.forecast4j.features.live;
    exports org.forecast4j.features.spec;
}
