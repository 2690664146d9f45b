/**
 * Proper scoring of probability forecasts of binary outcomes, Guava {@code StatsAccumulator} style: a mutable
 * {@link org.forecast4j.core.scoring.ScoreAccumulator} ({@code add(p, outcome)}) whose
 * {@link org.forecast4j.core.scoring.ScoreAccumulator#snapshot()} is an immutable
 * {@link org.forecast4j.core.scoring.ScoreReport}: Brier score, log loss, the Murphy decomposition over
 * equal-width bins, the CORP decomposition (Dimitriadis, Gneiting &amp; Jordan, PNAS 2021), expected
 * calibration error, reliability bins with Jeffreys intervals, and a seeded bootstrap interval for the Brier
 * score. {@link org.forecast4j.core.scoring.PairedComparison} compares two forecasters on the same outcomes.
 *
 * <p>Outcomes are booleans ({@code true} = the event happened, scored as 1). Every average is weighted when
 * weights are given, and each forecast weighs 1 otherwise.
 */
package org.forecast4j.core.scoring;
