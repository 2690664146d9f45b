package org.forecast4j.backtest.sweep;

import java.util.Objects;
import org.forecast4j.backtest.BacktestConfig;

/**
 * One named configuration of a sweep: the backtest configuration and the feature spec it runs on. Immutable.
 *
 * @param name the configuration's name, unique within its sweep, e.g. {@code anchored-sd-0.5}
 * @param spec the spec as the sweep file names it: {@code default} (the input's default spec) or a file path
 * @param specFile the spec file to read: {@code spec} resolved against the sweep file's folder, or
 *     {@code default}
 * @param config the backtest configuration
 */
public record SweepConfiguration(String name, String spec, String specFile, BacktestConfig config) {

    /** The spec name meaning "the input's default spec" (ForecastBench's market-bias spec). */
    public static final String DEFAULT_SPEC = "default";

    /**
     * Validates the fields.
     *
     * @param name the configuration's name, unique within its sweep, e.g. {@code anchored-sd-0.5}
     * @param spec the spec as the sweep file names it: {@code default} (the input's default spec) or a file path
     * @param specFile the spec file to read: {@code spec} resolved against the sweep file's folder, or
     *     {@code default}
     * @param config the backtest configuration
     */
    public SweepConfiguration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(specFile, "specFile");
        Objects.requireNonNull(config, "config");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a configuration's name must not be blank");
        }
    }
}
