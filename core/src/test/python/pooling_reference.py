"""Reference values for LogOddsPoolTest, computed independently of forecast4j with numpy and scipy.

Run:  python3 core/src/test/python/pooling_reference.py
The Java tests quote the printed values beside their assertions.

The synthetic data are drawn with a Python re-implementation of org.forecast4j.core.random.SplitMix64 (Steele,
Lea & Flood 2014; the constants of java.util.SplittableRandom), so that the Java test can regenerate exactly the
same questions: for each of N questions, three forecasters report p_j = 0.02 + 0.96 u (u uniform from
nextDouble()), and the outcome is nextDouble() < sigmoid(D_TRUE * z) with z the weighted mean log-odds. The
extremizing factor d is then fitted by maximum likelihood (Satopaa et al., "Combining multiple probability
predictions using a simple logit model", International Journal of Forecasting 30(2), 2014) with
scipy.optimize.minimize_scalar, not with our Newton code.
"""
import math

import numpy as np
from scipy import optimize, special

fmt = lambda v: format(float(v), ".17g")
MASK = (1 << 64) - 1


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


print("== closed forms")
p = np.array([0.6, 0.7, 0.9])
print("equal weights, d = 1:", fmt(special.expit(np.mean(special.logit(p)))))
w = np.array([1.0, 2.0, 1.0])
print("weights 1,2,1, d = 2.5:", fmt(special.expit(2.5 * np.sum(w * special.logit(p)) / np.sum(w))))
print("blend model 0.7 with market 0.55, model weight 0.3, d = 1:",
      fmt(special.expit(0.3 * special.logit(0.7) + 0.7 * special.logit(0.55))))

N, D_TRUE, SEED = 400, 1.8, 20140401
rng = SplitMix64(SEED)
P = np.zeros((N, 3))
Y = np.zeros(N)
for i in range(N):
    for j in range(3):
        P[i, j] = 0.02 + 0.96 * rng.next_double()
    z = np.sum(w * special.logit(P[i])) / np.sum(w)
    Y[i] = 1.0 if rng.next_double() < special.expit(D_TRUE * z) else 0.0
Z = (special.logit(P) @ w) / np.sum(w)


def nll(d):
    t = d * Z
    return np.sum(Y * np.logaddexp(0, -t) + (1 - Y) * np.logaddexp(0, t))


res = optimize.minimize_scalar(nll, bounds=(0.01, 10), method="bounded", options={"xatol": 1e-12})
d_hat = res.x
p_hat = special.expit(d_hat * Z)
info = np.sum(Z * Z * p_hat * (1 - p_hat))
print(f"== synthetic: N = {N}, weights 1,2,1, true d = {D_TRUE}, seed = {SEED}")
print("positives =", int(Y.sum()), " sum of z =", fmt(Z.sum()), " P[0] =", [fmt(v) for v in P[0]])
print("fitted d =", fmt(d_hat), " standard error =", fmt(1 / math.sqrt(info)), " nll =", fmt(res.fun))
