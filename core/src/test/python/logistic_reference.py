"""Reference values for the logistic tests (LogisticRegressionTest, BayesianLogisticRegressionTest and the CLI
fit/predict tests), computed independently of forecast4j with numpy and scipy.

Run:  python3 core/src/test/python/logistic_reference.py
The Java tests quote the printed values beside their assertions.

Everything here is written from the formulas, not from the Java code:
  * maximum likelihood and L2 fits by plain Newton iterations with numpy.linalg.solve, run to convergence;
  * the Laplace posterior of Bayesian logistic regression (MAP by Newton, covariance = inverse Hessian of the
    negative log posterior, log evidence = log p(y|m) + log N(m; 0, S0) + d/2 log 2 pi - 1/2 log det H);
  * the exact log evidence of small models by numerical integration (scipy.integrate), to show how close
    the Laplace approximation is;
  * the online Laplace update: for each example, the exact Laplace approximation of
    N(beta; m, S) * Bernoulli(y | sigmoid(x'beta)), found by a scalar Newton solve along z = x'beta.
The synthetic data come from SplitMix64 (Steele, Lea & Flood 2014) with the Box-Muller transform, the same
generator as org.forecast4j.core.random.SplitMix64, so Java regenerates identical rows from the seed.
"""
import math

import numpy as np
from scipy import integrate, special, stats

