# generated: sector rotation strategy: build a long table of sector returns, pivot it, rank by trailing 6m return, hold top 3 each month, output json with per-sector stats
import argparse
import json
from itertools import chain

import numpy as np
import pandas as pd

SECTORS = ["tech", "health", "energy", "financials", "utilities", "staples", "discretionary", "industrials", "materials"]


def sector_returns_long(months: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.period_range("2005-01", periods=months, freq="M").to_timestamp("M")
    rows = []
    persistent = {s: rng.normal(0.006, 0.004) for s in SECTORS}
    for s in SECTORS:
        mu = persistent[s]
        shocks = rng.normal(0, 0.05, months)
        ar = np.zeros(months)
        for t in range(1, months):
            ar[t] = 0.1 * ar[t - 1] + shocks[t]
        rows.extend({"month": d, "sector": s, "ret": mu + a} for d, a in zip(dates, ar))
    return pd.DataFrame(rows)


def main():
    ap = argparse.ArgumentParser(description="Sector rotation")
    ap.add_argument("--months", type=int, default=216)
    ap.add_argument("--lookback", type=int, default=6)
    ap.add_argument("--hold", type=int, default=3, help="number of sectors to hold")
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()

    long_df = sector_returns_long(args.months, args.seed)
    wide = long_df.pivot(index="month", columns="sector", values="ret")
    trailing = (1 + wide).rolling(args.lookback).apply(np.prod, raw=True) - 1
    ranks = trailing.rank(axis=1, ascending=False)
    held = (ranks <= args.hold).shift(1, fill_value=False)
    port = (wide * held).sum(axis=1) / args.hold
    port = port.iloc[args.lookback + 1:]
    bench = wide.mean(axis=1).loc[port.index]
    excess = port - bench

    hold_freq = held.loc[port.index].mean().sort_values(ascending=False)
    stacked = held.loc[port.index].stack()
    picks = stacked[stacked].reset_index()["sector"]
    print("most held:", ", ".join(f"{s} {v:.0%}" for s, v in hold_freq.head(3).items()))
    eq = (1 + port).cumprod()
    sector_stats = wide.agg(["mean", "std"]).T
    sector_stats["sharpe"] = sector_stats["mean"] / sector_stats["std"] * np.sqrt(12)
    print(json.dumps({
        "ann_return": round(float(eq.iloc[-1] ** (12 / len(port)) - 1), 4),
        "benchmark_ann_return": round(float((1 + bench).prod() ** (12 / len(bench)) - 1), 4),
        "info_ratio": round(float(excess.mean() / excess.std() * np.sqrt(12)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "hold_frequency": hold_freq.round(3).to_dict(),
        "distinct_sectors_held": int(picks.nunique()),
        "sector_sharpe": sector_stats["sharpe"].round(3).to_dict(),
        "all_sectors": sorted(set(chain.from_iterable([SECTORS]))),
    }))


if __name__ == "__main__":
    main()
