package org.forecast4j.backtest;

import java.time.Instant;
import java.util.Objects;

/**
 * What a backtest chose at one refit time, and why (see {@link Selection}). Immutable.
 *
 * @param at the refit time
 * @param questions the questions resolved by then, whose out-of-sample forecasts were compared
 * @param model the model against the market price, judged on the forecasts made with a price known; it decides
 *     the rows that have a price
 * @param modelWithoutPrice the model against the running base rate, judged on the forecasts made without a price;
 *     it decides the rows that have none
 * @param calibrator the calibrator against the model's uncalibrated forecasts; {@code null} when there is none
 */
public record RefitSelection(Instant at, int questions, Choice model, Choice modelWithoutPrice, Choice calibrator) {

    /**
     * Checks the fields.
     *
     * @param at the refit time
     * @param questions the questions resolved by then, whose out-of-sample forecasts were compared
     * @param model the model against the market price, judged on the forecasts made with a price known; it decides the rows that have a price
     * @param modelWithoutPrice the model against the running base rate, judged on the forecasts made without a price; it decides the rows that have none
     * @param calibrator the calibrator against the model's uncalibrated forecasts; {@code null} when there is none
     */
    public RefitSelection {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelWithoutPrice, "modelWithoutPrice");
    }

    /**
     * @param hasPrice whether the forecast's market price is known
     * @return whether the model makes such a forecast until the next refit
     */
    public boolean usesModel(boolean hasPrice) {
        return hasPrice ? model.used() : modelWithoutPrice.used();
    }

    /**
     * One choice.
     *
     * @param used whether it is used until the next refit
     * @param rows the out-of-sample forecasts compared
     * @param brier its mean Brier score on them; NaN with no rows
     * @param passThroughBrier the mean Brier score of passing the forecast through on the same rows; NaN with none
     * @param reason the rule that decided, in words
     */
    public record Choice(boolean used, int rows, double brier, double passThroughBrier, String reason) {
        /**
         * Checks the reason.
         *
         * @param used whether it is used until the next refit
         * @param rows the out-of-sample forecasts compared
         * @param brier its mean Brier score on them; NaN with no rows
         * @param passThroughBrier the mean Brier score of passing the forecast through on the same rows; NaN with none
         * @param reason the rule that decided, in words
         */
        public Choice {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
