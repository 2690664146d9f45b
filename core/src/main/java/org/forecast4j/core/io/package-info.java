/**
 * Input and output conventions shared by every module: {@link org.forecast4j.core.io.InvalidInputException}
 * (bad input named by file, line, field and value), {@link org.forecast4j.core.internal.AtomicFiles} (write to a
 * temporary file, then rename, so nothing is half-written) and {@link org.forecast4j.core.io.ForecastJson}
 * (the one configured Jackson mapper: no default typing, no class-name type ids, unknown fields rejected).
 */
package org.forecast4j.core.io;
