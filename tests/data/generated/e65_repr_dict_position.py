# generated: long/short equity book with Position objects (generic __repr__ from __dict__, __eq__, __hash__, setattr-based update) and daily rebalancing to a factor score; json
import argparse
import json
from operator import attrgetter, itemgetter

import numpy as np


class Position:
    __hash_fields__ = ("symbol",)

    def __init__(self, symbol: str, qty: float = 0.0, avg_px: float = 0.0, **extra):
        self.symbol = symbol
        self.qty = qty
        self.avg_px = avg_px
        for k, v in extra.items():
            setattr(self, k, v)

    def update(self, **changes):
        for k, v in changes.items():
            if not hasattr(self, k):
                raise AttributeError(f"Position has no field {k!r}")
            setattr(self, k, v)
        return self

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" if not isinstance(v, float) else f"{k}={v:.2f}"
                           for k, v in self.__dict__.items())
        return f"{self.__class__.__name__}({fields})"

    def __eq__(self, other):
        return isinstance(other, Position) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.__hash_fields__))

    @property
    def side(self) -> str:
        return "long" if self.qty > 0 else "short" if self.qty < 0 else "flat"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=20)
    ap.add_argument("--days", type=int, default=750)
    ap.add_argument("--gross", type=float, default=2_000_000)
    ap.add_argument("--seed", type=int, default=9)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    symbols = [f"N{i:02d}" for i in range(a.names)]
    skill = rng.normal(0, 1, a.names)
    prices = np.empty((a.days, a.names))
    prices[0] = rng.uniform(20, 200, a.names)
    for t in range(1, a.days):
        prices[t] = prices[t - 1] * (1 + rng.normal(0.0002 + 0.0003 * skill, 0.015))
    book = {s: Position(s, sector=f"S{i % 4}") for i, s in enumerate(symbols)}
    pnl = []
    for t in range(60, a.days - 1):
        score = prices[t] / prices[t - 60] - 1
        demeaned = score - score.mean()
        weights = demeaned / np.abs(demeaned).sum()
        for i, s in enumerate(symbols):
            target = a.gross * weights[i] / prices[t, i]
            pos = book[s]
            if np.sign(target) != np.sign(pos.qty):
                pos.update(avg_px=float(prices[t, i]))
            pos.update(qty=float(target))
        day = sum(book[s].qty * (prices[t + 1, i] - prices[t, i]) for i, s in enumerate(symbols))
        pnl.append(day)
    pnl = np.array(pnl)
    cum = np.cumsum(pnl)
    longs = sorted((p for p in book.values() if p.side == "long"), key=attrgetter("qty"), reverse=True)
    sector_net = {}
    for p in book.values():
        sector_net[p.sector] = sector_net.get(p.sector, 0.0) + p.qty * prices[-2, symbols.index(p.symbol)]
    print("largest long:", longs[0])
    print(json.dumps({
        "total_pnl": round(float(cum[-1]), 2),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_dd": round(float((cum - np.maximum.accumulate(cum)).min()), 2),
        "n_long": len(longs),
        "n_short": sum(p.side == "short" for p in book.values()),
        "unique_positions": len(set(book.values())),
        "sector_net": dict(sorted(((k, round(v, 0)) for k, v in sector_net.items()), key=itemgetter(0))),
    }))


if __name__ == "__main__":
    main()
