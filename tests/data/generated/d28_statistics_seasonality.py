# generated: day-of-week and month-of-year seasonality analysis on synthetic index returns using the statistics module and pandas groupby, then trade the best weekday; print JSON
import argparse
import json
import math
import statistics

import numpy as np
import pandas as pd

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def synthetic(days: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2006-01-02", periods=days)
    base = rng.normal(0.0002, 0.01, days)
    weekday_bias = np.array([-0.0004, 0.0002, 0.0003, 0.0, 0.0005])
    return pd.Series(base + weekday_bias[idx.dayofweek], index=idx)


def t_stat(xs) -> float:
    xs = list(xs)
    if len(xs) < 3:
        return 0.0
    return statistics.mean(xs) / (statistics.stdev(xs) / math.sqrt(len(xs)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=4500)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--split", type=float, default=0.5, help="fraction used to pick the weekday")
    a = ap.parse_args()

    r = synthetic(a.days, a.seed)
    cut = int(len(r) * a.split)
    ins, oos = r.iloc[:cut], r.iloc[cut:]

    by_dow = ins.groupby(ins.index.dayofweek)
    dow_table = {
        DAY_NAMES[d][:3]: {
            "mean_bps": round(statistics.fmean(g) * 1e4, 2),
            "median_bps": round(statistics.median(g) * 1e4, 2),
            "t": round(t_stat(g), 2),
            "n": len(g),
        }
        for d, g in by_dow
    }
    by_month = r.groupby(r.index.month).agg(["mean", "std", "count"])
    month_table = {MONTH_ABBR[m]: round(row["mean"] * 1e4, 2) for m, row in by_month.iterrows()}

    best_dow = max(range(5), key=lambda d: statistics.fmean(by_dow.get_group(d)))
    print(f"in-sample best weekday: {DAY_NAMES[best_dow]}")
    strat = oos.where(oos.index.dayofweek == best_dow, 0.0)
    eq = (1 + strat).cumprod()
    active = strat[strat != 0]
    q = statistics.quantiles(active, n=4)
    print(json.dumps({
        "best_weekday": DAY_NAMES[best_dow],
        "in_sample_dow": dow_table,
        "month_mean_bps": month_table,
        "oos": {
            "days_traded": int(len(active)),
            "total_return": round(float(eq.iloc[-1] - 1), 4),
            "mean_bps": round(statistics.fmean(active) * 1e4, 2),
            "t": round(t_stat(active), 2),
            "quartiles_bps": [round(x * 1e4, 1) for x in q],
            "sharpe_ann": round(float(strat.mean() / strat.std() * math.sqrt(252)), 3),
        },
    }))


if __name__ == "__main__":
    main()
