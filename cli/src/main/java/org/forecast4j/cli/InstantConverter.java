package org.forecast4j.cli;

import java.time.Instant;
import org.forecast4j.features.event.Times;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an option value to an instant with {@link Times#parse}: an ISO-8601 instant, offset date-time or date. */
final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return Times.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' " + e.getMessage());
        }
    }
}
