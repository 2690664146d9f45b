/**
 * The evidence model: start from the prior log-odds of a base rate, add one log likelihood ratio per piece of
 * evidence, and read off a probability, a credible interval and what each piece contributed. The log likelihood
 * ratios are either set by an analyst with a stated uncertainty
 * ({@link org.forecast4j.core.evidence.EvidenceModel#builder()}, an
 * {@link org.forecast4j.core.evidence.EvidenceModelBuilder}) or fitted on resolved questions
 * ({@link org.forecast4j.core.evidence.EvidenceTrainer#fit}).
 *
 * <p>An {@link org.forecast4j.core.evidence.EvidenceModel} is a
 * {@link org.forecast4j.core.model.LinearLogOddsModel}: its intercept is the prior log-odds and its coefficients
 * are the log likelihood ratios per unit of each feature, so the contributions add up exactly to the log-odds.
 */
package org.forecast4j.core.evidence;
