# generated: permanent portfolio (25% stocks, bonds, gold, cash) with threshold rebalancing, target weights as fractions.Fraction so they sum exactly to 1; synthetic returns; print JSON
import argparse
import json
import math
from fractions import Fraction

import numpy as np
import pandas as pd

TARGETS = {
    "stocks": Fraction(1, 4),
    "bonds": Fraction(1, 4),
    "gold": Fraction(1, 4),
    "cash": Fraction(1, 4),
}
PARAMS = {  # annual mean, annual vol
    "stocks": (0.08, 0.17),
    "bonds": (0.04, 0.08),
    "gold": (0.04, 0.15),
    "cash": (0.02, 0.005),
}


def simulate(days, seed):
    rng = np.random.default_rng(seed)
    out = {}
    for k, (mu, sd) in PARAMS.items():
        out[k] = rng.normal(mu / 252, sd / math.sqrt(252), days)
    return pd.DataFrame(out, index=pd.bdate_range("1995-01-02", periods=days))


def backtest(rets: pd.DataFrame, band: float, check_every: int):
    assert sum(TARGETS.values()) == 1, "targets must sum to exactly one"
    tw = np.array([float(TARGETS[c]) for c in rets.columns])
    holdings = tw.copy()
    values = []
    rebalance_dates = []
    for i, (ts, row) in enumerate(rets.iterrows()):
        holdings = holdings * (1 + row.to_numpy())
        total = holdings.sum()
        values.append(total)
        if i % check_every == 0:
            w = holdings / total
            if np.max(np.abs(w - tw)) > band:
                holdings = tw * total
                rebalance_dates.append(ts)
    return pd.Series(values, index=rets.index), rebalance_dates


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--band", type=float, default=0.10)
    ap.add_argument("--check-every", type=int, default=5, help="days between drift checks")
    ap.add_argument("--days", type=int, default=252 * 25)
    ap.add_argument("--seed", type=int, default=25)
    a = ap.parse_args()

    rets = simulate(a.days, a.seed)
    results = {}
    for band in (a.band / 2, a.band, a.band * 2, 10.0):
        eq, dates = backtest(rets, band, a.check_every)
        r = eq.pct_change().dropna()
        label = "never" if band >= 1 else f"{band:.0%}"
        results[label] = {
            "cagr": round(float(eq.iloc[-1] ** (252 / len(eq)) - 1), 4),
            "vol": round(float(r.std() * math.sqrt(252)), 4),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
            "rebalances": len(dates),
            "first_rebalance": str(dates[0].date()) if dates else None,
        }
        print(f"band {label:>6}: {results[label]['rebalances']:3d} rebalances, CAGR {results[label]['cagr']:.2%}")
    print(json.dumps({"targets": {k: str(v) for k, v in TARGETS.items()}, "results": results}))


if __name__ == "__main__":
    main()
