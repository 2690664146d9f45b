/**
 * The registry of model and calibrator kinds, above every model family: reading a model file of any kind
 * ({@link org.forecast4j.core.kinds.ModelReaders}). Nothing below this package depends on it.
 */
package org.forecast4j.core.kinds;
