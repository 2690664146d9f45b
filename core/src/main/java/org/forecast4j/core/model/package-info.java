/**
 * What every fitted model shares: the {@link org.forecast4j.core.model.FeatureSchema} it was trained on,
 * its {@link org.forecast4j.core.model.Provenance}, the interfaces callers score through
 * ({@link org.forecast4j.core.model.ProbabilityModel}, {@link org.forecast4j.core.model.LinearLogOddsModel},
 * {@link org.forecast4j.core.model.Calibrator}) and the in-memory form of a model file
 * ({@link org.forecast4j.core.model.ModelDocument}, whose typed readers validate every parameter); the file
 * itself is written and read by {@code org.forecast4j.core.modelfile}.
 *
 * <p>Model files are JSON with a {@code formatVersion}, a logical {@code kind} (never a class name), the
 * feature names and their hash, provenance and kind-specific {@code parameters}. Loading a file whose kind,
 * version or feature schema differs from what the caller expects fails with an
 * {@link org.forecast4j.core.io.InvalidInputException} that names the file and the difference.
 */
package org.forecast4j.core.model;
