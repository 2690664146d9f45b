/**
 * Strict CSV (RFC 4180) reading and atomic writing. The reader streams records with their physical line
 * numbers, so that every bad value is reported as {@code file line N, field 'col': value 'v' …}; the typed
 * accessors parse probabilities, finite numbers and outcomes (0/1, true/false, yes/no).
 */
package org.forecast4j.features.csv;
