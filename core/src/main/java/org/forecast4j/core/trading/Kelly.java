package org.forecast4j.core.trading;

/**
 * Kelly sizing of a bet on a binary contract against its market price, with a fee per contract, a
 * fractional-Kelly multiplier and optional shrinkage for uncertainty in the forecast. All methods are static,
 * thread-safe and allocation-free (they write into a caller-owned {@link KellySizing}).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Costs: {@code c_YES = price + fee}, {@code c_NO = (1 − price) + fee}, per contract paying 1.
 *   <li>Edges: {@code q − c} with {@code q = p} for YES and {@code q = 1 − p} for NO. The side with a strictly
 *       positive edge is bought; with a fee {@code >= 0} at most one side can have one. If neither has,
 *       the side is {@link Side#NONE} and nothing is staked.
 *   <li>Kelly fraction: {@code f* = (q − c)/(1 − c)}, the maximiser of the expected log growth
 *       {@code G(f) = q ln(1 − f + f/c) + (1 − q) ln(1 − f)}. The staked fraction is
 *       {@code multiplier × shrinkage × f*}.
 *   <li>Shrinkage for an uncertain forecast, {@link #sizeWithUncertainty}: if {@code p} is an unbiased
 *       estimate with standard deviation {@code s} (e.g. a posterior standard deviation), then the plug-in
 *       fraction {@code f̂} has standard deviation {@code σ_f = s/(1 − c)}, and minimising the expected loss of
 *       growth in the quadratic approximation {@code G(f) ≈ G(f*) − ½|G''|(f − f*)²} over bets {@code k·f̂}
 *       gives {@code k = f*²/(f*² + σ_f²)}, evaluated at the estimate. This is the "shrunken Kelly" idea of
 *       Baker &amp; McHale, "Optimal betting under parameter uncertainty: improving the Kelly criterion",
 *       Decision Analysis 10(3), 2013; the derivation here is the second-order one.
 *   <li>Robust sizing from an interval, {@link #sizeWithInterval}: YES is judged and sized with the lower
 *       end of the interval for {@code p}, NO with one minus the upper end, so a trade happens only when the
 *       whole interval lies beyond the cost.
 *   <li>The expected log growth reported is {@code G} at the staked fraction under the win probability used
 *       for sizing. Since {@code G} is linear in {@code q}, under {@link #sizeWithUncertainty} it is also the
 *       posterior expected growth when {@code p} is the posterior mean.
 * </ul>
 */
public final class Kelly {

    private Kelly() {
    }

    /**
     * The full Kelly fraction for buying a contract that pays 1 with probability {@code q} at cost {@code c}.
     *
     * @param q the probability the contract pays, in [0, 1]
     * @param cost the cost per contract, in (0, 1]
     * @return {@code (q − c)/(1 − c)} if {@code q > c}, else 0; in [0, 1]
     * @throws IllegalArgumentException if an argument is out of range or NaN
     */
    public static double fullFraction(double q, double cost) {
        requireProbability(q, "win probability");
        requireCost(cost);
        return q > cost ? (q - cost) / (1 - cost) : 0;
    }

    /**
     * The expected log growth of wealth from staking a fraction {@code f} on a contract that pays 1 with
     * probability {@code q} at cost {@code c}: {@code q ln(1 − f + f/c) + (1 − q) ln(1 − f)}, computed with
     * {@code log1p}. The loss term is omitted when {@code q = 1}.
     *
     * @param q the win probability, in [0, 1]
     * @param cost the cost per contract, in (0, 1]
     * @param f the fraction staked, in [0, 1]
     * @return the growth in nats; {@code −∞} when {@code f = 1} and {@code q < 1}
     * @throws IllegalArgumentException if an argument is out of range or NaN
     */
    public static double expectedLogGrowth(double q, double cost, double f) {
        requireProbability(q, "win probability");
        requireCost(cost);
        if (!(f >= 0 && f <= 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1], got " + f);
        }
        return growth(q, cost, f);
    }

    /**
     * Sizes a bet on the side with an edge.
     *
     * @param p the forecast probability of YES, in [0, 1]
     * @param price the YES price, in (0, 1)
     * @param options fee and fractional-Kelly multiplier
     * @param bankroll the bankroll, finite and {@code >= 0}
     * @param out receives the result
     * @throws IllegalArgumentException if an argument is out of range or NaN
     */
    public static void size(double p, double price, KellyOptions options, double bankroll, KellySizing out) {
        requireProbability(p, "probability");
        compute(p, p, 1 - p, 0, price, options, bankroll, out);
    }

