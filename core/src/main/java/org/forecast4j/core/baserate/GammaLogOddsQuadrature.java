package org.forecast4j.core.baserate;

/**
 * The posterior standard deviation of the log-odds of an event within a horizon when the event rate is
 * Gamma-distributed, by Gauss–Legendre quadrature; its one job is {@link GammaPoissonHazard#logOddsSd(double,
 * double[])}. For {@code λ ~ Gamma(A, R)} and a scaled horizon {@code m·h} the log-odds are
 * {@code g(λ) = logit(1 − exp(−λ·m·h)) = log(expm1(λ·m·h))}.
 *
 * <p>The integrals run over {@code s = log λ}, whose density is proportional to {@code exp(A·s − R·eˢ)} (smooth
 * also for {@code A < 1}): 64 panels of 10 nodes over the range where the density is above {@code e^−45} of its
 * mode, moments normalised by the quadrature of the density itself. Agrees with {@code scipy.integrate.quad} to
 * about 1e-10 (see {@code hazard_logodds_reference.py}).
 */
final class GammaLogOddsQuadrature {
    private GammaLogOddsQuadrature() {
    }

    /**
     * @param shape the posterior shape {@code A}, {@code > 0}
     * @param rate the posterior rate {@code R}, {@code > 0}
     * @param scaledHorizon {@code m(x)·h}, {@code > 0}
     * @return the posterior standard deviation of {@code log(expm1(λ·m(x)·h))}, {@code > 0}
     */
    static double logOddsSd(double shape, double rate, double scaledHorizon) {
        double logMh = Math.log(scaledHorizon);
        double mode = Math.log(shape / rate);  // of s = log λ
        // density(s) ∝ exp(A·(d − eᵈ + 1)) with d = s − mode; below e^−45 of its mode outside [lo, hi].
        double lo = tailOffset(shape, -1);
        double hi = tailOffset(shape, 1);
        int panels = 64;
        double width = (hi - lo) / panels;
        double mass = 0;
        double first = 0;
        for (int pass = 0; pass < 2; pass++) {
            double sum = 0;
            for (int k = 0; k < panels; k++) {
                double centre = lo + (k + 0.5) * width;
                for (int j = 0; j < GL_NODES.length; j++) {
                    double d = centre + 0.5 * width * GL_NODES[j];
                    double w = GL_WEIGHTS[j] * Math.exp(shape * (d - Math.expm1(d)));
                    double g = logExpm1(logMh + mode + d);
                    if (pass == 0) {
                        mass += w;
                        sum += w * g;
                    } else {
                        sum += w * (g - first) * (g - first);
                    }
                }
            }
            if (pass == 0) {
                first = sum / mass;
            } else {
                return Math.sqrt(sum / mass);
            }
        }
        throw new AssertionError("unreachable");
    }

    /**
     * 10-point Gauss–Legendre nodes and weights on [−1, 1], as printed by numpy's
     * {@code numpy.polynomial.legendre.leggauss(10)} (also Abramowitz &amp; Stegun, Table 25.4).
     */
    private static final double[] GL_NODES = {
        -0.9739065285171717, -0.8650633666889845, -0.6794095682990244, -0.4333953941292472, -0.1488743389816312,
        0.1488743389816312, 0.4333953941292472, 0.6794095682990244, 0.8650633666889845, 0.9739065285171717};
    private static final double[] GL_WEIGHTS = {
        0.06667134430868814, 0.1494513491505804, 0.219086362515982, 0.2692667193099965, 0.2955242247147528,
        0.2955242247147528, 0.2692667193099965, 0.219086362515982, 0.1494513491505804, 0.06667134430868814};

    /** The offset d (of sign {@code side}) where {@code A·(eᵈ − 1 − d) = 45}, by bisection. */
    private static double tailOffset(double shape, int side) {
        double target = 45 / shape;
        double a = 0;
        double b = side;
        while (Math.expm1(b) - b < target) {
            b *= 2;
        }
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (a + b);
            if (Math.expm1(mid) - mid < target) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return b;
    }

    /** {@code log(expm1(eᶻ))} for {@code z = log x}, without overflow or underflow. */
    private static double logExpm1(double logX) {
        double x = Math.exp(logX);
        if (x > 30) {
            return x + Math.log1p(-Math.exp(-x));
        }
        if (x == 0) {
            return logX;
        }
        return logX + Math.log(Math.expm1(x) / x);
    }
}
