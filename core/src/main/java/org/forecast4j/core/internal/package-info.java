/**
 * Helpers shared by the forecast4j modules and not part of the API: atomic file writes (temporary sibling, then
 * rename) and the portable, bit-reproducible exponential behind {@code Probabilities}. Exported only to the
 * forecast4j modules; on the class path, use at your own risk.
 */
package org.forecast4j.core.internal;
