package org.forecast4j.scenario;

import java.time.Instant;
import java.util.Objects;
import org.forecast4j.core.baserate.BetaBinomialBaseRate;
import org.forecast4j.core.text.TextTable;

/**
 * A base rate from a reference class of comparable cases, k of n of which happened: a Beta-binomial posterior,
 * the same at every time. Its prior log-odds are {@code logit} of the posterior mean, with the posterior
 * standard deviation of the log-odds ({@link BetaBinomialBaseRate#logOddsSd()}).
 *
 * @param rate the Beta-binomial posterior
 * @param label what the reference class is, e.g. {@code large investment programmes reaching their first
 *     tranche on time}
 * @param level the coverage of the base rate's interval, in (0, 1)
 */
public record ReferenceClassBaseRate(BetaBinomialBaseRate rate, String label, double level)
        implements BaseRateSource {

    /** The model's name in scenario files. */
    public static final String MODEL = "beta-binomial";

    /**
     * Validates the fields.
     *
     * @param rate the Beta-binomial posterior
     * @param label what the reference class is, e.g. {@code large investment programmes reaching their first tranche on time}
     * @param level the coverage of the base rate's interval, in (0, 1)
     * @throws IllegalArgumentException if the level is out of range
     */
    public ReferenceClassBaseRate {
        Objects.requireNonNull(rate, "rate");
        label = label == null ? "" : label;
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public BaseRate at(Instant t) {
        String what = count(rate.successes()) + " of " + count(rate.trials())
                + (label.isEmpty() ? "" : " " + label) + " (Beta-binomial, prior Beta("
                + TextTable.number(rate.priorAlpha(), 2) + ", " + TextTable.number(rate.priorBeta(), 2) + "))";
        return new BaseRate(MODEL, rate.mean(), rate.logOdds(), rate.logOddsSd(), rate.interval(level), what);
    }

    static String count(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : TextTable.number(v);
    }

    /** @return the posterior as a table, headed by what the reference class is */
    @Override
    public String toString() {
        return "Reference class: " + (label.isEmpty() ? "(unnamed)" : label) + "\n" + rate;
    }
}
