# generated: run three simple rules (gap fade, inside-day breakout, 3-day pullback) on synthetic OHLC and aggregate trade stats per rule with collections.defaultdict and Counter, json
import argparse
import json
from collections import Counter, defaultdict

import numpy as np
import pandas as pd


def ohlc(n, seed):
    rng = np.random.default_rng(seed)
    c = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, n)))
    o = np.r_[c[0], c[:-1]] * np.exp(rng.normal(0, 0.004, n))
    h = np.maximum(o, c) * (1 + np.abs(rng.normal(0, 0.005, n)))
    l = np.minimum(o, c) * (1 - np.abs(rng.normal(0, 0.005, n)))
    return pd.DataFrame({"open": o, "high": h, "low": l, "close": c},
                        index=pd.bdate_range("2013-01-01", periods=n))


def gap_fade(df, i):
    gap = df.open.iat[i] / df.close.iat[i - 1] - 1
    if abs(gap) > 0.006:
        side = -np.sign(gap)
        return side, df.open.iat[i], df.close.iat[i]
    return None


def inside_day_breakout(df, i):
    if df.high.iat[i - 1] < df.high.iat[i - 2] and df.low.iat[i - 1] > df.low.iat[i - 2]:
        if df.high.iat[i] > df.high.iat[i - 1]:
            return 1, df.high.iat[i - 1], df.close.iat[i]
        if df.low.iat[i] < df.low.iat[i - 1]:
            return -1, df.low.iat[i - 1], df.close.iat[i]
    return None


def pullback(df, i):
    if i < 200:
        return None
    above_trend = df.close.iat[i - 1] > df.close.iloc[i - 200:i].mean()
    three_down = all(df.close.iat[i - k] < df.close.iat[i - k - 1] for k in (1, 2, 3))
    if above_trend and three_down:
        return 1, df.open.iat[i], df.close.iat[i]
    return None


RULES = {"gap_fade": gap_fade, "inside_day": inside_day_breakout, "pullback": pullback}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=3636)
    ap.add_argument("--rules", nargs="*", choices=list(RULES), default=list(RULES))
    args = ap.parse_args()

    df = ohlc(args.n, args.seed)
    pnl = defaultdict(list)
    by_weekday = defaultdict(Counter)
    for i in range(3, len(df)):
        for name in args.rules:
            res = RULES[name](df, i)
            if res is None:
                continue
            side, entry, exit_ = res
            ret = side * (exit_ / entry - 1)
            pnl[name].append(ret)
            by_weekday[name][df.index[i].day_name()[:3]] += 1

    summary = {}
    for name, rets in pnl.items():
        a = np.array(rets)
        outcome = Counter("win" if x > 0 else "loss" for x in rets)
        summary[name] = {
            "trades": len(a),
            "mean_bps": round(float(a.mean() * 1e4), 2),
            "t_stat": round(float(a.mean() / a.std(ddof=1) * np.sqrt(len(a))), 2) if len(a) > 1 else None,
            "outcomes": dict(outcome),
            "by_weekday": dict(by_weekday[name]),
        }
        print("{:<12} n={:>4} mean={:>7.2f}bps".format(name, len(a), a.mean() * 1e4))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
