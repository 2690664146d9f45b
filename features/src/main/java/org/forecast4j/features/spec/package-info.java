/**
 * Declarative feature specs: which numbers to compute from a question and the events about it.
 *
 * <pre>{@code
 * {"match": "entities",
 *  "features": [
 *    {"name": "fundShift", "kind": "decayed-sum", "type": "sovereign-fund-shift", "halfLifeDays": 30},
 *    {"name": "deals30", "kind": "count", "type": "deal-finalization", "windowDays": 30, "transform": "log1p"},
 *    {"name": "sinceDecline", "kind": "days-since", "type": "partner-declined", "ifNone": 365},
 *    {"name": "funds", "kind": "log-magnitude", "type": "funds-disbursed"},
 *    {"name": "daysLeft", "kind": "days-to-deadline"},
 *    {"name": "elapsed", "kind": "elapsed-fraction"},
 *    {"name": "market", "kind": "market-price", "ifNone": 0.5, "transform": "logit"},
 *    {"name": "japan", "kind": "tag", "entity": "Japan"}]}
 * }</pre>
 *
 * An event is about a question when they share an entity ({@code "match": "entities"}, the default; a question
 * with no entities sees every event) or always ({@code "match": "all"}). The kinds are listed in
 * {@link org.forecast4j.features.spec.FeatureKind}; the optional transforms in
 * {@link org.forecast4j.features.spec.Transform}. An unknown kind, field or transform is an error naming it,
 * the file and the line.
 */
package org.forecast4j.features.spec;
