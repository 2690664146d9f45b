package org.forecast4j.backtest;

/** What made a backtest forecast. */
public enum ForecastSource {
    /** The fitted model (and calibrator, if any). */
    MODEL("model"),
    /**
     * The market price as of the forecast time, where one is known and the model is not used: before it has been
     * fitted on enough resolved questions, or while it has not beaten the market (or base rate) on earlier
     * out-of-sample forecasts. A fallback never ignores a known price.
     */
    MARKET("market"),
    /**
     * The fallback prior where no market price is known: the running base rate {@code (k + 1)/(n + 2)} of the
     * {@code n} questions resolved by then, {@code k} of them yes (the posterior mean under a Beta(1, 1) prior).
     */
    PRIOR("prior");

    private final String label;

    ForecastSource(String label) {
        this.label = label;
    }

    /** @return the label written in forecasts.csv */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
