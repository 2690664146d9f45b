"""Reference values for ScoreAccumulatorTest, computed independently of forecast4j with numpy and scipy.

Run:  python3 core/src/test/python/scoring_reference.py
The Java tests quote the printed values beside their assertions.

The PAV here is the textbook O(n^2) "merge until monotone" loop on forecasts sorted with ties pooled first,
written from Barlow et al. (1972), not from our Java code.
"""
import numpy as np
from scipy import stats, special

np.set_printoptions(precision=17)
repr = lambda v: format(float(v), ".17g")


def murphy(p, y, bins=10):
    n = len(p)
    obar = y.mean()
    k = np.minimum((p * bins).astype(int), bins - 1)
    rel = res = ece = 0.0
    for b in range(bins):
        m = k == b
        if m.sum() == 0:
            continue
        pk, ok, nk = p[m].mean(), y[m].mean(), m.sum()
        rel += nk * (pk - ok) ** 2
        res += nk * (ok - obar) ** 2
        ece += nk * abs(pk - ok)
    return rel / n, res / n, obar * (1 - obar), ece / n


def pav_pooled(p, y):
    xs = np.unique(p)
    blocks = [[y[p == x].sum(), float((p == x).sum())] for x in xs]  # [sum, weight] per distinct forecast
    i = 0
    while i < len(blocks) - 1:
        if blocks[i][0] / blocks[i][1] > blocks[i + 1][0] / blocks[i + 1][1]:
            blocks[i] = [blocks[i][0] + blocks[i + 1][0], blocks[i][1] + blocks[i + 1][1]]
            del blocks[i + 1]
            i = max(i - 1, 0)
        else:
            i += 1
    # expand back to distinct forecasts
    fitted = {}
    j = 0
    for s, w in blocks:
        cnt = 0
        while cnt < w:
            x = xs[j]
            fitted[x] = s / w
            cnt += (p == x).sum()
            j += 1
    return np.array([fitted[v] for v in p])


def corp(p, y):
    rc = pav_pooled(p, y)
    s = lambda f: np.mean((f - y) ** 2)
    obar = y.mean()
    return s(p) - s(rc), s(np.full_like(p, obar)) - s(rc), s(np.full_like(p, obar))


# 1. scikit-learn test_brier_score_loss data
y = np.array([0, 1, 1, 0, 1, 1.0])
p = np.array([0.1, 0.8, 0.9, 0.3, 1.0, 0.95])
print("sklearn brier data: brier =", repr(np.mean((p - y) ** 2)))

# 2. Small table with forecasts constant within bins: Murphy identity exact
p = np.array([0.05, 0.05, 0.05, 0.05, 0.35, 0.35, 0.35, 0.75, 0.75, 0.75, 0.75, 0.95])
y = np.array([0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1.0])
print("small table: brier =", repr(np.mean((p - y) ** 2)))
print("small table: murphy rel,res,unc,ece =", [repr(v) for v in murphy(p, y)])
print("small table: corp mcb,dsc,unc =", [repr(v) for v in corp(p, y)])
print("small table: logloss =", repr(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))))

# 3. Forecasts varying within bins, with ties and a non-monotone observed rate
p = np.array([0.02, 0.08, 0.13, 0.13, 0.21, 0.27, 0.33, 0.38, 0.41, 0.41, 0.55, 0.58, 0.62, 0.69, 0.74,
              0.77, 0.81, 0.88, 0.93, 0.99])
y = np.array([0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1.0])
print("varied: brier =", repr(np.mean((p - y) ** 2)))
print("varied: murphy rel,res,unc,ece =", [repr(v) for v in murphy(p, y)])
print("varied: corp mcb,dsc,unc =", [repr(v) for v in corp(p, y)])
print("varied: recalibrated =", [repr(v) for v in pav_pooled(p, y)])

# 4. Jeffreys 90% intervals: Beta(x+1/2, n-x+1/2) quantiles 0.05 and 0.95
for x, n in [(3, 10), (0, 4), (4, 4), (1, 2), (37, 100)]:
    lo = 0.0 if x == 0 else stats.beta.ppf(0.05, x + 0.5, n - x + 0.5)
    hi = 1.0 if x == n else stats.beta.ppf(0.95, x + 0.5, n - x + 0.5)
    print(f"jeffreys90 x={x} n={n}:", repr(lo), repr(hi))

# 5. Probability functions
for t in [-800.0, -40.0, -1.5, 0.0, 2.0, 40.0]:
    print(f"expit({t}) =", repr(special.expit(t)))
for x in [-50.0, -37.0, -5.0, 0.0, 10.0, 18.0, 25.0, 33.3, 40.0, 800.0]:
    print(f"log1pexp({x}) =", repr(np.logaddexp(0.0, x)))
print("logit(1e-300) =", repr(special.logit(1e-300)))
print("logit(0.999999) =", repr(special.logit(0.999999)))
