# generated: fully vectorised numpy Donchian channel trend following across 10 synthetic futures with inverse-vol sizing; print JSON portfolio stats
import argparse
import json

import numpy as np


def rolling_max(a: np.ndarray, w: int) -> np.ndarray:
    out = np.full_like(a, np.nan)
    view = np.lib.stride_tricks.sliding_window_view(a, w, axis=0)
    out[w - 1:] = view.max(axis=-1)
    return out


def rolling_min(a: np.ndarray, w: int) -> np.ndarray:
    out = np.full_like(a, np.nan)
    view = np.lib.stride_tricks.sliding_window_view(a, w, axis=0)
    out[w - 1:] = view.min(axis=-1)
    return out


def rolling_std(a: np.ndarray, w: int) -> np.ndarray:
    out = np.full_like(a, np.nan)
    view = np.lib.stride_tricks.sliding_window_view(a, w, axis=0)
    out[w - 1:] = view.std(axis=-1, ddof=1)
    return out


def simulate(n_days, n_assets, rng):
    vols = rng.uniform(0.005, 0.025, n_assets)
    drift = rng.normal(0, 0.0003, n_assets)
    persistent = np.cumsum(rng.normal(0, 0.00005, (n_days, n_assets)), axis=0)
    r = drift + persistent + rng.standard_normal((n_days, n_assets)) * vols
    return np.exp(np.cumsum(r, axis=0)) * 100, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=10)
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--entry", type=int, default=50)
    ap.add_argument("--exit", type=int, default=20)
    ap.add_argument("--vol-window", type=int, default=60)
    ap.add_argument("--target-vol", type=float, default=0.15)
    ap.add_argument("--seed", type=int, default=1234)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    px, r = simulate(a.days, a.assets, rng)

    hi_in = np.roll(rolling_max(px, a.entry), 1, axis=0)
    lo_in = np.roll(rolling_min(px, a.entry), 1, axis=0)
    hi_out = np.roll(rolling_max(px, a.exit), 1, axis=0)
    lo_out = np.roll(rolling_min(px, a.exit), 1, axis=0)

    pos = np.zeros_like(px)
    for t in range(a.entry + 1, a.days):
        prev = pos[t - 1]
        cur = prev.copy()
        cur = np.where((prev == 0) & (px[t] > hi_in[t]), 1, cur)
        cur = np.where((prev == 0) & (px[t] < lo_in[t]), -1, cur)
        cur = np.where((prev == 1) & (px[t] < lo_out[t]), 0, cur)
        cur = np.where((prev == -1) & (px[t] > hi_out[t]), 0, cur)
        pos[t] = cur

    vol = rolling_std(r, a.vol_window) * np.sqrt(252)
    size = np.nan_to_num(a.target_vol / np.sqrt(a.assets) / vol)
    w = pos * size
    port = np.nansum(w[:-1] * r[1:], axis=1)

    eq = np.exp(np.cumsum(port))
    dd = eq / np.maximum.accumulate(eq) - 1
    ann = port.mean() * 252
    ann_vol = port.std() * np.sqrt(252)
    per_asset = np.nansum(w[:-1] * r[1:], axis=0) * 252 / len(port)
    order = np.argsort(per_asset)[::-1]
    print("best assets:", ", ".join(f"F{i}" for i in order[:3]))
    print(json.dumps({
        "ann_return": round(float(ann), 4),
        "ann_vol": round(float(ann_vol), 4),
        "sharpe": round(float(ann / ann_vol), 3),
        "max_dd": round(float(dd.min()), 4),
        "avg_gross_leverage": round(float(np.abs(w).sum(axis=1).mean()), 3),
        "pct_long": round(float((pos > 0).mean()), 3),
        "pct_short": round(float((pos < 0).mean()), 3),
        "per_asset_ann": {f"F{i}": round(float(per_asset[i]), 4) for i in range(a.assets)},
    }))


if __name__ == "__main__":
    main()
