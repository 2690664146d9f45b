/**
 * Plain-text rendering for people: fixed-width tables used by {@code toString()} of models and reports and by
 * the command-line tool. Numbers are formatted with {@link java.util.Locale#ROOT}, so output is the same on
 * every machine.
 */
package org.forecast4j.core.text;
