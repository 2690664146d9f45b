"""Reference values for KellyTest, computed independently of forecast4j with numpy and scipy.

Run:  python3 core/src/test/python/kelly_reference.py
The Java test quotes the printed values beside its assertions.

A binary contract bought at cost c per contract (price plus fee) pays 1 if the side wins. Staking a fraction f
of wealth buys f/c contracts, so wealth becomes 1 - f + f/c on a win and 1 - f on a loss. The expected log
growth G(f) = p ln(1 - f + f/c) + (1 - p) ln(1 - f) is maximised here numerically (scipy's bounded Brent
search), never with the closed form, so the printed optimum checks the closed form (p - c)/(1 - c).
"""
import numpy as np
from scipy import optimize, integrate, stats

fmt = lambda v: format(float(v), ".17g")


def growth(f, p, c):
    win = np.log1p(f * (1 - c) / c)
    lose = np.log1p(-f) if p < 1 else 0.0
    return p * win + (1 - p) * lose


def best(p, c):
    r = optimize.minimize_scalar(lambda f: -growth(f, p, c), bounds=(0.0, 1.0 - 1e-12), method="bounded",
                                 options={"xatol": 1e-13, "maxiter": 10000})
    return r.x, -r.fun


print("# numeric optimum of G over f in [0, 1): side, p(side wins), cost c, f_opt, G(f_opt)")
cases = [
    # (p of YES, price, fee)
    (0.60, 0.50, 0.00),
    (0.60, 0.50, 0.02),
    (0.30, 0.45, 0.01),   # NO has the edge
    (0.90, 0.70, 0.005),
    (0.12, 0.05, 0.00),
]
for p, price, fee in cases:
    cy = price + fee
    cn = (1 - price) + fee
    if p > cy:
        f, g = best(p, cy)
        print("YES", p, price, fee, "c=" + fmt(cy), "f=" + fmt(f), "G=" + fmt(g))
    elif 1 - p > cn:
        f, g = best(1 - p, cn)
        print("NO ", p, price, fee, "c=" + fmt(cn), "f=" + fmt(f), "G=" + fmt(g))
    else:
        print("NONE", p, price, fee)

print()
print("# G at a given fraction (p, c, f, G)")
for p, c, f in [(0.6, 0.5, 0.1), (0.6, 0.52, 0.0833333333333333), (0.7, 0.55, 0.25)]:
    print(p, c, f, "G=" + fmt(growth(f, p, c)))

print()
print("# Uncertain p: p_hat ~ Normal(p, sd^2), the bet is k * f*(p_hat) (0 if p_hat <= c).")
print("# k_num maximises the expected true growth E[G_p(k f*(p_hat))] by quadrature; k_quad is the")
print("# quadratic approximation f*^2 / (f*^2 + (sd/(1-c))^2) evaluated at the true p.")
for p, c, sd in [(0.60, 0.50, 0.02), (0.60, 0.50, 0.05), (0.70, 0.55, 0.03)]:
    fstar = (p - c) / (1 - c)

    def expected(k):
        def integrand(ph):
            fh = max((ph - c) / (1 - c), 0.0) * k
            fh = min(fh, 1 - 1e-9)
            return growth(fh, p, c) * stats.norm.pdf(ph, p, sd)
        v, _ = integrate.quad(integrand, p - 10 * sd, p + 10 * sd, points=[c], limit=400, epsabs=1e-14)
        return v

    r = optimize.minimize_scalar(lambda k: -expected(k), bounds=(0.0, 1.5), method="bounded",
                                 options={"xatol": 1e-10})
    kq = fstar ** 2 / (fstar ** 2 + (sd / (1 - c)) ** 2)
    print(p, c, sd, "k_num=" + fmt(r.x), "k_quad=" + fmt(kq))
