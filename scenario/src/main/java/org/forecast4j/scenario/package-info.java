/**
 * Scenarios: a small declarative description of questions, their event log, a base rate from a reference class
 * and an analyst's log likelihood ratios, turned into explained forecasts, trajectories and reports.
 *
 * <p>A scenario directory holds {@code scenario.json}:
 *
 * <pre>{@code
 * {"name": "seed", "title": "...", "events": "events.jsonl", "questions": "questions.json", "level": 0.9,
 *  "forecasts": [
 *    {"question": "potus-tokyo-2026", "spec": "specs/potus-tokyo-2026.json",
 *     "baseRate": "gamma-poisson-hazard",
 *     "referenceClass": "reference-classes/us-president-japan-visits.csv", "column": "visited_tokyo",
 *     "label": "...", "unit": "year", "priorShape": 0.5, "priorRate": 0,
 *     "windowStart": "2026-01-01T00:00:00+09:00", "windowExposure": 1,
 *     "evidence": [{"feature": "tradeDeal", "logLikelihoodRatio": 0.264, "sd": 0.825, "rationale": "..."}]},
 *    {"question": "crystal-land-phase-one-2026", "spec": "...", "baseRate": "beta-binomial",
 *     "referenceClass": "....csv", "column": "first_tranche_on_time", "priorAlpha": 0.5, "priorBeta": 0.5,
 *     "evidence": [...]}]}
 * }</pre>
 *
 * Paths are relative to the directory. For each question the base rate gives the prior log-odds (and their
 * standard deviation) of an {@link org.forecast4j.core.evidence.EvidenceModel} whose log likelihood ratios are
 * the {@code evidence}, one per feature of the spec; the forecast runs through a
 * {@link org.forecast4j.features.forecast.Forecaster}, so the contributions add up exactly to the log-odds.
 *
 * <ul>
 *   <li>{@code gamma-poisson-hazard}: events ({@code column} summed over the CSV's rows, or {@code events}) in
 *       an exposure ({@code exposurePerRow} per row, default 1, or {@code exposure}) with a Gamma
 *       ({@code priorShape}, {@code priorRate}) prior (default 0.5, 0). The question's window runs from
 *       {@code windowStart} (default: opened) to {@code windowEnd} (default: the deadline) and counts as
 *       {@code windowExposure} units of exposure (required: e.g. 1 for a calendar year when each row of the
 *       reference class is a year); the horizon as of {@code t} is that exposure times the fraction of the
 *       window after {@code t}, so the base rate falls as the window runs out.
 *   <li>{@code beta-binomial}: successes ({@code column} as 0/1 outcomes, or {@code successes}) of trials (the
 *       rows, or {@code trials}) with a Beta({@code priorAlpha}, {@code priorBeta}) prior (default 1, 1).
 * </ul>
 */
package org.forecast4j.scenario;
