/**
 * Seeded pseudo-random numbers with a fixed, documented algorithm, so that bootstraps, simulations and
 * generated data are byte-identical across runs, machines and JDK versions for the same seed.
 */
package org.forecast4j.core.random;
