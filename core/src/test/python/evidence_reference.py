"""Reference values for EvidenceModelTest, computed independently of forecast4j with numpy and scipy.

Run:  python3 core/src/test/python/evidence_reference.py
The Java tests quote the printed values beside their assertions.

Evidence model: log-odds t(x) = prior log-odds + sum_i logLR_i x_i; variance v(x) = prior_sd^2 + x' S x, where S is
the covariance of the log likelihood ratios; probability sigmoid(t); credible interval sigmoid(t -/+ z sqrt(v)) with
z = scipy.stats.norm.ppf((1 + level)/2).

Fitted log likelihood ratios: the maximum a posteriori estimate of a logistic regression with the prior log-odds as
a fixed offset and an independent N(0, sigma^2) prior on each log LR, found with scipy.optimize.minimize (BFGS);
S is the inverse of the Hessian of the negative log posterior at the optimum (Laplace approximation).
"""
import numpy as np
from scipy import optimize, special, stats

fmt = lambda v: format(float(v), ".17g")


def summary(t, v, level=0.9):
    z = stats.norm.ppf((1 + level) / 2)
    return special.expit(t), special.expit(t - z * np.sqrt(v)), special.expit(t + z * np.sqrt(v))


print("== analyst model: prior 0.3 (log-odds sd 0.5); tsmc-declined -0.4 (sd 0.2); deal-finalized 1.1 (sd 0.5)")
prior = special.logit(0.3)
t = prior - 0.4 + 1.1
v = 0.5 ** 2 + 0.2 ** 2 + 0.5 ** 2
p, lo, hi = summary(t, v)
print("x = [1, 1]: log-odds =", fmt(t), " probability =", fmt(p), " 90% interval =", fmt(lo), fmt(hi))
p, lo, hi = summary(prior - 0.4, 0.5 ** 2 + 0.2 ** 2, level=0.5)
print("x = [1, 0]: probability =", fmt(p), " 50% interval =", fmt(lo), fmt(hi))

print("== prior from a base rate: 3 of 10 with Beta(1, 1) -> Beta(4, 8)")
print("prior log-odds = logit(1/3) =", fmt(special.logit(1 / 3)), " sd =",
      fmt(np.sqrt(special.polygamma(1, 4) + special.polygamma(1, 8))))

print("== fitted: offset logit(0.25), prior sd 1.0 on each log LR")
X = np.array([[1, 0], [1, 1], [0, 0], [0, 1], [1, 0], [0, 0], [1, 1], [0, 0],
              [0, 2], [1, 0], [0, 0], [1, 1], [0, 1], [0, 0], [1, 2], [0, 0]], float)
Y = np.array([1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0], float)
offset = special.logit(0.25)
sigma = 1.0


def f(w):
    z = offset + X @ w
    return np.sum(Y * np.logaddexp(0, -z) + (1 - Y) * np.logaddexp(0, z)) + 0.5 * np.sum(w * w) / sigma ** 2


def g(w):
    return X.T @ (special.expit(offset + X @ w) - Y) + w / sigma ** 2


def h(w):
    q = special.expit(offset + X @ w)
    return X.T @ (X * (q * (1 - q))[:, None]) + np.eye(len(w)) / sigma ** 2


res = optimize.minimize(f, np.zeros(2), jac=g, method="BFGS", options={"gtol": 1e-12})
w = res.x
S = np.linalg.inv(h(w))
print("log LRs =", fmt(w[0]), fmt(w[1]), " |gradient| =", np.max(np.abs(g(w))))
print("covariance =", fmt(S[0, 0]), fmt(S[0, 1]), fmt(S[1, 1]))
x = np.array([1.0, 1.0])
t = offset + x @ w
v = x @ S @ x
p, lo, hi = summary(t, v)
print("x = [1, 1] (prior sd 0): probability =", fmt(p), " 90% interval =", fmt(lo), fmt(hi))
