package org.forecast4j.features.event;

import java.time.Instant;
import org.forecast4j.core.io.InvalidInputException;

/**
 * A market price of a question's YES contract observed at a time, with the market's close date as quoted then,
 * where the source gives one (markets move their close dates; a forecast must see the close known at its time,
 * not a later revision). Immutable.
 *
 * @param time when the price was observed
 * @param price the price, in [0, 1] (a contract pays 1)
 * @param close the market's close as known at {@code time}, or {@code null} if the quote gives none (then the
 *     question's deadline, or an earlier quote's close, applies)
 */
public record PricePoint(Instant time, double price, Instant close) {

    /**
     * A price without a close date.
     *
     * @param time when the price was observed
     * @param price the price, in [0, 1]
     */
    public PricePoint(Instant time, double price) {
        this(time, price, null);
    }

    /**
     * Validates the point.
     *
     * @param time when the price was observed
     * @param price the price, in [0, 1] (a contract pays 1)
     * @param close the market's close as known at {@code time}, or {@code null} if the quote gives none (then the question's deadline, or an earlier quote's close, applies)
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
        if (close != null) {
            try {
                Times.requireInRange(close);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(null, 0, "close", close.toString(), e.getMessage());
            }
        }
        if (!(price >= 0 && price <= 1)) {
            throw new InvalidInputException(null, 0, "price", Double.toString(price), "is not a price in [0, 1]");
        }
    }
}
