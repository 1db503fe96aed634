# generated: opening range breakout on synthetic minute bars with layered config (defaults < preset < CLI) via collections.ChainMap, output json
import argparse
import json
from collections import ChainMap

import numpy as np
import pandas as pd

DEFAULTS = {"range_minutes": 30, "target_mult": 2.0, "stop_mult": 1.0, "days": 250, "seed": 11}
PRESETS = {
    "conservative": {"target_mult": 1.0, "stop_mult": 0.5},
    "aggressive": {"range_minutes": 15, "target_mult": 3.0},
    "default": {},
}


def minute_bars(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frames = []
    px = 400.0
    for d in pd.bdate_range("2023-01-02", periods=days):
        idx = pd.date_range(d + pd.Timedelta(hours=9, minutes=30), periods=390, freq="min")
        drift = rng.normal(0, 0.00005)
        path = px * np.exp(np.cumsum(rng.normal(drift, 0.0007, 390)))
        frames.append(pd.DataFrame({"price": path}, index=idx))
        px = path[-1] * np.exp(rng.normal(0, 0.004))
    return pd.concat(frames)


def orb_day(day: pd.Series, cfg) -> float:
    opening = day.iloc[: cfg["range_minutes"]]
    hi, lo = opening.max(), opening.min()
    width = hi - lo
    rest = day.iloc[cfg["range_minutes"]:]
    for ts, px in rest.items():
        if px > hi:
            target, stop, side, entry = hi + cfg["target_mult"] * width, hi - cfg["stop_mult"] * width, 1, hi
            break
        if px < lo:
            target, stop, side, entry = lo - cfg["target_mult"] * width, lo + cfg["stop_mult"] * width, -1, lo
            break
    else:
        return 0.0
    after = rest.loc[ts:]
    for px in after.values:
        if (side == 1 and (px >= target or px <= stop)) or (side == -1 and (px <= target or px >= stop)):
            return side * (px / entry - 1)
    return side * (after.iloc[-1] / entry - 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", choices=sorted(PRESETS), default="default")
    ap.add_argument("--range-minutes", type=int, dest="range_minutes")
    ap.add_argument("--target-mult", type=float, dest="target_mult")
    ap.add_argument("--stop-mult", type=float, dest="stop_mult")
    ap.add_argument("--days", type=int)
    ap.add_argument("--seed", type=int)
    ns = ap.parse_args()
    cli = {k: v for k, v in vars(ns).items() if v is not None and k != "preset"}
    cfg = ChainMap(cli, PRESETS[ns.preset], DEFAULTS)
    bars = minute_bars(cfg["days"], cfg["seed"])
    daily = bars["price"].groupby(bars.index.date).apply(lambda s: orb_day(s, cfg))
    traded = daily[daily != 0]
    eq = (1 + daily).cumprod()
    print(f"preset={ns.preset}; effective config: {dict(cfg)}")
    print(json.dumps({
        "config": dict(cfg),
        "days": int(len(daily)),
        "trades": int(len(traded)),
        "win_rate": round(float((traded > 0).mean()), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(daily.mean() / daily.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
