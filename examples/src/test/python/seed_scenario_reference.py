"""Reference forecasts for the seed scenario, computed independently of forecast4j with numpy and scipy.

Run:  python3 examples/src/test/python/seed_scenario_reference.py
SeedScenarioTest quotes the printed values beside its assertions.

It reads examples/seed-scenario/{scenario.json, events.jsonl, questions.json, specs/*.json, reference-classes/*.csv}
and recomputes, as of a time t:
  - which events each question sees: published <= t and sharing an entity with the question;
  - each feature: decayed-sum = sum of credibility * 2^(-age/halfLife) (age from occurred, in days of 86,400 s);
    count = events that occurred in (t - window, t]; elapsed-fraction = (t - opened)/(deadline - opened) in [0, 1];
  - the base rate: Tokyo, a Gamma-Poisson hazard, posterior Gamma(0.5 + visits, 0 + years), horizon = the part of
    the window [2026-01-01 JST, deadline] after t, as a fraction of the window (one year of exposure);
    P = 1 - (R/(R + h))^A, prior log-odds = logit P, sd = sd of log(expm1(lambda h)) by quadrature over log lambda.
    Crystal Land, a Beta-binomial: Beta(0.5 + k, 0.5 + n - k), prior log-odds = logit(mean),
    sd = sqrt(trigamma(A) + trigamma(B));
  - log-odds = prior + sum LLR_i x_i; p = sigmoid; 90% interval sigmoid(t -/+ z sqrt(sd0^2 + sum x_i^2 sd_i^2)).
"""
import csv
import json
import os
from datetime import datetime, timezone

import numpy as np
from scipy import integrate, special, stats

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "seed-scenario"))
fmt = lambda v: format(float(v), ".17g")


def instant(text):
    if len(text) == 10:
        text += "T00:00:00+00:00"
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


DAY = 86400.0
scenario = json.load(open(os.path.join(DIR, "scenario.json")))
events = [json.loads(line) for line in open(os.path.join(DIR, scenario["events"]))]
questions = {q["id"]: q for q in json.load(open(os.path.join(DIR, scenario["questions"])))}
z = stats.norm.ppf(0.95)


def hazard_prior(A, R, h):
    logq = -A * np.log1p(h / R)
    p = -np.expm1(logq)
    t0 = np.log(p) - logq
    g = lambda x: x + np.log(-np.expm1(-x))
    dens = lambda s: np.exp(A * s - R * np.exp(s) + A * np.log(R) - special.gammaln(A))
    lo, hi = np.log(A / R) - 60 / A - 5, np.log(A / R) + 6
    q = lambda f: integrate.quad(f, lo, hi, epsabs=1e-15, epsrel=1e-13, limit=1000)[0]
    mean = q(lambda s: g(h * np.exp(s)) * dens(s))
    sd = np.sqrt(q(lambda s: (g(h * np.exp(s)) - mean) ** 2 * dens(s)))
    lam = stats.gamma.ppf([0.05, 0.95], A, scale=1 / R)
    return p, t0, sd, -np.expm1(-lam * h)


def forecast(entry, t):
    q = questions[entry["question"]]
    spec = json.load(open(os.path.join(DIR, entry["spec"])))
    rows = list(csv.DictReader(open(os.path.join(DIR, entry["referenceClass"]))))
    column = [float(r[entry["column"]]) for r in rows]
    deadline, opened = instant(q["deadline"]), instant(q["opened"])
    if entry["baseRate"] == "gamma-poisson-hazard":
        A, R = entry["priorShape"] + sum(column), entry["priorRate"] + len(rows)
        start = instant(entry["windowStart"])
        h = entry["windowExposure"] * (deadline - max(t, start)) / (deadline - start)
        p0, t0, sd0, interval0 = hazard_prior(A, R, h)
        base = f"hazard Gamma({A}, {R}) h={fmt(h)}"
    else:
        A, B = entry["priorAlpha"] + sum(column), entry["priorBeta"] + len(rows) - sum(column)
        p0 = A / (A + B)
        t0 = special.logit(p0)
        sd0 = np.sqrt(special.polygamma(1, A) + special.polygamma(1, B))
        interval0 = stats.beta.ppf([0.05, 0.95], A, B)
        base = f"beta-binomial Beta({A}, {B})"
    seen = [e for e in events if instant(e["published"]) <= t and set(e["entities"]) & set(q["entities"])]
    llr = {e["feature"]: (e["logLikelihoodRatio"], e["sd"]) for e in entry["evidence"]}
    total, var = t0, sd0 ** 2
    print(f"== {q['id']} as of {datetime.fromtimestamp(t, timezone.utc).isoformat()}: {len(seen)} events seen; {base}")
    print(f"   base rate p0 = {fmt(p0)}  t0 = {fmt(t0)}  sd0 = {fmt(sd0)}  90% = {fmt(interval0[0])} {fmt(interval0[1])}")
    for f in spec["features"]:
        kind = f["kind"]
        if kind == "decayed-sum":
            x = sum(e["credibility"] * 2 ** (-(t - instant(e["occurred"])) / DAY / f["halfLifeDays"])
                    for e in seen if e["type"] == f["type"])
        elif kind == "count":
            x = sum(1 for e in seen if e["type"] == f["type"] and instant(e["occurred"]) > t - f["windowDays"] * DAY)
        elif kind == "elapsed-fraction":
            x = min(1.0, max(0.0, (t - opened) / (deadline - opened)))
        else:
            raise ValueError(kind)
        lam, s = llr[f["name"]]
        total += lam * x
        var += (x * s) ** 2
        print(f"   {f['name']:20s} x = {fmt(x):24s} contribution = {fmt(lam * x)}")
    p = special.expit(total)
    print(f"   log-odds = {fmt(total)}  p = {fmt(p)}  90% = {fmt(special.expit(total - z * np.sqrt(var)))} "
          f"{fmt(special.expit(total + z * np.sqrt(var)))}")


for when in ["2025-12-06T00:00:00+00:00", "2025-05-26T00:00:00+00:00", "2026-07-01T00:00:00+00:00"]:
    for entry in scenario["forecasts"]:
        forecast(entry, instant(when))
