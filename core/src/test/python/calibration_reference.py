"""Reference values for the calibration tests (PlattCalibratorTest, BetaCalibratorTest), computed independently
of forecast4j with numpy and scipy: each fit is the exact maximum-likelihood estimate found by a scipy optimiser
(trust-exact with analytic gradient and Hessian), not by our Newton code.

Run:  python3 core/src/test/python/calibration_reference.py
The Java tests quote the printed values beside their assertions.
"""
import numpy as np
from scipy import optimize, special

fmt = lambda v: format(float(v), ".17g")


def logistic_mle(X, t):
    """Minimise sum t*log1pexp(-z) + (1-t)*log1pexp(z), z = X w (soft targets allowed)."""
    def f(w):
        z = X @ w
        return np.sum(t * np.logaddexp(0, -z) + (1 - t) * np.logaddexp(0, z))

    def g(w):
        return X.T @ (special.expit(X @ w) - t)

    def h(w):
        p = special.expit(X @ w)
        return X.T @ (X * (p * (1 - p))[:, None])

    res = optimize.minimize(f, np.zeros(X.shape[1]), jac=g, hess=h, method="trust-exact",
                            options={"gtol": 1e-10})
    w = res.x
    # Polish with three plain Newton steps (numpy.linalg.solve), then check the gradient vanishes.
    for _ in range(3):
        w = w - np.linalg.solve(h(w), g(w))
    assert np.max(np.abs(g(w))) < 1e-9, (res, g(w))
    return w


def platt(s, y):
    """Platt (1999) smoothed targets, p = expit(a*s + b)."""
    s = np.asarray(s, float)
    y = np.asarray(y, int)
    npos, nneg = (y == 1).sum(), (y == 0).sum()
    t = np.where(y == 1, (npos + 1) / (npos + 2), 1 / (nneg + 2))
    return logistic_mle(np.column_stack([s, np.ones(len(s))]), t)


EPS = np.finfo(np.float64).eps


def beta_features(s):
    s = np.clip(np.asarray(s, float), EPS, 1 - EPS)
    return np.log(s), -np.log(1 - s)


def betacal_abm(s, y):
    """The refit logic of betacal/beta_calibration.py _beta_calibration, with exact MLE fits."""
    x1, x2 = beta_features(s)
    y = np.asarray(y, float)
    one = np.ones(len(y))
    a, b, c = logistic_mle(np.column_stack([x1, x2, one]), y)
    if a < 0:
        b, c = logistic_mle(np.column_stack([x2, one]), y)
        a = 0.0
    elif b < 0:
        a, c = logistic_mle(np.column_stack([x1, one]), y)
        b = 0.0
    return a, b, c


def beta_predict(abc, s):
    a, b, c = abc
    x1, x2 = beta_features(s)
    return special.expit(a * x1 + b * x2 + c)


print("== Platt, scikit-learn test_sigmoid_calibration: scores [5, -4, 1], outcomes [1, 0, 0]")
a, b = platt([5, -4, 1], [1, 0, 0])
print("a =", fmt(a), " b =", fmt(b))

print("== Platt on probabilities (s = logit p)")
P = np.array([0.1, 0.25, 0.3, 0.45, 0.5, 0.6, 0.7, 0.8, 0.85, 0.95])
Y = np.array([0, 0, 1, 0, 1, 0, 1, 1, 1, 1])
a, b = platt(special.logit(P), Y)
print("p =", P.tolist(), " y =", Y.tolist())
print("a =", fmt(a), " b =", fmt(b))
print("calibrate(0.2) =", fmt(special.expit(a * special.logit(0.2) + b)))

# betacal/python tests/test_beta_calibration.py, generate_scores_and_y(0.8, 0.4, 40, 42)
S = np.array([0.43155171, 0.81164906, 0.66544901, 0.53177918, 0.15549116, 0.16259166,
              0.36480309, 0.81877874, 0.94360637, 0.73610746, 0.55979712, 0.85662239,
              0.38039252, 0.7806386, 0.38548359, 0.7468978, 0.26136641, 0.21377051,
              0.01270956, 0.05394571, 0.51571459, 0.31820521, 0.65717799, 0.25428535,
              0.45378324, 0.62464611, 0.20519146, 0.87777557, 0.11439908, 0.53848995,
              0.64487573, 0.08061064, 0.46484883, 0.40406019, 0.81670188, 0.9357303,
              0.40183604, 0.09328503, 0.9462795, 0.26967112])
YS = np.array([0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
               0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0])
print("== Beta calibration on the betacal test data")
abc = betacal_abm(S, YS)
print("a, b, c =", ", ".join(fmt(v) for v in abc))
pred = beta_predict(abc, S)
print("pred[0], pred[18], pred[38] =", fmt(pred[0]), fmt(pred[18]), fmt(pred[38]))

print("== Beta calibration, full fit has a < 0 -> refit with a = 0")
SA = np.array([0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95])
YA = np.array([1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1])
x1, x2 = beta_features(SA)
print("full fit a, b, c =", ", ".join(fmt(v) for v in logistic_mle(np.column_stack([x1, x2, np.ones(12)]), YA)))
print("a, b, c =", ", ".join(fmt(v) for v in betacal_abm(SA, YA)))

print("== Beta calibration, full fit has b < 0 -> refit with b = 0")
SB = np.array([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98])
YB = np.array([0, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0])
x1, x2 = beta_features(SB)
print("full fit a, b, c =", ", ".join(fmt(v) for v in logistic_mle(np.column_stack([x1, x2, np.ones(12)]), YB)))
print("a, b, c =", ", ".join(fmt(v) for v in betacal_abm(SB, YB)))

print("== Beta calibration, anti-correlated: the refit coefficient is negative too -> constant at the base rate")
SC = np.array([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98])
YC = np.array([1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0])
x1, x2 = beta_features(SC)
print("full fit a, b, c =", ", ".join(fmt(v) for v in logistic_mle(np.column_stack([x1, x2, np.ones(12)]), YC)))
print("betacal a, b, c =", ", ".join(fmt(v) for v in betacal_abm(SC, YC)), " (decreasing)")
print("constrained a = b = 0, c = logit(mean y) =", fmt(special.logit(YC.mean())))
from scipy import optimize  # noqa: E402
XC = np.column_stack([x1, x2, np.ones(12)])
nll = lambda w: np.sum(np.logaddexp(0, XC @ w) - YC * (XC @ w))  # noqa: E731
bounded = optimize.minimize(nll, np.zeros(3), method="L-BFGS-B", bounds=[(0, None), (0, None), (None, None)],
                            options={"ftol": 1e-15, "gtol": 1e-12})
print("L-BFGS-B with a, b >= 0: a, b, c =", ", ".join(fmt(v) for v in bounded.x))
