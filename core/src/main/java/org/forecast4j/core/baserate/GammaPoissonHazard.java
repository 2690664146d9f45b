package org.forecast4j.core.baserate;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.kernel.LinearScorer;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.model.Provenance;
import org.forecast4j.core.text.TextTable;

/**
 * A hazard model for "will it happen by date D?" questions. Events of a kind (e.g. US presidential visits to
 * Japan) arrive as a Poisson process with an unknown rate {@code λ} per unit of time. A {@code Gamma(a, b)} prior
 * (shape {@code a}, rate {@code b}) and {@code e} events observed over an exposure {@code T} give the posterior
 * {@code λ ~ Gamma(A = a + e, R = b + T)}. The probability of at least one event in the time left {@code h},
 * averaged over the posterior, is
 *
 * <pre>    P(h) = 1 − (R / (R + h))^A</pre>
 *
 * (the Gamma moment-generating function at {@code −h}). It falls to 0 as {@code h → 0}: as the deadline nears
 * with nothing happening, the probability shrinks; {@link #afterQuietPeriod} also adds the quiet time to the
 * exposure, which lowers the rate estimate.
 *
 * <p><b>Covariates</b> scale the rate in the horizon by a proportional hazard ratio
 * {@code m(x) = exp(Σ β_j x_j)}: {@code P(h, x) = 1 − (R / (R + m(x)·h))^A}. The coefficients {@code β_j} are log
 * hazard ratios set by an analyst ({@link GammaPoissonHazardBuilder#covariate}); a positive one makes the event
 * likelier when the covariate is present (e.g. a summit scheduled in Tokyo). The reference-class exposure is taken
 * at {@code x = 0}: the observed events and exposure are not adjusted.
 *
 * <p><b>Units</b>: {@code T}, {@code h} and the elapsed times are in one unit of your choosing (e.g. years), and
 * the rate {@code λ} and the prior rate {@code b} are per that unit.
 *
 * <p>The default prior is {@code Gamma(0.5, 0)}, Jeffreys' prior for a Poisson rate (improper; the posterior is
 * proper once {@code T > 0}). Immutable and thread-safe; {@link #probability(double, double[])} does not allocate.
 */
public final class GammaPoissonHazard {
    /** The model-file kind. */
    public static final String KIND = "gamma-poisson-hazard";
    /** The default prior shape: Jeffreys' prior {@code Gamma(0.5, 0)}. */
    public static final double DEFAULT_PRIOR_SHAPE = 0.5;
    /** The default prior rate. */
    public static final double DEFAULT_PRIOR_RATE = 0;

    private final double priorShape;
    private final double priorRate;
    private final double events;
    private final double exposure;
    private final FeatureSchema covariates;
    private final double[] logHazardRatios;

    private GammaPoissonHazard(double priorShape, double priorRate, double events, double exposure,
            FeatureSchema covariates, double[] logHazardRatios) {
        this.priorShape = priorShape;
        this.priorRate = priorRate;
        this.events = events;
        this.exposure = exposure;
        this.covariates = covariates;
        this.logHazardRatios = logHazardRatios;
    }

    /**
     * A hazard model without covariates and with the default prior.
     *
     * @param events the events observed, finite, {@code >= 0}
     * @param exposure the time they were observed over, finite, {@code > 0}
     * @return the model
     * @throws IllegalArgumentException if a value is out of range
     */
    public static GammaPoissonHazard of(double events, double exposure) {
        return builder().observed(events, exposure).build();
    }

    /** @return a builder with the default prior, no observations and no covariates */
    public static GammaPoissonHazardBuilder builder() {
        return new GammaPoissonHazardBuilder();
    }

