/**
 * forecast4j features: from dated events to feature vectors. Events, questions and event logs; declarative
 * feature specs; as-of extraction that cannot see the future; live incremental feature state for bots; the
 * Forecaster facade; and readers for JSON Lines and CSV.
 */
package org.forecast4j.features;
