# generated: scalping simulation on a tick grid with a Price value class that snaps to tick size (__round__, __float__, __hash__, __eq__, __lt__, __add__), json
import argparse
import json
from decimal import Decimal
from functools import total_ordering

import numpy as np


@total_ordering
class Price:
    """Price stored as an integer number of ticks."""

    __slots__ = ("ticks", "tick_size")

    def __init__(self, value, tick_size: Decimal = Decimal("0.25")):
        self.tick_size = tick_size
        self.ticks = int((Decimal(str(value)) / tick_size).to_integral_value())

    @classmethod
    def from_ticks(cls, ticks: int, tick_size: Decimal = Decimal("0.25")) -> "Price":
        p = cls(0, tick_size)
        p.ticks = ticks
        return p

    def __float__(self):
        return float(self.ticks * self.tick_size)

    def __round__(self, ndigits=None):
        return round(float(self), ndigits)

    def __add__(self, n_ticks: int) -> "Price":
        return Price.from_ticks(self.ticks + int(n_ticks), self.tick_size)

    def __sub__(self, other):
        if isinstance(other, Price):
            return self.ticks - other.ticks
        return Price.from_ticks(self.ticks - int(other), self.tick_size)

    def __eq__(self, other):
        return isinstance(other, Price) and self.ticks == other.ticks and self.tick_size == other.tick_size

    def __lt__(self, other):
        return self.ticks < other.ticks

    def __hash__(self):
        return hash((self.ticks, self.tick_size))

    def __repr__(self):
        return f"Price({float(self):.2f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticks", type=int, default=20000, help="number of simulated trades")
    ap.add_argument("--target", type=int, default=4, help="profit target in ticks")
    ap.add_argument("--stop", type=int, default=6, help="stop in ticks")
    ap.add_argument("--tick-value", type=float, default=12.5, dest="tick_value")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    moves = rng.choice([-1, 0, 1], size=a.ticks, p=[0.3, 0.4, 0.3])
    px = Price(4500.00)
    path = [px]
    for m in moves:
        px = px + m
        path.append(px)

    visits = {}
    trades = []
    entry = None
    side = 0
    for i in range(20, len(path)):
        p = path[i]
        visits[p] = visits.get(p, 0) + 1
        if entry is None:
            recent = path[i - 20:i]
            if p < min(recent):
                entry, side = p, 1
            elif p > max(recent):
                entry, side = p, -1
        else:
            moved = (p - entry) * side
            if moved >= a.target or moved <= -a.stop:
                trades.append(moved)
                entry = None
    trades = np.array(trades)
    pnl = trades * a.tick_value - 2.5
    most_visited = max(visits, key=visits.get)
    print(f"range {min(path)} .. {max(path)}, most visited {most_visited!r}")
    print(json.dumps({
        "trades": int(len(trades)),
        "win_rate": round(float((trades > 0).mean()), 3),
        "net_pnl": round(float(pnl.sum()), 2),
        "avg_pnl": round(float(pnl.mean()), 3),
        "high": round(max(path), 2),
        "low": round(min(path), 2),
        "most_visited": round(most_visited, 2),
        "distinct_levels": len(visits),
    }))


if __name__ == "__main__":
    main()
