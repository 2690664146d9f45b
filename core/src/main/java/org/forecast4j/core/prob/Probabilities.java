package org.forecast4j.core.prob;

import org.forecast4j.core.internal.PortableExp;

/**
 * Numerically stable probability functions. All methods are static, allocation-free and thread-safe.
 *
 * <p>Log-odds are natural-log odds: {@code logit(p) = ln(p / (1 - p))}. See the package documentation for
 * the clamping rules.
 */
public final class Probabilities {

    /**
     * Probabilities are clipped to {@code [LOG_LOSS_CLIP, 1 - LOG_LOSS_CLIP]} before a log loss is computed
     * from them, as scikit-learn's {@code log_loss} did with its default {@code eps=1e-15}.
     */
    public static final double LOG_LOSS_CLIP = 1e-15;

    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
    private static final double ONE_MINUS_ULP = Math.nextDown(1.0);

    private Probabilities() {
    }

    /**
     * The logistic sigmoid {@code 1 / (1 + e^-t)}, evaluated as {@code 1/(1+e^-t)} for {@code t >= 0} and
     * {@code e^t/(1+e^t)} below, so that neither tail overflows or loses relative precision.
     *
     * <p>Branch-free: with {@code e = exp(−|t|)} both cases are {@code n / (1 + e)}, and the numerator {@code n}
     * (1 when t's sign bit is clear, {@code e} when it is set) is picked by masking the bits of the two with the
     * sign bit, so a stream of log-odds of random sign costs no branch mispredictions (a conditional expression
     * would: HotSpot compiles a conditional move of doubles to a branch on x86). The result is the same bits as
     * the two-branch form for every input but NaN ({@code ProbabilitiesTest}), including {@code −0.0} (0.5) and
     * the infinities; NaN gives a NaN. {@code exp} is {@link PortableExp#exp}: the same bits on every JVM, and
     * inlined on the scoring hot path.
     *
     * @param t log-odds, any real; {@code ±∞} give 1 and 0
     * @return a probability in [0, 1]; NaN for NaN
     */
    public static double sigmoid(double t) {
        return sigmoid(t, PortableExp.exp(-Math.abs(t)));
    }

    /**
     * {@link #sigmoid(double)} with {@code exp(−|t|)} supplied by the caller, for comparing {@code exp}
     * implementations (the benchmarks' {@code Math.exp} control) on otherwise identical arithmetic.
     *
     * @param t log-odds, any real
     * @param expMinusAbsT {@code exp(−|t|)}, in [0, 1]
     * @return the stable sigmoid's {@code n / (1 + e)} with {@code n} = 1 for {@code t >= +0}, {@code e} below
     */
    public static double sigmoid(double t, double expMinusAbsT) {
        long negative = Double.doubleToRawLongBits(t) >> 63;
        double numerator = Double.longBitsToDouble(
                (ONE_BITS & ~negative) | (Double.doubleToRawLongBits(expMinusAbsT) & negative));
        return numerator / (1.0 + expMinusAbsT);
    }

