/**
 * Reading events and questions from files, with errors that name the file, the line, the field and the value.
 *
 * <ul>
 *   <li>{@link org.forecast4j.features.io.EventReader}: events from JSON Lines (one JSON object per line) or
 *       from CSV (parsed with the strict, line-numbered {@link org.forecast4j.features.csv.CsvReader}).
 *   <li>{@link org.forecast4j.features.io.QuestionReader}: questions from JSON Lines or a JSON array.
 *   <li>{@link org.forecast4j.core.io.JsonRecord} and {@link org.forecast4j.features.io.JsonRecords}: JSON
 *       objects read with the line of every field, and typed accessors that fail with that line; the feature
 *       spec reader uses them too.
 * </ul>
 * Reading is strict: an unknown field, a missing required field, a value of the wrong JSON type, an unparsable
 * time or an out-of-range number is an {@link org.forecast4j.core.io.InvalidInputException}. Jackson is used
 * through {@link org.forecast4j.core.io.ForecastJson#mapper()}: no default typing, no class names.
 */
package org.forecast4j.features.io;