    /** Validates the parameters and makes the model; the builder, updates and the model file all come here. */
    static GammaPoissonHazard create(double priorShape, double priorRate, double events, double exposure,
            FeatureSchema covariates, double[] logHazardRatios) {
        if (!(priorShape >= 0 && priorShape < Double.POSITIVE_INFINITY)
                || !(priorRate >= 0 && priorRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the Gamma prior needs shape >= 0 and rate >= 0 (finite), got shape="
                    + priorShape + ", rate=" + priorRate);
        }
        if (!(events >= 0 && events < Double.POSITIVE_INFINITY)
                || !(exposure >= 0 && exposure < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("events and exposure must be finite and >= 0, got events=" + events
                    + ", exposure=" + exposure);
        }
        if (!(priorShape + events > 0) || !(priorRate + exposure > 0)) {
            throw new IllegalArgumentException("the posterior Gamma(" + (priorShape + events) + ", "
                    + (priorRate + exposure) + ") is improper: give some exposure or a prior with shape > 0 and"
                    + " rate > 0");
        }
        if (logHazardRatios.length != covariates.size()) {
            throw new IllegalArgumentException("one log hazard ratio per covariate is needed");
        }
        for (int j = 0; j < logHazardRatios.length; j++) {
            if (!Double.isFinite(logHazardRatios[j])) {
                throw new IllegalArgumentException("log hazard ratio of '" + covariates.name(j)
                        + "' must be finite, got " + logHazardRatios[j]);
            }
        }
        return new GammaPoissonHazard(priorShape, priorRate, events, exposure, covariates, logHazardRatios);
    }

    /**
     * Adds observations: the posterior becomes the prior of the update.
     *
     * @param moreEvents further events, {@code >= 0}
     * @param moreExposure the time they were observed over, {@code >= 0}
     * @return a new model; this one is unchanged
     * @throws IllegalArgumentException if a value is out of range
     */
    public GammaPoissonHazard observe(double moreEvents, double moreExposure) {
        if (!(moreEvents >= 0) || !(moreExposure >= 0)) {
            throw new IllegalArgumentException("events and exposure must be >= 0, got " + moreEvents + " and "
                    + moreExposure);
        }
        return create(priorShape, priorRate, events + moreEvents, exposure + moreExposure, covariates,
                logHazardRatios);
    }

    /**
     * Time passed with no event: adds it to the exposure, which lowers the rate estimate. Combine with a shorter
     * horizon (the time left) to get the probability now.
     *
     * @param elapsed the quiet time, {@code >= 0}, in the model's time unit
     * @return a new model
     * @throws IllegalArgumentException if {@code elapsed} is negative or not finite
     */
    public GammaPoissonHazard afterQuietPeriod(double elapsed) {
        return observe(0, elapsed);
    }

    /** @return the prior shape {@code a} */
    public double priorShape() {
        return priorShape;
    }

    /** @return the prior rate {@code b}, per time unit */
    public double priorRate() {
        return priorRate;
    }

    /** @return the events observed {@code e} */
    public double events() {
        return events;
    }

    /** @return the exposure {@code T}, in time units */
    public double exposure() {
        return exposure;
    }

    /** @return the posterior shape {@code A = a + e} */
    public double posteriorShape() {
        return priorShape + events;
    }

    /** @return the posterior rate {@code R = b + T} */
    public double posteriorRate() {
        return priorRate + exposure;
    }

    /** @return the posterior mean rate {@code A / R}, events per time unit */
    public double rateMean() {
        return posteriorShape() / posteriorRate();
    }

    /** @return the covariate names, in the order {@code x} is given in */
    public FeatureSchema covariates() {
        return covariates;
    }

    /**
     * @param j a covariate position
     * @return its log hazard ratio {@code β_j}
     */
    public double logHazardRatio(int j) {
        return logHazardRatios[j];
    }

    /**
     * The proportional hazard ratio {@code exp(Σ β_j x_j)}.
     *
     * @param x covariate values, one per covariate
     * @return the ratio, {@code > 0}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public double hazardRatio(double[] x) {
        if (x.length != logHazardRatios.length) {
            throw new IllegalArgumentException("expected " + logHazardRatios.length + " covariate values "
                    + covariates.names() + ", got " + x.length);
        }
        return Math.exp(LinearScorer.dot(logHazardRatios, x, 0));
    }

    /**
     * The probability of at least one event within {@code horizon}, with every covariate at 0.
     *
     * @param horizon the time left, finite, {@code >= 0}
     * @return {@code 1 − (R/(R + h))^A}, in [0, 1)
     * @throws IllegalArgumentException if the horizon is negative or not finite
     */
    public double probability(double horizon) {
        return probability(horizon, 1.0);
    }

    /**
     * The probability of at least one event within {@code horizon} at covariates {@code x}.
     *
     * @param horizon the time left, finite, {@code >= 0}
     * @param x covariate values, one per covariate
     * @return {@code 1 − (R/(R + m(x)·h))^A}, in [0, 1]
     * @throws IllegalArgumentException if the horizon or {@code x} is invalid
     */
    public double probability(double horizon, double[] x) {
        return probability(horizon, hazardRatio(x));
    }

    private double probability(double horizon, double ratio) {
        requireHorizon(horizon);
        // 1 - (R/(R + m h))^A = -expm1(-A · log1p(m h / R)), accurate for small m h.
        return -Math.expm1(-posteriorShape() * Math.log1p(ratio * horizon / posteriorRate()));
    }

    /**
     * The prior log-odds an evidence model starts from: {@code logit} of {@link #probability(double)}.
     *
     * @param horizon the time left, finite, {@code > 0}
     * @return {@code logit P(h)}, finite
     * @throws IllegalArgumentException if the horizon is not positive and finite (at 0 the probability is 0 and
     *     its log-odds infinite)
     */
    public double logOdds(double horizon) {
        return logOdds(horizon, new double[logHazardRatios.length]);
    }

    /**
     * {@code logit} of {@link #probability(double, double[])}, computed as
     * {@code log(1 − q) − log q} with {@code log q = −A·log1p(m h / R)}, accurate when {@code P} is tiny.
     *
     * @param horizon the time left, finite, {@code > 0}
     * @param x covariate values
     * @return the log-odds, finite
     * @throws IllegalArgumentException if the horizon is not positive and finite, or {@code x} is invalid
     */
    public double logOdds(double horizon, double[] x) {
        double mh = positiveScaledHorizon(horizon, x);
        double logQ = -posteriorShape() * Math.log1p(mh / posteriorRate());  // log of 1 − P
        return Math.log(-Math.expm1(logQ)) - logQ;
    }

    /**
     * The posterior standard deviation of the log-odds {@code g(λ) = logit(1 − exp(−λ h)) = log(expm1(λ h))} of
     * the event within the horizon, with every covariate at 0; see {@link #logOddsSd(double, double[])}.
     *
     * @param horizon the time left, finite, {@code > 0}
     * @return the standard deviation, {@code > 0}
     * @throws IllegalArgumentException if the horizon is not positive and finite
     */
    public double logOddsSd(double horizon) {
        return logOddsSd(horizon, new double[logHazardRatios.length]);
    }

    /**
     * The posterior standard deviation of the log-odds {@code g(λ) = log(expm1(λ·m(x)·h))} for
     * {@code λ ~ Gamma(A, R)}: the uncertainty of a prior taken from this hazard, as
     * {@link BetaBinomialBaseRate#logOddsSd()} is for a reference class. It tends to {@code √ψ₁(A)} (the sd of
     * {@code log λ}) as {@code h → 0}.
     *
     * <p>Computed by Gauss–Legendre quadrature over {@code s = log λ}, whose density is proportional to
     * {@code exp(A·s − R·eˢ)} (smooth also for {@code A < 1}): 64 panels of 10 nodes over the range where the
     * density is above {@code e^−45} of its mode, moments normalised by the quadrature of the density itself.
     * Agrees with {@code scipy.integrate.quad} to about 1e-10 (see {@code hazard_logodds_reference.py}).
     *
     * @param horizon the time left, finite, {@code > 0}
     * @param x covariate values
     * @return the standard deviation, {@code > 0}
     * @throws IllegalArgumentException if the horizon is not positive and finite, or {@code x} is invalid
     */
    public double logOddsSd(double horizon, double[] x) {
        double scaledHorizon = positiveScaledHorizon(horizon, x);
        return GammaLogOddsQuadrature.logOddsSd(posteriorShape(), posteriorRate(), scaledHorizon);
    }

    private double positiveScaledHorizon(double horizon, double[] x) {
        requireHorizon(horizon);
        if (!(horizon > 0)) {
            throw new IllegalArgumentException("the log-odds need a horizon > 0 (at 0 the probability is 0), got "
                    + horizon);
        }
        return hazardRatio(x) * horizon;
    }

    /**
     * The equal-tailed credible interval of the probability {@code 1 − exp(−λ·m(x)·h)}, which is increasing in
     * {@code λ}: the posterior Gamma quantiles of {@code λ} mapped through it. The predictive
     * {@link #probability(double, double[])} is the posterior mean of the same quantity.
     *
     * @param horizon the time left, finite, {@code >= 0}
     * @param x covariate values
     * @param level the coverage, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if an argument is invalid
     */
    public ProbabilityInterval interval(double horizon, double[] x, double level) {
        requireHorizon(horizon);
        BetaBinomialBaseRate.requireLevel(level);
        double scaled = hazardRatio(x) * horizon;
        GammaDistribution posterior = new GammaDistribution(null, posteriorShape(), 1 / posteriorRate(), 1e-14);
        double lower = -Math.expm1(-posterior.inverseCumulativeProbability((1 - level) / 2) * scaled);
        double upper = -Math.expm1(-posterior.inverseCumulativeProbability((1 + level) / 2) * scaled);
        return new ProbabilityInterval(Math.max(0, lower), Math.min(1, Math.max(lower, upper)), level);
    }

    /**
     * The interval with every covariate at 0.
     *
     * @param horizon the time left
     * @param level the coverage, in (0, 1)
     * @return the interval
     */
    public ProbabilityInterval interval(double horizon, double level) {
        return interval(horizon, new double[logHazardRatios.length], level);
    }

    private static void requireHorizon(double horizon) {
        if (!(horizon >= 0 && horizon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("horizon must be finite and >= 0, got " + horizon);
        }
    }

    /** @return the model as a model-file document; the covariates are its features */
    public ModelDocument toDocument() {
        return GammaPoissonHazardFile.toDocument(priorShape, priorRate, events, exposure, covariates,
                logHazardRatios);
    }

    /**
     * Rebuilds a model from its model-file document.
     *
     * @param document a document of kind {@value #KIND}
     * @return the model
     * @throws InvalidInputException if the kind or a parameter is wrong
     */
    public static GammaPoissonHazard fromDocument(ModelDocument document) {
        return GammaPoissonHazardFile.fromDocument(document);
    }

    @Override
    public String toString() {
        TextTable table = new TextTable("quantity", "value");
        table.row("events / exposure",
                BetaBinomialBaseRate.count(events) + " / " + BetaBinomialBaseRate.count(exposure));
        table.row("prior rate", "Gamma(shape " + TextTable.number(priorShape) + ", rate "
                + TextTable.number(priorRate) + ")");
        table.row("posterior rate", "Gamma(shape " + TextTable.number(posteriorShape()) + ", rate "
                + TextTable.number(posteriorRate()) + ")");
        table.row("mean rate per time unit", TextTable.number(rateMean()));
        table.row("P(event within 1 unit)", TextTable.number(probability(1)));
        StringBuilder sb = new StringBuilder("Gamma-Poisson hazard: P(h) = 1 − (R/(R + m·h))^A\n").append(table);
        if (covariates.size() > 0) {
            TextTable cov = new TextTable("covariate", "log hazard ratio", "hazard ratio");
            for (int j = 0; j < covariates.size(); j++) {
                cov.row(covariates.name(j), TextTable.number(logHazardRatios[j]),
                        TextTable.number(Math.exp(logHazardRatios[j])));
            }
            sb.append('\n').append(cov);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GammaPoissonHazard other && Double.compare(priorShape, other.priorShape) == 0
                && Double.compare(priorRate, other.priorRate) == 0 && Double.compare(events, other.events) == 0
                && Double.compare(exposure, other.exposure) == 0 && covariates.equals(other.covariates)
                && Arrays.equals(logHazardRatios, other.logHazardRatios);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priorShape, priorRate, events, exposure, covariates, Arrays.hashCode(logHazardRatios));
    }
}
