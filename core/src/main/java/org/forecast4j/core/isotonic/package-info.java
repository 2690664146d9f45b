/**
 * Isotonic (monotone non-decreasing) least-squares regression by pool-adjacent-violators. Used by the CORP
 * score decomposition and by isotonic calibration. Equal inputs are pooled before any violator is, as in
 * scikit-learn's {@code IsotonicRegression} and R's {@code reliabilitydiag}.
 */
package org.forecast4j.core.isotonic;
