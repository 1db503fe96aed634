# generated: estimate the Hurst exponent with rescaled range (R/S) analysis on a rolling window and switch between trend following (H>0.55) and mean reversion (H<0.45); synthetic regime data; print JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


def rs_hurst(x: np.ndarray, min_chunk: int = 8) -> float:
    n = len(x)
    sizes = []
    size = min_chunk
    while size <= n // 2:
        sizes.append(size)
        size *= 2
    rs_vals = []
    for s in sizes:
        chunks = n // s
        rs = []
        for k in range(chunks):
            seg = x[k * s:(k + 1) * s]
            dev = np.cumsum(seg - seg.mean())
            r = dev.max() - dev.min()
            sd = seg.std()
            if sd > 0:
                rs.append(r / sd)
        rs_vals.append(np.mean(rs))
    slope, _ = np.polyfit(np.log(sizes), np.log(rs_vals), 1)
    return float(slope)


def regime_returns(days: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = np.zeros(days)
    phi = 0.0
    for t in range(1, days):
        if t % 250 == 0:
            phi = rng.choice([-0.3, 0.0, 0.3])
        out[t] = phi * out[t - 1] + rng.normal(0.0002, 0.01)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2500)
    ap.add_argument("--window", type=int, default=128)
    ap.add_argument("--hi", type=float, default=0.55)
    ap.add_argument("--lo", type=float, default=0.45)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()

    r = regime_returns(a.days, a.seed)
    idx = pd.bdate_range("2012-01-02", periods=a.days)
    hurst = np.full(a.days, np.nan)
    for t in range(a.window, a.days):
        hurst[t] = rs_hurst(r[t - a.window:t])

    pos = np.zeros(a.days)
    mode = np.array(["flat"] * a.days, dtype=object)
    for t in range(a.window, a.days - 1):
        h = hurst[t]
        if h > a.hi:
            pos[t] = np.sign(r[t])
            mode[t] = "trend"
        elif h < a.lo:
            pos[t] = -np.sign(r[t])
            mode[t] = "revert"
    strat = np.r_[0.0, pos[:-1] * r[1:]]
    s = pd.Series(strat, index=idx)
    eq = (1 + s).cumprod()
    counts = pd.Series(mode).value_counts().to_dict()
    print(f"median Hurst {np.nanmedian(hurst):.3f}; modes {counts}")
    print(json.dumps({
        "median_hurst": round(float(np.nanmedian(hurst)), 3),
        "mode_days": {k: int(v) for k, v in counts.items()},
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(s.mean() / s.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "buy_hold": round(float(np.prod(1 + r) - 1), 4),
    }))


if __name__ == "__main__":
    main()
