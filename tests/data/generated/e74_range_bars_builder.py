# generated: build range bars from a synthetic tick stream, then run a 3-bar reversal pattern on the range bars; json results
import argparse
import json
from dataclasses import dataclass
from typing import Iterator, List

import numpy as np


@dataclass
class RangeBar:
    open: float
    high: float
    low: float
    close: float
    ticks: int

    @property
    def up(self) -> bool:
        return self.close > self.open


def ticks(n: int, seed: int) -> Iterator[float]:
    rng = np.random.default_rng(seed)
    px = 2000.0
    for step in rng.normal(0, 0.25, n):
        px += step
        yield px


def build_range_bars(stream: Iterator[float], size: float) -> List[RangeBar]:
    bars: List[RangeBar] = []
    cur = None
    for px in stream:
        if cur is None:
            cur = RangeBar(px, px, px, px, 0)
        cur.high = max(cur.high, px)
        cur.low = min(cur.low, px)
        cur.close = px
        cur.ticks += 1
        if cur.high - cur.low >= size:
            bars.append(cur)
            cur = None
    return bars


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticks", type=int, default=200_000)
    ap.add_argument("--size", type=float, default=4.0)
    ap.add_argument("--hold", type=int, default=3)
    ap.add_argument("--seed", type=int, default=31)
    a = ap.parse_args()
    bars = build_range_bars(ticks(a.ticks, a.seed), a.size)
    pnl = []
    i = 2
    while i < len(bars) - a.hold:
        b0, b1, b2 = bars[i - 2], bars[i - 1], bars[i]
        if not b0.up and not b1.up and b2.up:
            pnl.append(bars[i + a.hold].close - b2.close)
            i += a.hold
        elif b0.up and b1.up and not b2.up:
            pnl.append(b2.close - bars[i + a.hold].close)
            i += a.hold
        i += 1
    pnl = np.array(pnl)
    ticks_per_bar = np.array([b.ticks for b in bars])
    print(f"{len(bars)} range bars of {a.size} points from {a.ticks} ticks")
    print(json.dumps({
        "bars": len(bars),
        "median_ticks_per_bar": float(np.median(ticks_per_bar)),
        "trades": int(len(pnl)),
        "win_rate": round(float((pnl > 0).mean()), 3) if len(pnl) else None,
        "total_points": round(float(pnl.sum()), 2),
        "avg_points": round(float(pnl.mean()), 4) if len(pnl) else None,
    }))


if __name__ == "__main__":
    main()
