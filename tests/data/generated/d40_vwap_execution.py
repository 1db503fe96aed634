# generated: simulate executing a large parent order with TWAP vs VWAP vs a participation-rate algo against synthetic intraday volume curves, measure implementation shortfall; print JSON
import argparse
import json
import math
from dataclasses import dataclass
from typing import Callable, Dict, List

import numpy as np


@dataclass
class ChildFill:
    bucket: int
    qty: float
    price: float


@dataclass
class ExecutionReport:
    algo: str
    fills: List[ChildFill]
    arrival: float

    @property
    def filled(self) -> float:
        return sum(f.qty for f in self.fills)

    @property
    def avg_price(self) -> float:
        return sum(f.qty * f.price for f in self.fills) / self.filled

    @property
    def shortfall_bps(self) -> float:
        return (self.avg_price / self.arrival - 1) * 1e4

    def as_dict(self) -> dict:
        return {"filled": round(self.filled, 1), "avg_price": round(self.avg_price, 4),
                "shortfall_bps": round(self.shortfall_bps, 2), "child_orders": len(self.fills)}


def volume_curve(buckets: int) -> np.ndarray:
    x = np.linspace(-1, 1, buckets)
    v = 1 + 1.5 * x ** 2
    return v / v.sum()


def twap(total, curve, market_vol):
    return np.full(len(curve), total / len(curve))


def vwap(total, curve, market_vol):
    return total * curve


def pov(total, curve, market_vol, rate=0.1):
    out = np.zeros(len(curve))
    left = total
    for i, mv in enumerate(market_vol):
        q = min(left, rate * mv)
        out[i] = q
        left -= q
    out[-1] += left  # sweep the remainder at the close
    return out


ALGOS: Dict[str, Callable] = {"twap": twap, "vwap": vwap, "pov10": pov}


def execute(schedule, prices, market_vol, impact_coef, arrival, name):
    fills = []
    for i, q in enumerate(schedule):
        if q <= 0:
            continue
        participation = q / market_vol[i]
        impact = impact_coef * math.sqrt(participation)
        fills.append(ChildFill(i, float(q), float(prices[i] * (1 + impact))))
    return ExecutionReport(name, fills, arrival)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shares", type=float, default=200_000)
    ap.add_argument("--adv", type=float, default=3_000_000)
    ap.add_argument("--buckets", type=int, default=78)
    ap.add_argument("--impact", type=float, default=0.002)
    ap.add_argument("--trials", type=int, default=200)
    ap.add_argument("--seed", type=int, default=33)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    curve = volume_curve(a.buckets)
    totals = {k: [] for k in ALGOS}
    last = {}
    for _ in range(a.trials):
        arrival = 50.0
        prices = arrival * np.exp(np.cumsum(rng.normal(0, 0.0012, a.buckets)))
        market_vol = a.adv * curve * rng.lognormal(0, 0.3, a.buckets)
        for name, algo in ALGOS.items():
            sched = algo(a.shares, curve, market_vol)
            rep = execute(sched, prices, market_vol, a.impact, arrival, name)
            totals[name].append(rep.shortfall_bps)
            last[name] = rep
    summary = {k: {"mean_bps": round(float(np.mean(v)), 2), "std_bps": round(float(np.std(v)), 2),
                   "p95_bps": round(float(np.percentile(v, 95)), 2)} for k, v in totals.items()}
    for k, s in summary.items():
        print(f"{k:>6}: mean {s['mean_bps']:7.2f} bps  std {s['std_bps']:6.2f}")
    print(json.dumps({"summary": summary, "last_trial": {k: r.as_dict() for k, r in last.items()},
                      "best_mean": min(summary, key=lambda k: summary[k]["mean_bps"])}))


if __name__ == "__main__":
    main()
