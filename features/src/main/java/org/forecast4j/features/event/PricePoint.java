package org.forecast4j.features.event;

import java.time.Instant;
import org.forecast4j.core.io.InvalidInputException;

/**
 * A market price of a question's YES contract observed at a time. Immutable.
 *
 * @param time when the price was observed
 * @param price the price, in [0, 1] (a contract pays 1)
 */
public record PricePoint(Instant time, double price) {
    /**
     * Validates the point.
     *
     * @throws InvalidInputException naming {@code time} or {@code price} if it is missing or out of range
     */
    public PricePoint {
        if (time == null) {
            throw new InvalidInputException(null, 0, "time", null, "is required");
        }
        try {
            Times.requireInRange(time);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(null, 0, "time", time.toString(), e.getMessage());
        }
        if (!(price >= 0 && price <= 1)) {
            throw new InvalidInputException(null, 0, "price", Double.toString(price), "is not a price in [0, 1]");
        }
    }
}