    /**
     * Sizes a bet and shrinks it for the uncertainty of the forecast (see the class documentation).
     *
     * @param p the forecast probability of YES (e.g. a posterior mean), in [0, 1]
     * @param sd the standard deviation of that probability, finite and {@code >= 0}; 0 means no shrinkage
     * @param price the YES price, in (0, 1)
     * @param options fee and fractional-Kelly multiplier
     * @param bankroll the bankroll, finite and {@code >= 0}
     * @param out receives the result
     * @throws IllegalArgumentException if an argument is out of range or NaN
     */
    public static void sizeWithUncertainty(double p, double sd, double price, KellyOptions options, double bankroll,
            KellySizing out) {
        requireProbability(p, "probability");
        if (!(sd >= 0 && sd < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("standard deviation must be finite and >= 0, got " + sd);
        }
        compute(p, p, 1 - p, sd, price, options, bankroll, out);
    }

    /**
     * Sizes a bet robustly from an interval for the probability: YES with the lower end, NO with the upper.
     *
     * @param p the forecast probability of YES, reported, in [lower, upper]
     * @param lower the lower end of the interval, in [0, 1]
     * @param upper the upper end, in [lower, 1]
     * @param price the YES price, in (0, 1)
     * @param options fee and fractional-Kelly multiplier
     * @param bankroll the bankroll, finite and {@code >= 0}
     * @param out receives the result
     * @throws IllegalArgumentException if an argument is out of range or NaN, or the ends are out of order
     */
    public static void sizeWithInterval(double p, double lower, double upper, double price, KellyOptions options,
            double bankroll, KellySizing out) {
        requireProbability(p, "probability");
        requireProbability(lower, "interval lower end");
        requireProbability(upper, "interval upper end");
        if (!(lower <= p && p <= upper)) {
            throw new IllegalArgumentException("need lower <= p <= upper, got " + lower + ", " + p + ", " + upper);
        }
        compute(p, lower, 1 - upper, 0, price, options, bankroll, out);
    }

    /**
     * The fraction of the bankroll to stake, with its side in the sign: for a bot that needs one number.
     *
     * @param p the forecast probability of YES, in [0, 1]
     * @param price the YES price, in (0, 1)
     * @param options fee and fractional-Kelly multiplier
     * @return {@code > 0}: stake that fraction on YES; {@code < 0}: stake its absolute value on NO; 0: no trade
     * @throws IllegalArgumentException if an argument is out of range or NaN
     */
    public static double signedFraction(double p, double price, KellyOptions options) {
        requireProbability(p, "probability");
        requirePrice(price);
        double costYes = price + options.fee();
        double costNo = (1 - price) + options.fee();
        if (p - costYes > 0) {
            return options.multiplier() * (p - costYes) / (1 - costYes);
        }
        if ((1 - p) - costNo > 0) {
            return -options.multiplier() * ((1 - p) - costNo) / (1 - costNo);
        }
        return 0;
    }

    private static void compute(double p, double qYes, double qNo, double sd, double price, KellyOptions options,
            double bankroll, KellySizing out) {
        requirePrice(price);
        if (!(bankroll >= 0 && bankroll < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bankroll must be finite and >= 0, got " + bankroll);
        }
        double fee = options.fee();
        double costYes = price + fee;
        double costNo = (1 - price) + fee;
        double edgeYes = qYes - costYes;
        double edgeNo = qNo - costNo;
        out.probability = p;
        out.price = price;
        out.fee = fee;
        out.multiplier = options.multiplier();
        out.bankroll = bankroll;
        Side side;
        double q;
        double c;
        if (edgeYes > 0 && costYes < 1) {
            side = Side.YES;
            q = qYes;
            c = costYes;
        } else if (edgeNo > 0 && costNo < 1) {
            side = Side.NO;
            q = qNo;
            c = costNo;
        } else {
            out.side = Side.NONE;
            boolean yesBetter = edgeYes >= edgeNo;
            out.winProbability = yesBetter ? qYes : qNo;
            out.cost = yesBetter ? costYes : costNo;
            out.edge = yesBetter ? edgeYes : edgeNo;
            out.kellyFraction = 0;
            out.shrinkage = 1;
            out.fraction = 0;
            out.stake = 0;
            out.contracts = 0;
            out.expectedLogGrowth = 0;
            return;
        }
        double full = (q - c) / (1 - c);
        double shrinkage = 1;
        if (sd > 0) {
            double sdFraction = sd / (1 - c);
            shrinkage = full * full / (full * full + sdFraction * sdFraction);
        }
        double fraction = options.multiplier() * shrinkage * full;
        out.side = side;
        out.winProbability = q;
        out.cost = c;
        out.edge = q - c;
        out.kellyFraction = full;
        out.shrinkage = shrinkage;
        out.fraction = fraction;
        out.stake = fraction * bankroll;
        out.contracts = out.stake / c;
        out.expectedLogGrowth = growth(q, c, fraction);
    }

    private static double growth(double q, double c, double f) {
        if (f == 0) {
            return 0;
        }
        double win = q * Math.log1p(f * (1 - c) / c);
        return q < 1 ? win + (1 - q) * Math.log1p(-f) : win;
    }

    private static void requireProbability(double p, String what) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1], got " + p);
        }
    }

    private static void requirePrice(double price) {
        if (!(price > 0 && price < 1)) {
            throw new IllegalArgumentException("price must be in (0, 1), got " + price);
        }
    }

    private static void requireCost(double cost) {
        if (!(cost > 0 && cost <= 1)) {
            throw new IllegalArgumentException("cost must be in (0, 1], got " + cost);
        }
    }
}
