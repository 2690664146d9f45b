package org.forecast4j.scenario;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.forecast4j.core.baserate.GammaPoissonHazard;
import org.forecast4j.core.text.TextTable;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.HazardPrior;

/**
 * A base rate for "will it happen within a window?" from a rate of past events: a Gamma-Poisson hazard whose
 * horizon as of {@code t} is the part of the window after {@code t}. Before the window opens the whole window
 * is left; inside it, the horizon shrinks, and with it the base rate, as the window runs out with nothing
 * happening. Its prior log-odds are {@link GammaPoissonHazard#logOdds(double)} with standard deviation
 * {@link GammaPoissonHazard#logOddsSd(double)}.
 *
 * @param hazard the posterior rate, per {@code unit}
 * @param label what the events are, e.g. {@code US presidential visits to Tokyo}
 * @param unit the time unit of the exposure, e.g. {@code year}
 * @param windowStart when the window opens
 * @param windowEnd when it closes, after {@code windowStart}
 * @param windowExposure the window's length in {@code unit}s, finite, {@code > 0}
 * @param displayOffset the offset the window's dates are shown in (e.g. +09:00 for a window in Japan time)
 * @param level the coverage of the base rate's interval, in (0, 1)
 */
public record HazardBaseRate(GammaPoissonHazard hazard, String label, String unit, Instant windowStart,
        Instant windowEnd, double windowExposure, ZoneOffset displayOffset, double level) implements BaseRateSource {

    /** The model's name in scenario files. */
    public static final String MODEL = "gamma-poisson-hazard";

    /**
     * Validates the fields.
     *
     * @param hazard the posterior rate, per {@code unit}
     * @param label what the events are, e.g. {@code US presidential visits to Tokyo}
     * @param unit the time unit of the exposure, e.g. {@code year}
     * @param windowStart when the window opens
     * @param windowEnd when it closes, after {@code windowStart}
     * @param windowExposure the window's length in {@code unit}s, finite, {@code > 0}
     * @param displayOffset the offset the window's dates are shown in (e.g. +09:00 for a window in Japan time)
     * @param level the coverage of the base rate's interval, in (0, 1)
     * @throws IllegalArgumentException if the window is empty, its exposure not positive, or the level out of     range
     */
    public HazardBaseRate {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        label = label == null ? "" : label;
        unit = unit == null || unit.isBlank() ? "unit" : unit;
        displayOffset = displayOffset == null ? ZoneOffset.UTC : displayOffset;
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("the window must end after it starts, got " + windowStart + " to "
                    + windowEnd);
        }
        if (!(windowExposure > 0 && windowExposure < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("window exposure must be finite and > 0, got " + windowExposure);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
    }

    @Override
    public String model() {
        return MODEL;
    }

    /**
     * The horizon as of {@code t}: {@code windowExposure × (end − max(t, start)) / (end − start)}.
     *
     * @param t the time, before the window's end
     * @return the horizon in {@code unit}s, in (0, windowExposure]
     * @throws IllegalArgumentException if the window has ended by {@code t}
     */
    public double horizon(Instant t) {
        if (!t.isBefore(windowEnd)) {
            throw new IllegalArgumentException("as of " + t + " the window (" + window() + ") has ended: no"
                    + " time is left for " + (label.isEmpty() ? "the event" : label));
        }
        long end = Times.nanos(windowEnd);
        long start = Times.nanos(windowStart);
        long from = Math.max(Times.nanos(t), start);
        return windowExposure * ((double) (end - from) / (double) (end - start));
    }

    /**
     * The same rate per day over the same window, for a {@link org.forecast4j.features.spec.FeatureKind#DEADLINE_HAZARD}
     * feature: exposure and prior rate scaled by the days in one {@code unit}, {@code (end − start) in days /
     * windowExposure}. Its {@link HazardPrior#probability probability} of the days left at {@code t} equals
     * {@link #at(Instant) at(t)}{@code .probability()} up to rounding (the ratio {@code H/(B + T)} is the same).
     *
     * @return the daily prior with this window
     * @throws IllegalStateException if the hazard has covariates, which a feature cannot carry
     */
    public HazardPrior dailyPrior() {
        if (hazard.covariates().size() > 0) {
            throw new IllegalStateException("a hazard with covariates " + hazard.covariates().names()
                    + " cannot be a deadline-hazard feature");
        }
        double daysPerUnit = Times.days(Times.nanos(windowEnd) - Times.nanos(windowStart)) / windowExposure;
        return new HazardPrior(hazard.events(), hazard.exposure() * daysPerUnit, hazard.priorShape(),
                hazard.priorRate() * daysPerUnit, windowStart, windowEnd);
    }

    @Override
    public BaseRate at(Instant t) {
        double h = horizon(t);
        String what = count(hazard.events()) + (label.isEmpty() ? " events" : " " + label) + " in "
                + count(hazard.exposure()) + " " + unit + "s (Gamma-Poisson hazard, prior Gamma("
                + TextTable.number(hazard.priorShape(), 2) + ", " + TextTable.number(hazard.priorRate(), 2)
                + ")); " + String.format(Locale.ROOT, "%.2f", h) + " " + unit + (h == 1 ? "" : "s")
                + " of the window " + window() + " left";
        return new BaseRate(MODEL, hazard.probability(h), hazard.logOdds(h), hazard.logOddsSd(h),
                hazard.interval(h, level), what);
    }

    /** @return the window's dates in the display offset, e.g. {@code 2026-01-01 to 2026-12-31 (+09:00)} */
    public String window() {
        return windowStart.atOffset(displayOffset).toLocalDate() + " to "
                + windowEnd.atOffset(displayOffset).toLocalDate()
                + (displayOffset.equals(ZoneOffset.UTC) ? " (UTC)" : " (UTC" + displayOffset + ")");
    }

    private static String count(double v) {
        return ReferenceClassBaseRate.count(v);
    }

    /** @return the hazard as a table, headed by what the events are and the window */
    @Override
    public String toString() {
        return "Rate of " + (label.isEmpty() ? "events" : label) + " per " + unit + "; window " + window() + " = "
                + TextTable.number(windowExposure) + " " + unit + (windowExposure == 1 ? "" : "s") + " of exposure\n"
                + hazard;
    }
}
