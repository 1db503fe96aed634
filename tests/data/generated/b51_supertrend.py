# generated: SuperTrend indicator strategy (ATR bands that flip), loop implementation with numpy arrays, argparse, output stats json rounded to 4 decimals
import argparse
import json

import numpy as np
import pandas as pd


def supertrend(high, low, close, period=10, mult=3.0):
    n = len(close)
    tr = np.empty(n)
    tr[0] = high[0] - low[0]
    tr[1:] = np.maximum(high[1:] - low[1:], np.maximum(abs(high[1:] - close[:-1]), abs(low[1:] - close[:-1])))
    atr = pd.Series(tr).ewm(alpha=1 / period, adjust=False).mean().to_numpy()
    hl2 = (high + low) / 2
    upper = hl2 + mult * atr
    lower = hl2 - mult * atr
    final_upper = upper.copy()
    final_lower = lower.copy()
    direction = np.ones(n, dtype=int)
    for i in range(1, n):
        final_upper[i] = upper[i] if upper[i] < final_upper[i - 1] or close[i - 1] > final_upper[i - 1] else final_upper[i - 1]
        final_lower[i] = lower[i] if lower[i] > final_lower[i - 1] or close[i - 1] < final_lower[i - 1] else final_lower[i - 1]
        if close[i] > final_upper[i - 1]:
            direction[i] = 1
        elif close[i] < final_lower[i - 1]:
            direction[i] = -1
        else:
            direction[i] = direction[i - 1]
    line = np.where(direction == 1, final_lower, final_upper)
    return direction, line


def main():
    ap = argparse.ArgumentParser(description="SuperTrend backtest")
    ap.add_argument("--period", type=int, default=10)
    ap.add_argument("--mult", type=float, default=3.0)
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--long-only", action="store_true")
    ap.add_argument("--seed", type=int, default=2222)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = 200 * np.exp(np.cumsum(rng.normal(0.0002, 0.013, args.n)))
    spread = np.abs(rng.normal(0, 0.007, args.n)) * close
    high, low = close + spread, close - spread

    direction, line = supertrend(high, low, close, args.period, args.mult)
    pos = np.clip(direction, 0, 1) if args.long_only else direction
    rets = np.r_[0.0, np.diff(close) / close[:-1]]
    strat = np.r_[0.0, pos[:-1]] * rets
    eq = np.cumprod(1 + strat)
    flips = np.flatnonzero(np.diff(direction) != 0)
    hold_lengths = np.diff(np.r_[0, flips, args.n - 1])
    print(f"{len(flips)} trend flips, median hold {np.median(hold_lengths):.0f} bars")
    print(json.dumps({
        "final_equity": round(float(eq[-1]), 4),
        "cagr": round(float(eq[-1] ** (252 / args.n) - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 4),
        "max_drawdown": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "flips": int(len(flips)),
        "pct_long": round(float((direction == 1).mean()), 4),
        "last_line_distance": round(float(close[-1] / line[-1] - 1), 4),
    }))


if __name__ == "__main__":
    main()
