# generated: choose between trend-following and mean-reversion based on rolling Hurst exponent estimate, numpy only, print json stats
import argparse
import json
import math

import numpy as np


def hurst_rs(x: np.ndarray, min_chunk: int = 8) -> float:
    """Rescaled-range estimate of the Hurst exponent of a return series."""
    n = len(x)
    sizes = []
    size = min_chunk
    while size <= n // 2:
        sizes.append(size)
        size *= 2
    rs_vals = []
    for s in sizes:
        chunks = x[: (n // s) * s].reshape(-1, s)
        dev = np.cumsum(chunks - chunks.mean(axis=1, keepdims=True), axis=1)
        r = dev.max(axis=1) - dev.min(axis=1)
        sd = chunks.std(axis=1)
        ok = sd > 0
        rs_vals.append(np.mean(r[ok] / sd[ok]))
    slope, _ = np.polyfit(np.log(sizes), np.log(rs_vals), 1)
    return float(slope)


def variance_ratio(x: np.ndarray, q: int) -> float:
    var1 = np.var(x, ddof=1)
    agg = np.convolve(x, np.ones(q), mode="valid")
    return float(np.var(agg, ddof=1) / (q * var1)) if var1 > 0 else 1.0


def regime_switching_returns(n, seed):
    rng = np.random.default_rng(seed)
    out = np.empty(n)
    phi = 0.0
    for i in range(n):
        if i % 300 == 0:
            phi = rng.choice([-0.3, 0.3])
        prev = out[i - 1] if i else 0.0
        out[i] = phi * prev + rng.normal(0, 0.01)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--window", type=int, default=256)
    ap.add_argument("--band", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=88)
    args = ap.parse_args()

    r = regime_switching_returns(args.n, args.seed)
    strat = np.zeros(args.n)
    hursts, vrs = [], []
    modes = {"trend": 0, "revert": 0, "flat": 0}
    for t in range(args.window, args.n - 1):
        hist = r[t - args.window:t]
        h = hurst_rs(hist)
        vr = variance_ratio(hist, 5)
        hursts.append(h)
        vrs.append(vr)
        if h > 0.5 + args.band:
            pos = math.copysign(1.0, r[t])
            modes["trend"] += 1
        elif h < 0.5 - args.band:
            pos = -math.copysign(1.0, r[t])
            modes["revert"] += 1
        else:
            pos = 0.0
            modes["flat"] += 1
        strat[t + 1] = pos * r[t + 1]
        if t % 1000 == 0:
            print(f"t={t} hurst={h:.3f} vr5={vr:.3f}")

    eq = np.cumprod(1 + strat)
    active = strat[strat != 0]
    print(json.dumps({
        "final_equity": round(float(eq[-1]), 4),
        "sharpe": round(float(strat.mean() / strat.std() * math.sqrt(252)), 3),
        "max_drawdown": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "mean_hurst": round(float(np.mean(hursts)), 4),
        "hurst_p10_p90": [round(float(v), 4) for v in np.percentile(hursts, [10, 90])],
        "corr_hurst_vr": round(float(np.corrcoef(hursts, vrs)[0, 1]), 3),
        "modes": modes,
        "hit_rate": round(float((active > 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
