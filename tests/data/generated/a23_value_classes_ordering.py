# generated: rank candidate trades by expected edge using a small value class with __eq__/__lt__/__hash__, bisect for price levels, and print the selected trades as json
import argparse
import bisect
import json
import operator
import random
from functools import total_ordering
from typing import List


@total_ordering
class Candidate:
    __slots__ = ("symbol", "edge_bps", "capacity", "side")

    def __init__(self, symbol: str, edge_bps: float, capacity: int, side: str) -> None:
        self.symbol = symbol
        self.edge_bps = edge_bps
        self.capacity = capacity
        self.side = side

    def __repr__(self) -> str:
        return f"Candidate({self.symbol!r}, {self.edge_bps:.1f}bps, cap={self.capacity}, {self.side})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Candidate):
            return NotImplemented
        return (self.symbol, self.side) == (other.symbol, other.side)

    def __lt__(self, other: "Candidate") -> bool:
        return self.score < other.score

    def __hash__(self) -> int:
        return hash((self.symbol, self.side))

    @property
    def score(self) -> float:
        return self.edge_bps * self.capacity ** 0.5

    def to_dict(self) -> dict:
        return {"symbol": self.symbol, "edge_bps": round(self.edge_bps, 2), "capacity": self.capacity, "side": self.side}


class PriceLadder:
    """Sorted support/resistance levels; bisect finds the nearest ones."""

    def __init__(self, levels: List[float]) -> None:
        self.levels = sorted(levels)

    def nearest_below(self, price: float):
        i = bisect.bisect_left(self.levels, price)
        return self.levels[i - 1] if i > 0 else None

    def nearest_above(self, price: float):
        i = bisect.bisect_right(self.levels, price)
        return self.levels[i] if i < len(self.levels) else None


def generate(n_symbols: int, rng: random.Random) -> List[Candidate]:
    out = []
    for i in range(n_symbols):
        sym = f"T{i:03d}"
        last = rng.uniform(10, 300)
        ladder = PriceLadder([last * (1 + rng.uniform(-0.1, 0.1)) for _ in range(8)])
        below, above = ladder.nearest_below(last), ladder.nearest_above(last)
        if below is None or above is None:
            continue
        up_room = (above - last) / last * 1e4
        down_room = (last - below) / last * 1e4
        side = "buy" if up_room > down_room else "sell"
        edge = abs(up_room - down_room) / 2 - rng.uniform(2, 8)  # subtract costs
        out.append(Candidate(sym, edge, rng.randint(100, 5000), side))
    # duplicates with the same symbol/side are collapsed by __eq__/__hash__
    out.extend(rng.sample(out, k=min(5, len(out))))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbols", type=int, default=200)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--min-edge", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    cands = generate(args.symbols, rng)
    unique = set(cands)
    print(f"{len(cands)} candidates, {len(unique)} unique")
    eligible = [c for c in unique if c.edge_bps >= args.min_edge]
    best = sorted(eligible, reverse=True)[: args.top]
    by_side = {}
    for c in sorted(best, key=operator.attrgetter("side", "symbol")):
        by_side.setdefault(c.side, []).append(c.symbol)
    for c in best[:3]:
        print(repr(c))
    print(json.dumps({
        "eligible": len(eligible),
        "selected": [c.to_dict() for c in best],
        "by_side": by_side,
        "max_score": round(max(best).score, 2) if best else None,
        "avg_edge_bps": round(sum(map(operator.attrgetter("edge_bps"), best)) / len(best), 2) if best else None,
    }))


if __name__ == "__main__":
    main()
