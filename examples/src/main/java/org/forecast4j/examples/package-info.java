/**
 * Runnable examples on the seed scenario: a trading bot fed live events and a replayed (illustrative) price
 * feed, sizing Kelly stakes from the Forecaster's live probabilities.
 */
package org.forecast4j.examples;
