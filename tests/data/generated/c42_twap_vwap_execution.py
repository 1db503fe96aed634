# generated: compare TWAP, VWAP and a simple implementation-shortfall execution schedule for a large order on synthetic intraday data, output JSON
from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from enum import Enum
from typing import Sequence

import numpy as np


class Algo(str, Enum):
    TWAP = "twap"
    VWAP = "vwap"
    IS = "is"


@dataclass
class Child:
    slice_idx: int
    qty: float
    price: float

    @property
    def notional(self) -> float:
        return self.qty * self.price


def schedule(algo: Algo, total: float, volume_profile: Sequence[float], urgency: float) -> np.ndarray:
    n = len(volume_profile)
    if algo is Algo.TWAP:
        w = np.full(n, 1 / n)
    elif algo is Algo.VWAP:
        vp = np.asarray(volume_profile, dtype=float)
        w = vp / vp.sum()
    else:
        # front-loaded exponential decay (Almgren-Chriss flavour)
        t = np.arange(n)
        w = np.exp(-urgency * t / n)
        w /= w.sum()
    return total * w


def execute(algo, total, mids, vols, spread, impact, urgency):
    plan = schedule(algo, total, vols, urgency)
    fills = []
    temp = 0.0
    for i, (q, m, v) in enumerate(zip(plan, mids, vols)):
        participation = q / v
        temp = 0.5 * temp + impact * participation
        px = m * (1 + spread / 2 + temp + 0.1 * impact * math.sqrt(participation))
        fills.append(Child(i, q, px))
    return fills


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shares", type=float, default=500_000)
    ap.add_argument("--slices", type=int, default=78)
    ap.add_argument("--spread-bps", type=float, default=4.0)
    ap.add_argument("--impact", type=float, default=0.002)
    ap.add_argument("--urgency", type=float, default=3.0)
    ap.add_argument("--paths", type=int, default=200)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    u = np.linspace(-1, 1, a.slices)
    profile = 1 + 2 * u ** 2
    results = {algo.value: [] for algo in Algo}
    for _ in range(a.paths):
        mids = 50 * np.exp(np.cumsum(rng.normal(0, 0.0012, a.slices)))
        vols = profile / profile.sum() * 8e6 * rng.lognormal(0, 0.2)
        arrival = mids[0]
        for algo in Algo:
            fills = execute(algo, a.shares, mids, vols, a.spread_bps / 1e4, a.impact, a.urgency)
            avg = sum(f.notional for f in fills) / sum(f.qty for f in fills)
            results[algo.value].append((avg / arrival - 1) * 1e4)

    summary = {}
    for name, costs in results.items():
        c = np.array(costs)
        summary[name] = {"mean_bps": round(float(c.mean()), 3), "std_bps": round(float(c.std()), 3),
                         "p95_bps": round(float(np.percentile(c, 95)), 3)}
        print(f"{name.upper():>5}: {c.mean():7.2f} bps +/- {c.std():.2f}")
    print(json.dumps({"shares": a.shares, "paths": a.paths, "shortfall": summary,
                      "cheapest": min(summary, key=lambda k: summary[k]["mean_bps"])}))


if __name__ == "__main__":
    main()
