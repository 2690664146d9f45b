/**
 * forecast4j scenario: the application layer above the library (scenarios with base rates, an analyst's
 * evidence, what-ifs, trajectories and reports) and Tablesaw views for notebooks.
 */
module org.forecast4j.scenario {
    requires transitive org.forecast4j.features;
    requires transitive tablesaw.core;

    exports org.forecast4j.scenario;
    exports org.forecast4j.tables;
}
