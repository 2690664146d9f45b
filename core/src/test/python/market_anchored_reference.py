"""Reference values for MarketAnchoredRegressionTest, computed independently of forecast4j with numpy and scipy.

The model: logit p_i = L_i + theta . z_i, L_i = logit(clip(price_i, 1e-6)), z_i = (1, standardised regressors),
theta ~ N(0, sd^2 I). The regressors are centred and scaled on the training rows (population sd); the market's
own regressor is (L - c)/sd(L) with c = log((k + 1)/(n - k + 1)), the training base rate's log-odds. The MAP is
found by scipy.optimize.minimize (trust-exact, with the analytic gradient and Hessian), polished by five Newton
steps, the Laplace log evidence is
-f(theta) + (d/2) ln(1/sd^2) + (1/2) ln det(H^-1), and the coefficients are mapped back to the raw scale.

Run: python3 market_anchored_reference.py   (numpy, scipy)
"""
import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, logit

GRID = [0.03125, 0.0625, 0.125, 0.25, 0.5, 1.0, 2.0]


def data(n):
    """The deterministic training set the Java test builds the same way."""
    i = np.arange(n)
    price = 0.04 + 0.92 * np.mod(i * 0.6180339887498949, 1.0)
    days = np.mod(i * 7.0, 30.0)
    tag = (np.mod(i, 3) == 0).astype(float)
    true_logodds = 1.5 * logit(price) + 0.3 - 0.4 * tag
    u = np.mod(i * 0.7548776662466927 + 0.1, 1.0)
    y = (u < expit(true_logodds)).astype(float)
    return np.column_stack([price, days, tag]), y


def fit(x, y, sd):
    n, k = x.shape
    L = logit(np.clip(x[:, 0], 1e-6, 1 - 1e-6))
    yes = y.sum()
    c = np.log((yes + 1) / (n - yes + 1))
    raw = np.column_stack([L, x[:, 1:]])
    centres = np.array([c] + list(raw[:, 1:].mean(axis=0)))
    scales = raw.std(axis=0)
    z = np.column_stack([np.ones(n), (raw - centres) / scales])
    lam = 1 / sd ** 2

    def f(t):
        eta = L + z @ t
        return np.sum(np.logaddexp(0, eta) - y * eta) + 0.5 * lam * t @ t

    def g(t):
        return z.T @ (expit(L + z @ t) - y) + lam * t

    def h(t):
        p = expit(L + z @ t)
        return z.T @ (z * (p * (1 - p))[:, None]) + lam * np.eye(len(t))

    r = minimize(f, np.zeros(k + 1), jac=g, hess=h, method="trust-exact", options={"gtol": 1e-13})
    t = r.x
    for _ in range(5):  # polish with full Newton steps: the optimum to rounding
        t = t - np.linalg.solve(h(t), g(t))
    cov = np.linalg.inv(h(t))
    d = k + 1
    evidence = -f(t) + 0.5 * d * np.log(lam) + 0.5 * np.linalg.slogdet(cov)[1]
    a = np.zeros((d, d))
    a[0, 0] = 1
    a[0, 1:] = -centres / scales
    a[1:, 1:] = np.diag(1 / scales)
    mean = a @ t
    cov_raw = a @ cov @ a.T
    return evidence, mean, cov_raw, c


x, y = data(60)
print("yes", int(y.sum()), "of", len(y))
for sd in GRID:
    ev, mean, cov, c = fit(x, y, sd)
    print(f"sd {sd}: evidence {float(ev)!r}")
ev, mean, cov, c = fit(x, y, 0.5)
print("sd 0.5 centre", repr(float(c)))
print("sd 0.5 mean (intercept, beta_L, days, tag)", [repr(float(v)) for v in mean])
print("sd 0.5 sd", [repr(float(v)) for v in np.sqrt(np.diag(cov))])
xt = np.array([0.3, 12.0, 1.0])
Lt = logit(0.3)
delta = mean[0] + mean[1] * Lt + mean[2] * 12.0 + mean[3] * 1.0
print("sd 0.5 probability at (0.3, 12, 1)", repr(float(expit(Lt + delta))))
best = max(GRID, key=lambda s: fit(x, y, s)[0])
print("chosen sd", best)