MASK = (1 << 64) - 1
fmt = lambda v: format(float(v), ".17g")


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next_long(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def next_double(self):
        return (self.next_long() >> 11) * 2.0 ** -53

    def next_gaussian(self):
        u1 = 1.0 - self.next_double()
        u2 = self.next_double()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def synthetic(seed, n):
    """Rows of (x0, x1, x2) and outcomes: x0 ~ N(0,1), x1 = 3 + 2 N(0,1), x2 = [u < 0.3];
    true log-odds -0.5 + 1.0 x0 - 0.4 x1 + 0.8 x2; y = [u < sigmoid(log-odds)]. Draw order per row:
    gaussian, gaussian, double, double."""
    r = SplitMix64(seed)
    x = np.zeros((n, 3))
    y = np.zeros(n)
    for i in range(n):
        x[i, 0] = r.next_gaussian()
        x[i, 1] = 3.0 + 2.0 * r.next_gaussian()
        x[i, 2] = 1.0 if r.next_double() < 0.3 else 0.0
        eta = -0.5 + 1.0 * x[i, 0] - 0.4 * x[i, 1] + 0.8 * x[i, 2]
        y[i] = 1.0 if r.next_double() < special.expit(eta) else 0.0
    return x, y


def design(x):
    return np.column_stack([np.ones(len(x)), x])


def loglik(X, y, theta):
    eta = X @ theta
    return float(np.sum(y * -np.logaddexp(0, -eta) + (1 - y) * -np.logaddexp(0, eta)))


def newton(X, y, precision, iters=100):
    """Maximises loglik - 1/2 sum(precision * theta^2); returns theta and the Hessian of the negative."""
    theta = np.zeros(X.shape[1])
    for _ in range(iters):
        p = special.expit(X @ theta)
        g = X.T @ (y - p) - precision * theta
        H = X.T @ (X * (p * (1 - p))[:, None]) + np.diag(precision)
        step = np.linalg.solve(H, g)
        theta = theta + step
        if g @ step < 1e-28:
            break
    p = special.expit(X @ theta)
    H = X.T @ (X * (p * (1 - p))[:, None]) + np.diag(precision)
    return theta, H


def laplace_evidence(X, y, prior_var):
    theta, H = newton(X, y, 1.0 / prior_var)
    log_prior = np.sum(stats.norm.logpdf(theta, 0.0, np.sqrt(prior_var)))
    d = len(theta)
    return theta, H, loglik(X, y, theta) + log_prior + 0.5 * d * math.log(2 * math.pi) - 0.5 * np.linalg.slogdet(H)[1]


def online(X, y, prior_var, forgetting=0.0):
    """Online Laplace: for each row, stabilised forgetting (the precision decays toward the prior's:
    P <- (1 - f) P + f P0, the precision-weighted mean likewise: P m <- (1 - f) P m + f P0 0), then the exact
    Laplace step."""
    d = X.shape[1]
    m = np.zeros(d)
    S = np.diag(prior_var).astype(float)
    S0 = np.diag(prior_var).astype(float)
    log_z = 0.0
    for xt, yt in zip(X, y):
        if forgetting > 0:
            P = np.linalg.inv(S)
            S = np.linalg.inv((1 - forgetting) * P + forgetting * np.linalg.inv(S0))
            S = (S + S.T) / 2
            m = S @ ((1 - forgetting) * (P @ m))
        v = S @ xt
        mu = float(m @ xt)
        s2 = float(xt @ v)
        # z* solves z - mu - s2 (y - sigmoid(z)) = 0; scipy's brentq on the bracket [mu - s2, mu + s2]
        from scipy.optimize import brentq
        f = lambda z: z - mu - s2 * (yt - special.expit(z))
        pad = 1e-6 * (1 + abs(mu))
        z = brentq(f, mu - s2 - pad, mu + s2 + pad, xtol=1e-15, rtol=1e-15, maxiter=500)
        p = special.expit(z)
        w = p * (1 - p)
        ell = yt * -np.logaddexp(0, -z) + (1 - yt) * -np.logaddexp(0, z)
        log_z += ell - (z - mu) ** 2 / (2 * s2) - 0.5 * math.log1p(w * s2)
        m = m + v * (yt - p)
        S = S - (w / (1 + w * s2)) * np.outer(v, v)
    return m, S, log_z


np.set_printoptions(precision=17, linewidth=150)

# 1. Two published fits, on data we may ship (see TestData.java for the sources).
# 1a. The 23 shuttle launches before Challenger: launch temperature (deg F) and whether any O-ring had thermal
#     distress. Public domain (Report of the Presidential Commission on the Space Shuttle Challenger Accident,
#     1986; Dalal, Fowlkes & Hoadley, JASA 84 (1989), Table 1). R's glm(Fail > 0 ~ Temp, binomial) prints
#     15.0429 (SE 7.3786), -0.2322 (SE 0.1082), residual deviance 20.315 on 21 df, 5 Fisher scoring iterations.
challenger = np.array([
    [53, 1], [57, 1], [58, 1], [63, 1], [66, 0], [67, 0], [67, 0], [67, 0], [68, 0], [69, 0], [70, 1], [70, 0],
    [70, 1], [70, 0], [72, 0], [73, 0], [75, 0], [75, 1], [76, 0], [76, 0], [78, 0], [79, 0], [81, 0]], dtype=float)
# 1b. The 45 adults (aged 15 or more) of the Donner Party, 1846-47: age, male (1 = male), survived (1 = yes).
#     Historical facts (Grayson 1990); the rows of The Statistical Sleuth's case2001, in its order. R's
#     glm(Status ~ Age + Sex, binomial) prints 3.23041 (SE 1.38686), Age -0.07820 (SE 0.03728), SexMale -1.59729
#     (SE 0.75547), residual deviance 51.256 on 42 df, 4 Fisher scoring iterations.
donner = np.array([
    [23, 1, 0], [40, 0, 1], [40, 1, 1], [30, 1, 0], [28, 1, 0], [40, 1, 0], [45, 0, 0], [62, 1, 0], [65, 1, 0],
    [45, 0, 0], [25, 0, 0], [28, 1, 1], [28, 1, 0], [23, 1, 0], [22, 0, 1], [23, 0, 1], [28, 1, 1], [15, 0, 1],
    [47, 0, 0], [57, 1, 0], [20, 0, 1], [18, 1, 1], [25, 1, 0], [60, 1, 0], [25, 1, 1], [20, 1, 1], [32, 1, 1],
    [32, 0, 1], [24, 0, 1], [30, 1, 1], [15, 1, 0], [50, 0, 0], [21, 0, 1], [25, 1, 0], [46, 1, 1], [32, 0, 1],
    [30, 1, 0], [25, 1, 0], [25, 1, 0], [25, 1, 0], [30, 1, 0], [35, 1, 0], [23, 1, 1], [24, 1, 0], [25, 0, 1]],
    dtype=float)


def r_glm_fit(X, y, epsilon=1e-8):
    """R's glm.fit for a binomial logit, step for step: start from mu = (y + 1/2) / 2, iterate weighted least
    squares until |dev - dev_old| / (|dev| + 0.1) < epsilon. summary.glm's standard errors come from the weights
    of the last iteration, which were computed at the previous iterate, so they differ slightly from the standard
    errors at the converged estimate (newton above); this shows where R's printed digits come from."""
    mu = (y + 0.5) / 2
    eta = special.logit(mu)
    deviance = lambda m: -2 * float(np.sum(y * np.log(m) + (1 - y) * np.log(1 - m)))
    dev_old = deviance(mu)
    for it in range(1, 26):
        w = mu * (1 - mu)
        z = eta + (y - mu) / w
        XtW = X.T * w
        beta = np.linalg.solve(XtW @ X, XtW @ z)
        cov = np.linalg.inv(XtW @ X)
        eta = X @ beta
        mu = special.expit(eta)
        dev = deviance(mu)
        if abs(dev - dev_old) / (abs(dev) + 0.1) < epsilon:
            break
        dev_old = dev
    return it, beta, np.sqrt(np.diag(cov)), dev


for label, data in [("challenger", challenger), ("donner", donner)]:
    X = design(data[:, :-1])
    yR = data[:, -1]
    it, beta, se, dev = r_glm_fit(X, yR)
    print(f"{label} R glm.fit emulation: iterations =", it, "theta =", [format(v, ".6g") for v in beta],
          "se =", [format(v, ".6g") for v in se], "deviance =", format(dev, ".8g"))
    theta, H = newton(X, yR, np.zeros(X.shape[1]))
    print(f"{label} mle: theta (const, features) =", [fmt(v) for v in theta])
    print(f"{label} mle: se =", [fmt(v) for v in np.sqrt(np.diag(np.linalg.inv(H)))])
    print(f"{label} mle: loglik =", fmt(loglik(X, yR, theta)), "deviance =", fmt(-2 * loglik(X, yR, theta)))
    print(f"{label} mle: fitted p =", [fmt(v) for v in special.expit(X @ theta)])
X = design(donner[:, :2])
yD = donner[:, 2]
theta, H = newton(X, yD, np.array([0, 0.5, 0.5]))
print("donner l2=0.5: theta =", [fmt(v) for v in theta])
print("donner l2=0.5: se =", [fmt(v) for v in np.sqrt(np.diag(np.linalg.inv(H)))])
print("donner l2=0.5: loglik =", fmt(loglik(X, yD, theta)))
prior = np.array([100.0, 4.0, 4.0])  # interceptPriorSd 10, priorSd 2
theta, H, ev = laplace_evidence(X, yD, prior)
print("donner bayes priorSd=2: mean =", [fmt(v) for v in theta])
print("donner bayes priorSd=2: sd =", [fmt(v) for v in np.sqrt(np.diag(np.linalg.inv(H)))])
print("donner bayes priorSd=2: log evidence =", fmt(ev))
print("donner bayes priorSd=2: loglik =", fmt(loglik(X, yD, theta)))

# 2. Synthetic data, seed 7, 300 rows.
x, y = synthetic(7, 300)
X = design(x)
print("synthetic seed 7: rows 0,1 =", [fmt(v) for v in x[0]], [fmt(v) for v in x[1]], "ones =", int(y.sum()))
theta, H = newton(X, y, np.array([0, 2.5, 2.5, 2.5]))
print("synthetic l2=2.5: theta =", [fmt(v) for v in theta])
print("synthetic l2=2.5: se =", [fmt(v) for v in np.sqrt(np.diag(np.linalg.inv(H)))])
print("synthetic l2=2.5: loglik =", fmt(loglik(X, y, theta)))
theta, H = newton(X, y, np.zeros(4))
print("synthetic mle: theta =", [fmt(v) for v in theta])
print("synthetic mle: se =", [fmt(v) for v in np.sqrt(np.diag(np.linalg.inv(H)))])
print("synthetic mle: loglik =", fmt(loglik(X, y, theta)))

prior = np.array([100.0, 1.5 ** 2, 1.5 ** 2, 1.5 ** 2])  # interceptPriorSd 10, priorSd 1.5
theta, H, ev = laplace_evidence(X, y, prior)
S = np.linalg.inv(H)
print("synthetic bayes priorSd=1.5: mean =", [fmt(v) for v in theta])
print("synthetic bayes priorSd=1.5: covariance =", [[fmt(v) for v in row] for row in S])
print("synthetic bayes priorSd=1.5: log evidence =", fmt(ev))
print("synthetic bayes priorSd=1.5: loglik =", fmt(loglik(X, y, theta)))
xs = np.array([1.0, 0.5, 4.0, 1.0])
mu = xs @ theta
s2 = xs @ S @ xs
print("synthetic bayes predictive at (0.5, 4, 1): mu =", fmt(mu), "s2 =", fmt(s2),
      "p =", fmt(special.expit(mu / math.sqrt(1 + math.pi * s2 / 8))),
      "interval90 =", fmt(special.expit(mu - stats.norm.ppf(0.95) * math.sqrt(s2))),
      fmt(special.expit(mu + stats.norm.ppf(0.95) * math.sqrt(s2))))
# The probit approximation against the exact predictive E[sigmoid(z)], z ~ N(mu, s2), by quadrature.
exact = integrate.quad(lambda z: special.expit(z) * stats.norm.pdf(z, mu, math.sqrt(s2)), -np.inf, np.inf,
                       epsabs=1e-14)[0]
print("synthetic bayes predictive: exact E[sigmoid] =", fmt(exact))

# 3. Online Laplace from the prior over the same 300 rows, without and with forgetting.
m, S2, lz = online(X, y, prior)
print("online priorSd=1.5: mean =", [fmt(v) for v in m])
print("online priorSd=1.5: covariance diag =", [fmt(v) for v in np.diag(S2)], "cov[0][2] =", fmt(S2[0, 2]))
print("online priorSd=1.5: log evidence =", fmt(lz))
m, S2, lz = online(X, y, prior, forgetting=0.02)
print("online priorSd=1.5 forgetting=0.02: mean =", [fmt(v) for v in m])
print("online priorSd=1.5 forgetting=0.02: covariance diag =", [fmt(v) for v in np.diag(S2)])
print("online priorSd=1.5 forgetting=0.02: log evidence =", fmt(lz))

# Drift: the x0 coefficient is +1.5 for the first 2000 rows and -1.5 for the last 2000 (seed 5, x0 ~ N(0,1),
# no intercept effect); forgetting lets the posterior follow it.
r = SplitMix64(5)
xd = np.zeros((4000, 1))
yd = np.zeros(4000)
for i in range(4000):
    xd[i, 0] = r.next_gaussian()
    yd[i] = 1.0 if r.next_double() < special.expit((1.5 if i < 2000 else -1.5) * xd[i, 0]) else 0.0
for f in [0.0, 0.01]:
    m, S2, lz = online(design(xd), yd, np.array([100.0, 1.5 ** 2]), forgetting=f)
    print(f"drift forgetting={f}: mean =", [fmt(v) for v in m], "log evidence =", fmt(lz))

# 4. Exact evidence by integration for small models (first 30 synthetic rows), against Laplace.
X30, y30 = X[:30], y[:30]


def log_joint(theta, Xs, ys, prior_var):
    return loglik(Xs, ys, theta) + np.sum(stats.norm.logpdf(theta, 0, np.sqrt(prior_var)))


pv1 = np.array([100.0])
_, _, lap1 = laplace_evidence(X30[:, :1], y30, pv1)
shift = log_joint(newton(X30[:, :1], y30, 1 / pv1)[0], X30[:, :1], y30, pv1)
ex1 = integrate.quad(lambda b: math.exp(log_joint(np.array([b]), X30[:, :1], y30, pv1) - shift), -30, 30,
                     epsabs=1e-13, epsrel=1e-12, points=[0.0])[0]
print("evidence intercept-only 30 rows, prior sd 10: laplace =", fmt(lap1), "exact =", fmt(math.log(ex1) + shift))
pv2 = np.array([100.0, 1.5 ** 2])
_, _, lap2 = laplace_evidence(X30[:, :2], y30, pv2)
t2 = newton(X30[:, :2], y30, 1 / pv2)[0]
shift = log_joint(t2, X30[:, :2], y30, pv2)
ex2 = integrate.dblquad(lambda b1, b0: math.exp(log_joint(np.array([b0, b1]), X30[:, :2], y30, pv2) - shift),
                        t2[0] - 8, t2[0] + 8, t2[1] - 8, t2[1] + 8, epsabs=1e-12, epsrel=1e-10)[0]
print("evidence intercept+x0 30 rows, prior sds 10, 1.5: laplace =", fmt(lap2), "exact =", fmt(math.log(ex2) + shift))

# 5. Online updates approach the batch posterior: seed 11, the first n of 20000 rows.
xb, yb = synthetic(11, 20000)
Xb = design(xb)
for n in [100, 1000, 10000]:
    m, S2, lz = online(Xb[:n], yb[:n], prior)
    theta, H, ev = laplace_evidence(Xb[:n], yb[:n], prior)
    sd = np.sqrt(np.diag(np.linalg.inv(H)))
    print(f"online vs batch n={n}: max |mean diff|/sd =", fmt(np.max(np.abs(m - theta) / sd)),
          "max |sd ratio - 1| =", fmt(np.max(np.abs(np.sqrt(np.diag(S2)) / sd - 1))),
          "evidence online, batch =", fmt(lz), fmt(ev))
