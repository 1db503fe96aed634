# generated: a grid trading strategy where prices are snapped to a tick size using a frozen dataclass Price with ordering and __float__; print json summary of fills
import argparse
import bisect
import json
import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np


@dataclass(frozen=True, order=True)
class Price:
    ticks: int
    tick_size: Fraction = Fraction(1, 100)

    @classmethod
    def from_float(cls, value: float, tick_size: Fraction = Fraction(1, 100)) -> "Price":
        return cls(int(round(value / float(tick_size))), tick_size)

    def __float__(self) -> float:
        return float(self.ticks * self.tick_size)

    def __str__(self) -> str:
        return f"{float(self):.2f}"

    def shifted(self, n: int) -> "Price":
        return Price(self.ticks + n, self.tick_size)


class Grid:
    def __init__(self, center: float, step_ticks: int, levels: int):
        c = Price.from_float(center)
        self.levels = [c.shifted(step_ticks * k) for k in range(-levels, levels + 1)]
        self._inventory = {lvl: 0 for lvl in self.levels}

    def __repr__(self):
        return f"Grid({self.levels[0]} .. {self.levels[-1]}, n={len(self.levels)})"

    @property
    def inventory(self) -> int:
        return sum(self._inventory.values())

    def crossed(self, prev: Price, cur: Price):
        lo, hi = min(prev, cur), max(prev, cur)
        i = bisect.bisect_right(self.levels, lo)
        j = bisect.bisect_right(self.levels, hi)
        return self.levels[i:j], cur < prev

    def on_price(self, prev: Price, cur: Price, lot: int):
        hit, falling = self.crossed(prev, cur)
        fills = []
        for lvl in (reversed(hit) if falling else hit):
            if falling and self._inventory[lvl] == 0:
                self._inventory[lvl] = lot
                fills.append(("buy", lvl, lot))
            elif not falling:
                below = [l for l in self.levels if l < lvl and self._inventory[l] > 0]
                if below:
                    src = below[-1]
                    self._inventory[src] = 0
                    fills.append(("sell", lvl, lot, src))
        return fills


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--center", type=float, default=50.0)
    ap.add_argument("--step-ticks", type=int, default=25)
    ap.add_argument("--levels", type=int, default=8)
    ap.add_argument("--lot", type=int, default=100)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=77)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    path = a.center * np.exp(np.cumsum(rng.normal(0, 0.004, a.n)))
    grid = Grid(a.center, a.step_ticks, a.levels)
    print("grid:", grid)

    realized = 0.0
    buys = sells = 0
    prev = Price.from_float(path[0])
    for p in path[1:]:
        cur = Price.from_float(p)
        for f in grid.on_price(prev, cur, a.lot):
            if f[0] == "buy":
                buys += 1
            else:
                sells += 1
                realized += (float(f[1]) - float(f[3])) * f[2]
        prev = cur

    open_lots = [(lvl, q) for lvl, q in grid._inventory.items() if q]
    unrealized = sum((path[-1] - float(lvl)) * q for lvl, q in open_lots)
    print(json.dumps({
        "buys": buys,
        "sells": sells,
        "realized_pnl": round(realized, 2),
        "unrealized_pnl": round(unrealized, 2),
        "open_levels": [str(l) for l, _ in open_lots],
        "final_price": round(float(path[-1]), 2),
        "inventory": grid.inventory,
        "range_pct": round(float((path.max() / path.min() - 1) * 100), 1),
        "log_return": round(math.log(path[-1] / path[0]), 4),
    }))


if __name__ == "__main__":
    main()
