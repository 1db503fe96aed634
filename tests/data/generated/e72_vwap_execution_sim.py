# generated: simulate VWAP vs TWAP execution of a large parent order over a synthetic intraday volume curve, report slippage in JSON
import argparse
import json
import math

import numpy as np


def u_shaped_volume(n_buckets: int) -> np.ndarray:
    x = np.linspace(-1, 1, n_buckets)
    curve = 1 + 1.5 * x ** 2
    return curve / curve.sum()


def simulate_day(rng, n_buckets, start_px, vol):
    shares = rng.lognormal(0, 0.3, n_buckets) * u_shaped_volume(n_buckets) * 1e6
    prices = start_px * np.exp(np.cumsum(rng.normal(0, vol / math.sqrt(n_buckets), n_buckets)))
    return prices, shares


def execute(prices, market_vol, schedule, impact):
    fills = []
    for px, mv, qty in zip(prices, market_vol, schedule):
        participation = qty / mv
        fills.append(px * (1 + impact * math.sqrt(max(participation, 0.0))))
    fills = np.array(fills)
    return float((fills * schedule).sum() / schedule.sum())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--order", type=float, default=200_000, help="shares to buy")
    ap.add_argument("--buckets", type=int, default=78, help="5-minute buckets")
    ap.add_argument("--days", type=int, default=250)
    ap.add_argument("--impact", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    profile = u_shaped_volume(a.buckets)
    results = {"vwap": [], "twap": [], "front": []}
    px = 50.0
    for _ in range(a.days):
        prices, vol = simulate_day(rng, a.buckets, px, 0.015)
        market_vwap = float((prices * vol).sum() / vol.sum())
        schedules = {
            "vwap": a.order * profile,
            "twap": np.full(a.buckets, a.order / a.buckets),
            "front": a.order * np.r_[np.full(a.buckets // 4, 4 / a.buckets), np.zeros(a.buckets - a.buckets // 4)],
        }
        for name, sched in schedules.items():
            sched = sched * a.order / sched.sum()
            avg = execute(prices, vol, sched, a.impact)
            results[name].append((avg / market_vwap - 1) * 1e4)
        px = prices[-1]
    summary = {name: {"mean_bps": round(float(np.mean(v)), 2), "std_bps": round(float(np.std(v)), 2),
                      "p95_bps": round(float(np.percentile(v, 95)), 2)} for name, v in results.items()}
    best = min(summary, key=lambda k: summary[k]["mean_bps"])
    for k, v in summary.items():
        print(f"{k:>6}: {v['mean_bps']:+.2f} bps (sd {v['std_bps']:.2f})")
    print(json.dumps({"slippage_vs_market_vwap": summary, "best": best, "days": a.days}))


if __name__ == "__main__":
    main()