    /**
     * {@code ln(1 + x)}, accurate for small {@code |x|}, by Goldberg's method: with {@code u = 1 + x} rounded,
     * {@code ln(1 + x) = ln(u) · x / (u − 1)}, which cancels the rounding error of {@code u} (D. Goldberg, "What
     * every computer scientist should know about floating-point arithmetic", ACM Computing Surveys 23(1), 1991,
     * Theorem 4), and {@code x} itself when {@code u == 1}. It costs one {@link Math#log} (a HotSpot intrinsic)
     * and a division, where {@link Math#log1p} is a native call into fdlibm on JDK 17 (about twice as slow);
     * {@code ProbabilitiesTest} bounds the difference from {@link Math#log1p} by a few ulps over the whole range.
     * Used on the feature hot paths (the {@code log1p} transform); use {@link Math#log1p} where the last ulp
     * matters more than speed.
     *
     * @param x any double
     * @return {@code ln(1 + x)}: {@code x} for {@code ±0} and tiny {@code x}, {@code −∞} at −1, NaN below −1
     *     and for NaN, {@code +∞} at {@code +∞}
     */
    public static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return u;
        }
        return Math.log(u) * (x / (u - 1.0));
    }

    /**
     * Keeps a probability off the ends of [0, 1]: values below {@link Double#MIN_NORMAL} become it, and 1 becomes
     * the largest double below 1. A forecast passed through this never has an infinite log loss.
     *
     * @param p a probability in [0, 1]
     * @return {@code p} clamped to [{@code Double.MIN_NORMAL}, {@code 1 − 2⁻⁵³}]; NaN for NaN
     */
    public static double openUnit(double p) {
        return p < Double.MIN_NORMAL ? Double.MIN_NORMAL : p >= 1.0 ? ONE_MINUS_ULP : p;
    }

    /**
     * Moves a probability by {@code delta} on the log-odds scale: {@code σ(logit(q) + delta)}. When
     * {@code delta} is zero the result is {@code q} itself, bit for bit (the round trip through the log-odds
     * would not give the same bits back), so a model that adds nothing to a market price returns the price.
     *
     * @param q a probability in (0, 1)
     * @param delta a change of log-odds, finite
     * @return the moved probability, in [0, 1]; NaN if either input is NaN
     */
    public static double shiftLogOdds(double q, double delta) {
        if (delta == 0.0) {
            return q;
        }
        return sigmoid(logit(q) + delta);
    }

    /**
     * The log-odds {@code ln(p / (1 - p))}, computed as {@code ln(p) - ln1p(-p)}.
     *
     * @param p a probability in [0, 1]
     * @return log-odds; {@code -∞} at 0, {@code +∞} at 1; NaN for NaN or for p outside [0, 1]
     */
    public static double logit(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            return Double.NaN;
        }
        return Math.log(p) - Math.log1p(-p);
    }

    /**
     * {@code ln(1 + e^x)} without overflow or cancellation, with the cut-offs of Mächler (2012),
     * "Accurately Computing log(1 − exp(−|a|))", eq. (10): {@code e^x} for {@code x <= -37},
     * {@code log1p(e^x)} up to 18 (by {@link #log1p}), {@code x + e^-x} up to 33.3, and {@code x} beyond.
     *
     * @param x any real
     * @return {@code ln(1 + e^x)}, which is positive; NaN for NaN
     */
    public static double log1pexp(double x) {
        if (x <= -37.0) {
            return Math.exp(x);
        }
        if (x <= 18.0) {
            return log1p(Math.exp(x));
        }
        if (x <= 33.3) {
            return x + Math.exp(-x);
        }
        return x;
    }

    /**
     * The log loss (negative log-likelihood, natural log) of one binary outcome under the log-odds
     * {@code t}: {@code -ln σ(t) = log1pexp(-t)} when the outcome happened, {@code -ln(1 - σ(t)) = log1pexp(t)}
     * when it did not. Exact in both tails, with no clipping: this is the form to use wherever log-odds
     * are known.
     *
     * @param logOdds the forecast's log-odds
     * @param outcome whether the event happened
     * @return the loss, in nats, {@code >= 0}; NaN for NaN
     */
    public static double logLossFromLogOdds(double logOdds, boolean outcome) {
        return outcome ? log1pexp(-logOdds) : log1pexp(logOdds);
    }

    /**
     * The log loss of one binary outcome under the probability {@code p}, after clipping {@code p} to
     * {@code [LOG_LOSS_CLIP, 1 - LOG_LOSS_CLIP]}, so that a confident miss costs about 34.5 nats rather
     * than infinity.
     *
     * @param p a probability in [0, 1]
     * @param outcome whether the event happened
     * @return the loss in nats; NaN for NaN
     */
    public static double logLoss(double p, boolean outcome) {
        double q = clipForLogLoss(p);
        return outcome ? -Math.log(q) : -Math.log1p(-q);
    }

    /**
     * The squared error {@code (p - y)^2} of one forecast, the Brier score of a single binary outcome.
     *
     * @param p a probability in [0, 1]
     * @param outcome whether the event happened
     * @return a value in [0, 1]; NaN for NaN
     */
    public static double brier(double p, boolean outcome) {
        double d = p - (outcome ? 1.0 : 0.0);
        return d * d;
    }

    /**
     * Clips a probability to {@code [LOG_LOSS_CLIP, 1 - LOG_LOSS_CLIP]}.
     *
     * @param p a probability
     * @return the clipped probability; NaN for NaN
     */
    public static double clipForLogLoss(double p) {
        if (p < LOG_LOSS_CLIP) {
            return LOG_LOSS_CLIP;
        }
        if (p > 1.0 - LOG_LOSS_CLIP) {
            return 1.0 - LOG_LOSS_CLIP;
        }
        return p;
    }

    /**
     * Whether {@code p} is a probability: finite and in [0, 1].
     *
     * @param p any double
     * @return {@code false} for NaN, infinities and values outside [0, 1]
     */
    public static boolean isProbability(double p) {
        return p >= 0.0 && p <= 1.0;
    }

    /**
     * Returns {@code p} if it is a probability, else throws.
     *
     * @param p the value to check
     * @param what the name of the value, used in the message (e.g. {@code "p"} or {@code "market price"})
     * @return {@code p}
     * @throws IllegalArgumentException if {@code p} is NaN, infinite or outside [0, 1]; the message names
     *     {@code what} and the value
     */
    public static double requireProbability(double p, String what) {
        if (!isProbability(p)) {
            throw new IllegalArgumentException(what + " must be a probability in [0, 1], got " + p);
        }
        return p;
    }
}
