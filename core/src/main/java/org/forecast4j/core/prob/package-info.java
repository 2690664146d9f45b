/**
 * Probability math shared by every model and score: {@code logit}, a {@code sigmoid} that is stable in both
 * tails, {@code log1pexp} with Mächler's cut-offs, and log loss computed from log-odds; and
 * {@link org.forecast4j.core.internal.PortableExp}, the plain-Java {@code exp} the sigmoid uses (the same bits on every
 * JVM).
 *
 * <p><b>Clamping rules, stated once.</b> The functions here are pure math: NaN in gives NaN out, and
 * {@code logit(0) = -∞}, {@code logit(1) = +∞}. Nothing is clamped silently. The only clamp in the library is
 * {@link org.forecast4j.core.prob.Probabilities#LOG_LOSS_CLIP}, applied when a log loss is computed from a
 * probability (not from log-odds), and every report that uses it states it. Validation of inputs (NaN,
 * probabilities outside [0, 1]) happens at the boundaries: readers, accumulators and model entry points.
 */
package org.forecast4j.core.prob;
