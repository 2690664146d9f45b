"""Reference values for GammaPoissonHazardTest's log-odds moments, computed independently of forecast4j with scipy.

Run:  python3 core/src/test/python/hazard_logodds_reference.py
The Java test quotes the printed values beside its assertions.

A rate lambda ~ Gamma(shape A, rate R) gives the probability of at least one event in a horizon h (hazard ratio m)
P(lambda) = 1 - exp(-lambda m h), whose log-odds is g(lambda) = log(exp(lambda m h) - 1) = log(expm1(lambda m h)).
The prior log-odds an evidence model starts from is logit of the predictive probability 1 - (R/(R + m h))^A; its
standard deviation is that of g(lambda) under the posterior. It is computed here by scipy.integrate.quad over
s = log(lambda), whose density R^A exp(A s - R e^s) / Gamma(A) is smooth even when A < 1 (the Gamma density in lambda
is then infinite at 0, which quad handles poorly). A cross-check integrates over lambda itself where A > 1.
"""
import numpy as np
from scipy import integrate, special, stats

fmt = lambda v: format(float(v), ".17g")


def g(x):
    # log(expm1(x)) = x + log(-expm1(-x)), stable for large x
    return x + np.log(-np.expm1(-x))


def quad(f, a, b):
    return integrate.quad(f, a, b, epsabs=1e-15, epsrel=1e-13, limit=1000)[0]


def moments(A, R, h, m=1.0):
    mh = m * h
    density = lambda s: np.exp(A * s - R * np.exp(s) + A * np.log(R) - special.gammaln(A))
    lo, hi = np.log(A / R) - 60 / A - 5, np.log(A / R) + 6
    mean = quad(lambda s: g(mh * np.exp(s)) * density(s), lo, hi)
    sd = np.sqrt(quad(lambda s: (g(mh * np.exp(s)) - mean) ** 2 * density(s), lo, hi))
    logq = -A * np.log1p(mh / R)  # log of 1 - P; logit P = log(-expm1(log q)) - log q keeps the digits of a tiny P
    line = f"A={A} R={R} h={h} m={m}: logit(predictive) = {fmt(np.log(-np.expm1(logq)) - logq)}  E[g] = {fmt(mean)}  sd[g] = {fmt(sd)}"
    if A > 1:
        pdf = lambda lam: stats.gamma.pdf(lam, A, scale=1 / R)
        cut = stats.gamma.ppf([1e-12, 0.5, 1 - 1e-12], A, scale=1 / R)
        m2 = quad(lambda lam: g(lam * mh) * pdf(lam), cut[0], cut[1]) + quad(lambda lam: g(lam * mh) * pdf(lam), cut[1], cut[2])
        v2 = quad(lambda lam: (g(lam * mh) - m2) ** 2 * pdf(lam), cut[0], cut[1]) \
            + quad(lambda lam: (g(lam * mh) - m2) ** 2 * pdf(lam), cut[1], cut[2])
        line += f"   (over lambda: sd {fmt(np.sqrt(v2))})"
    print(line)


moments(19.5, 52.0, 1.0)      # the seed scenario: Jeffreys prior, 19 Tokyo visits in 52 years, a whole year left
moments(19.5, 52.0, 0.25)     # a quarter of the year left
moments(19.5, 52.0, 1e-3)     # almost nothing left: sd tends to sqrt(trigamma(A))
print("   sqrt(trigamma(19.5)) =", fmt(np.sqrt(special.polygamma(1, 19.5))))
moments(0.5, 1.0, 1.0)        # Jeffreys prior, no events in one year: a skewed posterior
moments(5.0, 11.0, 2.0, m=3.0)  # informative prior, a hazard ratio of 3
moments(500.5, 1000.0, 1.0)   # a large count: a narrow posterior
