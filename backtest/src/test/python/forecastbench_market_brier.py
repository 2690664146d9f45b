"""Market Brier score over every row of ../shared/data/forecastbench-markets.csv (its README: 0.0617).

Run from the repository root: python3 backtest/src/test/python/forecastbench_market_brier.py
"""
import csv
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/forecastbench-markets.csv"
with open(path, newline="") as f:
    rows = list(csv.DictReader(f))
brier = sum((float(r["price"]) - int(r["outcome"])) ** 2 for r in rows) / len(rows)
print(len(rows), "rows,", len({(r["source"], r["id"]) for r in rows}), "questions, market Brier", repr(brier))
