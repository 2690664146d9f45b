"""Reference values for BetaBinomialBaseRateTest and GammaPoissonHazardTest, computed independently of forecast4j
with scipy.

Run:  python3 core/src/test/python/baserate_reference.py
The Java tests quote the printed values beside their assertions.

Beta-binomial: posterior Beta(k + alpha, n - k + beta); mean (k + alpha)/(n + alpha + beta); the equal-tailed
credible interval from scipy.stats.beta.ppf; the log-odds of p ~ Beta(A, B) has variance trigamma(A) + trigamma(B).

Gamma-Poisson: a rate lambda with posterior Gamma(shape A = a + e, rate R = b + T). The predictive probability of
at least one event in a horizon h at hazard ratio m is E[1 - exp(-lambda m h)], computed here by numerical
integration (scipy.integrate.quad) over the Gamma posterior, to check the closed form 1 - (R/(R + m h))^A. The
credible interval maps the Gamma quantiles (scipy.stats.gamma.ppf) through lambda -> 1 - exp(-lambda m h).
"""
import numpy as np
from scipy import integrate, special, stats

fmt = lambda v: format(float(v), ".17g")

print("== Beta-binomial: k = 3 of n = 10, prior Beta(1, 1) -> Beta(4, 8)")
A, B = 4.0, 8.0
print("mean =", fmt(A / (A + B)))
print("90% interval =", fmt(stats.beta.ppf(0.05, A, B)), fmt(stats.beta.ppf(0.95, A, B)))
print("95% interval =", fmt(stats.beta.ppf(0.025, A, B)), fmt(stats.beta.ppf(0.975, A, B)))
print("log-odds sd =", fmt(np.sqrt(special.polygamma(1, A) + special.polygamma(1, B))))
# Check the trigamma identity against the sample variance of logit(p) by quadrature.
m = integrate.quad(lambda p: special.logit(p) * stats.beta.pdf(p, A, B), 0, 1)[0]
v = integrate.quad(lambda p: (special.logit(p) - m) ** 2 * stats.beta.pdf(p, A, B), 0, 1)[0]
print("   (quadrature log-odds sd =", fmt(np.sqrt(v)), ")")

print("== Beta-binomial: k = 0 of n = 20, prior Beta(0.5, 0.5) -> Beta(0.5, 20.5)")
A, B = 0.5, 20.5
print("mean =", fmt(A / (A + B)))
print("90% interval =", fmt(stats.beta.ppf(0.05, A, B)), fmt(stats.beta.ppf(0.95, A, B)))


def hazard(a, b, e, T, h, m=1.0, level=0.9):
    shape, rate = a + e, b + T
    closed = 1 - (rate / (rate + m * h)) ** shape
    numeric = integrate.quad(lambda lam: -np.expm1(-lam * m * h) * stats.gamma.pdf(lam, shape, scale=1 / rate),
                             0, np.inf, epsabs=1e-14, epsrel=1e-13)[0]
    q = (1 - level) / 2
    lo = -np.expm1(-stats.gamma.ppf(q, shape, scale=1 / rate) * m * h)
    hi = -np.expm1(-stats.gamma.ppf(1 - q, shape, scale=1 / rate) * m * h)
    print(f"a={a} b={b} e={e} T={T} h={h} m={m}: closed = {fmt(closed)}  quad = {fmt(numeric)}  "
          f"{level:.0%} interval = {fmt(lo)} {fmt(hi)}")


print("== Gamma-Poisson hazard")
hazard(0.5, 0.0, 25, 51, 1.0)            # Jeffreys prior, 25 events in 51 years, the next year
hazard(0.5, 0.0, 25, 51, 0.25)           # the last quarter
hazard(0.5, 0.0, 25, 51.75, 0.25)        # ... after three quiet quarters are added to the exposure
hazard(2.0, 1.0, 3, 10, 2.0)             # an informative prior
hazard(2.0, 1.0, 3, 10, 2.0, m=3.0)      # the same with a hazard ratio of 3
hazard(0.5, 0.0, 25, 51, 1.0, level=0.5)
