# generated: Bollinger band breakout vs reversion comparison, choose mode with argparse choices
import argparse
import json
import math
import statistics

import numpy as np
import pandas as pd

MODES = ("reversion", "breakout")


def random_walk(n, seed, start=250.0, drift=0.0001, vol=0.013):
    rng = np.random.default_rng(seed)
    steps = rng.standard_t(df=4, size=n) * vol / math.sqrt(2) + drift
    return pd.Series(start * np.exp(np.cumsum(steps)), index=pd.bdate_range("2016-01-04", periods=n))


def bands(close, window, width):
    mid = close.rolling(window).mean()
    sd = close.rolling(window).std()
    return mid, mid + width * sd, mid - width * sd


def positions_for(mode, close, mid, upper, lower):
    pos = pd.Series(np.nan, index=close.index)
    if mode == "reversion":
        pos[close < lower] = 1
        pos[close > upper] = -1
        pos[(close - mid).abs() < 0.1 * (upper - mid)] = 0
    else:
        pos[close > upper] = 1
        pos[close < lower] = -1
        crossed_mid = np.sign(close - mid) != np.sign(close.shift(1) - mid.shift(1))
        pos[crossed_mid] = 0
    return pos.ffill().fillna(0)


def perf(ret):
    ret = ret.dropna()
    eq = (1 + ret).cumprod()
    daily = list(ret.values)
    sd = statistics.pstdev(daily)
    return {
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(statistics.fmean(daily) / sd * math.sqrt(252), 3) if sd else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "skew": round(float(ret.skew()), 3),
    }


def main():
    ap = argparse.ArgumentParser(description="Bollinger bands strategy")
    ap.add_argument("--mode", choices=MODES + ("both",), default="both")
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--width", type=float, default=2.0)
    ap.add_argument("--bars", type=int, default=1800)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    close = random_walk(args.bars, args.seed)
    mid, upper, lower = bands(close, args.window, args.width)
    rets = close.pct_change()
    modes = MODES if args.mode == "both" else (args.mode,)
    results = {}
    for mode in modes:
        pos = positions_for(mode, close, mid, upper, lower)
        strat = pos.shift(1) * rets
        results[mode] = perf(strat)
        results[mode]["avg_abs_position"] = round(float(pos.abs().mean()), 3)
        print("{:<10s} total={:+.2%} sharpe={:.2f}".format(mode, results[mode]["total_return"], results[mode]["sharpe"]))
    best = max(results, key=lambda m: results[m]["sharpe"])
    print(json.dumps({"window": args.window, "width": args.width, "results": results, "best_mode": best}))


if __name__ == "__main__":
    main()
