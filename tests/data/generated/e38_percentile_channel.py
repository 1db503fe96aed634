# generated: percentile channel breakout strategy using numpy percentile over rolling windows, vectorised with sliding_window_view, json
import argparse
import json

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def percentile_channel(close: np.ndarray, window: int, lo_q: float, hi_q: float):
    windows = sliding_window_view(close, window)[:-1]  # exclude today
    lo = np.full(close.shape, np.nan)
    hi = np.full(close.shape, np.nan)
    lo[window:] = np.percentile(windows, lo_q, axis=1)
    hi[window:] = np.percentile(windows, hi_q, axis=1)
    return lo, hi


def positions(close, lo, hi):
    pos = np.zeros_like(close)
    state = 0.0
    for i in range(len(close)):
        if np.isnan(lo[i]):
            continue
        if close[i] > hi[i]:
            state = 1.0
        elif close[i] < lo[i]:
            state = -1.0
        pos[i] = state
    return pos


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", type=int, default=50)
    ap.add_argument("--lo", type=float, default=25.0)
    ap.add_argument("--hi", type=float, default=75.0)
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=808)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    close = 100 * np.exp(np.cumsum(rng.standard_t(4, a.bars) * 0.007 + 0.0002))
    lo, hi = percentile_channel(close, a.window, a.lo, a.hi)
    pos = positions(close, lo, hi)
    ret = np.diff(close) / close[:-1]
    strat = pos[:-1] * ret
    eq = np.cumprod(1 + strat)
    flips = np.count_nonzero(np.diff(pos))
    order = np.argsort(strat)
    worst_days = order[:5].tolist()
    best_days = order[-5:][::-1].tolist()
    q = np.percentile(strat, [1, 5, 50, 95, 99])
    print(f"flips={flips} worst day idx={worst_days[0]} best day idx={best_days[0]}")
    print(json.dumps({
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "flips": int(flips),
        "long_share": round(float((pos == 1).mean()), 3),
        "return_quantiles": dict(zip(["p1", "p5", "p50", "p95", "p99"], np.round(q, 5).tolist())),
        "best_days": best_days,
        "worst_days": worst_days,
        "var_95": round(float(-np.percentile(strat, 5)), 5),
        "cvar_95": round(float(-strat[strat <= np.percentile(strat, 5)].mean()), 5),
    }))


if __name__ == "__main__":
    main()
