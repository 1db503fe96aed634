# generated: volume profile strategy using bisect to bucket prices, trade toward the point of control; json output
import argparse
import bisect
import json
from collections import Counter, defaultdict

import numpy as np


def build_edges(low: float, high: float, n: int) -> list:
    step = (high - low) / n
    return [low + i * step for i in range(n + 1)]


def volume_profile(prices, volumes, edges):
    profile = defaultdict(float)
    for p, v in zip(prices, volumes):
        idx = min(max(bisect.bisect_right(edges, p) - 1, 0), len(edges) - 2)
        profile[idx] += v
    return profile


def point_of_control(profile, edges) -> float:
    idx = max(profile, key=profile.get)
    return (edges[idx] + edges[idx + 1]) / 2


def value_area(profile, edges, share=0.7):
    total = sum(profile.values())
    ordered = sorted(profile.items(), key=lambda kv: kv[1], reverse=True)
    acc, chosen = 0.0, []
    for idx, vol in ordered:
        chosen.append(idx)
        acc += vol
        if acc >= share * total:
            break
    return edges[min(chosen)], edges[max(chosen) + 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--lookback", type=int, default=100)
    ap.add_argument("--buckets", type=int, default=24)
    ap.add_argument("--seed", type=int, default=64)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    prices = 50 * np.exp(np.cumsum(rng.normal(0, 0.01, a.bars)))
    volumes = rng.lognormal(10, 0.5, a.bars)

    pos = 0
    pnl = []
    zones = Counter()
    for t in range(a.lookback, a.bars - 1):
        win_p = prices[t - a.lookback:t]
        edges = build_edges(win_p.min(), win_p.max(), a.buckets)
        prof = volume_profile(win_p, volumes[t - a.lookback:t], edges)
        poc = point_of_control(prof, edges)
        lo, hi = value_area(prof, edges)
        px = prices[t]
        if px < lo:
            pos, zone = 1, "below"
        elif px > hi:
            pos, zone = -1, "above"
        elif (pos == 1 and px >= poc) or (pos == -1 and px <= poc):
            pos, zone = 0, "inside"
        else:
            zone = "inside"
        zones[zone] += 1
        pnl.append(pos * (prices[t + 1] / px - 1))
    pnl = np.array(pnl)
    eq = np.cumprod(1 + pnl)
    print("zone counts:", dict(zones))
    print(json.dumps({
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "zones": dict(zones.most_common()),
        "exposure": round(float((pnl != 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
