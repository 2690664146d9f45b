/**
 * Trading math for binary prediction-market contracts: the edge of a forecast against a contract price with
 * fees, the Kelly fraction of a bankroll to stake, fractional Kelly, shrinkage of the stake for uncertainty in
 * the forecast, and the expected log growth of wealth.
 *
 * <p>A YES contract pays 1 if the event happens and costs {@code c = price + fee}; a NO contract pays 1 if
 * it does not and costs {@code c = (1 − price) + fee}. Staking a fraction {@code f} of wealth on a side that
 * wins with probability {@code q} buys {@code f/c} contracts, so wealth is multiplied by {@code 1 − f + f/c}
 * on a win and by {@code 1 − f} on a loss. The expected log growth
 * {@code G(f) = q ln(1 − f + f/c) + (1 − q) ln(1 − f)} is maximised by the Kelly fraction
 * {@code f* = (q − c)/(1 − c)} when {@code q > c}.
 *
 * <p>{@link org.forecast4j.core.trading.Kelly} holds the allocation-free primitive forms for bots (results
 * written into a caller-owned {@link org.forecast4j.core.trading.KellySizing});
 * {@link org.forecast4j.core.trading.KellyBet} is the immutable, readable record for notebooks.
 */
package org.forecast4j.core.trading;
