/**
 * As-of batch feature extraction: the features of a question at time {@code t} from the events published at
 * or before {@code t}.
 *
 * <p>The guarantee is structural. {@link org.forecast4j.features.extract.FeatureExtractor} computes from an
 * {@link org.forecast4j.features.event.EventLog.View}, which only {@code EventLog.publishedBy(t)} creates and
 * which holds exactly the events published at or before its {@code asOf()}; the time the features are
 * computed at is taken from the view, never passed separately. So no call can combine events with a time
 * earlier than their publication. An event that occurred before {@code t} but was published after it is not
 * seen.
 */
package org.forecast4j.features.extract;
