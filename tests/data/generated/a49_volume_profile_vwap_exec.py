# generated: execution algorithm simulation: slice a large parent order with TWAP vs VWAP vs POV schedules on synthetic intraday volume, measure slippage vs arrival price, json
import argparse
import json
from enum import Enum
from typing import Dict

import numpy as np
import pandas as pd


class Algo(str, Enum):
    TWAP = "twap"
    VWAP = "vwap"
    POV = "pov"


def intraday(n_bins: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    u = np.linspace(0, 1, n_bins)
    profile = 1.6 - 2.4 * u + 2.6 * u ** 2
    volume = rng.gamma(4, profile / 4 * 50_000)
    price = 50 * np.exp(np.cumsum(rng.normal(0, 0.0008, n_bins)))
    return pd.DataFrame({"volume": volume, "price": price}, index=pd.RangeIndex(n_bins, name="bin"))


def schedule(algo: Algo, df: pd.DataFrame, qty: float, pov: float, hist_profile: np.ndarray) -> np.ndarray:
    n = len(df)
    if algo is Algo.TWAP:
        return np.full(n, qty / n)
    if algo is Algo.VWAP:
        return qty * hist_profile / hist_profile.sum()
    sched = np.minimum(df["volume"].values * pov, qty)
    filled = np.cumsum(sched)
    sched[filled > qty] = 0
    over = np.argmax(filled > qty) if (filled > qty).any() else None
    if over is not None:
        sched[over] = qty - (filled[over - 1] if over > 0 else 0)
    return sched


def execute(df: pd.DataFrame, child: np.ndarray, impact: float) -> Dict[str, float]:
    participation = np.divide(child, df["volume"].values, out=np.zeros_like(child), where=df["volume"].values > 0)
    fill_px = df["price"].values * (1 + impact * np.sqrt(participation))
    filled = child.sum()
    avg = float((fill_px * child).sum() / filled) if filled else float("nan")
    arrival = float(df["price"].iloc[0])
    mkt_vwap = float((df["price"] * df["volume"]).sum() / df["volume"].sum())
    return {
        "filled": round(float(filled), 0),
        "avg_price": round(avg, 4),
        "slippage_vs_arrival_bps": round((avg / arrival - 1) * 1e4, 2),
        "slippage_vs_vwap_bps": round((avg / mkt_vwap - 1) * 1e4, 2),
        "max_participation": round(float(participation.max()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qty", type=float, default=250_000)
    ap.add_argument("--bins", type=int, default=78, help="5-minute bins in a session")
    ap.add_argument("--pov", type=float, default=0.1)
    ap.add_argument("--impact", type=float, default=0.002)
    ap.add_argument("--algos", nargs="+", choices=[a.value for a in Algo], default=[a.value for a in Algo])
    ap.add_argument("--days", type=int, default=20)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()

    history = np.mean([intraday(args.bins, args.seed + 1000 + d)["volume"].values for d in range(args.days)], axis=0)
    results = {}
    for name in args.algos:
        algo = Algo(name)
        runs = [execute(df, schedule(algo, df, args.qty, args.pov, history), args.impact)
                for df in (intraday(args.bins, args.seed + d) for d in range(args.days))]
        frame = pd.DataFrame(runs)
        results[algo.value] = frame.mean().round(3).to_dict()
        print(f"{algo.name:<5} mean slippage vs vwap {results[algo.value]['slippage_vs_vwap_bps']:+.2f} bps")
    best = min(results, key=lambda k: abs(results[k]["slippage_vs_vwap_bps"]))
    print(json.dumps({"parent_qty": args.qty, "days": args.days, "results": results, "closest_to_vwap": best}))


if __name__ == "__main__":
    main()
