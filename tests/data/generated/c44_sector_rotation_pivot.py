# generated: sector rotation strategy: pivot long-format sector returns, rank by 3-month momentum, hold top 3, rebalance monthly; print JSON
import argparse
import json

import numpy as np
import pandas as pd

SECTORS = ["XLK", "XLF", "XLV", "XLE", "XLI", "XLY", "XLP", "XLU", "XLB", "XLRE", "XLC"]


def long_format_returns(days, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2012-01-02", periods=days)
    mkt = rng.normal(0.0003, 0.009, days)
    recs = []
    for i, s in enumerate(SECTORS):
        beta = 0.7 + 0.05 * i
        alpha_path = np.repeat(rng.normal(0, 0.0004, days // 63 + 1), 63)[:days]  # persistent quarterly alpha
        r = beta * mkt + alpha_path + rng.normal(0, 0.007, days)
        recs.append(pd.DataFrame({"date": dates, "sector": s, "ret": r}))
    return pd.concat(recs, ignore_index=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--lookback-months", type=int, default=3)
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--seed", type=int, default=46)
    a = ap.parse_args()

    long_df = long_format_returns(a.days, a.seed)
    wide = long_df.pivot(index="date", columns="sector", values="ret")[SECTORS]
    monthly = (1 + wide).resample("M").prod() - 1
    mom = (1 + monthly).rolling(a.lookback_months).apply(np.prod, raw=True) - 1
    ranks = mom.rank(axis=1, ascending=False)
    picks = (ranks <= a.top).astype(float)
    weights = picks.div(picks.sum(axis=1), axis=0).shift(1)

    port = (weights * monthly).sum(axis=1, min_count=1).dropna()
    bench = monthly.mean(axis=1).loc[port.index]
    excess = port - bench
    eq = (1 + port).cumprod()

    holding_freq = picks.shift(1).loc[port.index].mean().sort_values(ascending=False)
    stacked = weights.stack().rename("w").reset_index()
    avg_names = stacked[stacked.w > 0].groupby("date")["sector"].count().mean()
    print("holding frequency:", holding_freq.round(2).to_dict())
    print(json.dumps({
        "months": int(len(port)),
        "ann_return": round(float((1 + port).prod() ** (12 / len(port)) - 1), 4),
        "bench_ann_return": round(float((1 + bench).prod() ** (12 / len(bench)) - 1), 4),
        "info_ratio": round(float(excess.mean() / excess.std() * np.sqrt(12)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_names_held": round(float(avg_names), 2),
        "most_held": holding_freq.index[0],
    }))


if __name__ == "__main__":
    main()
