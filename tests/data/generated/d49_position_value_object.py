# generated: a long/short equity book with a Position value class (properties for market value, unrealised pnl, weight; __repr__, __format__, __lt__ for sorting by exposure) and monthly rebalancing on synthetic data; JSON result
import argparse
import json
import math
from typing import Dict, List

import numpy as np
import pandas as pd


class Position:
    def __init__(self, symbol: str, shares: float, cost: float):
        self.symbol = symbol
        self.shares = shares
        self.cost = cost
        self.last = cost

    @property
    def market_value(self) -> float:
        return self.shares * self.last

    @property
    def unrealised(self) -> float:
        return self.shares * (self.last - self.cost)

    @property
    def side(self) -> str:
        return "long" if self.shares > 0 else "short" if self.shares < 0 else "flat"

    def __lt__(self, other: "Position") -> bool:
        return abs(self.market_value) < abs(other.market_value)

    def __repr__(self) -> str:
        return f"Position({self.symbol!r}, shares={self.shares:.0f}, cost={self.cost:.2f})"

    def __format__(self, spec: str) -> str:
        if spec == "short":
            return f"{self.symbol}:{self.shares:+.0f}"
        return f"{self.symbol:<5} {self.side:<5} {self.shares:>8.0f} @ {self.cost:8.2f}  mv {self.market_value:>12,.0f}  upl {self.unrealised:>+10,.0f}"


class Book:
    def __init__(self, capital: float):
        self.cash = capital
        self.positions: Dict[str, Position] = {}
        self.realised = 0.0

    def mark(self, prices: pd.Series) -> None:
        for sym, pos in self.positions.items():
            pos.last = float(prices[sym])

    @property
    def equity(self) -> float:
        return self.cash + sum(p.market_value for p in self.positions.values())

    def target(self, weights: pd.Series, prices: pd.Series) -> None:
        eq = self.equity
        for sym in set(self.positions) | set(weights.index[weights != 0]):
            px = float(prices[sym])
            want = math.floor(eq * float(weights.get(sym, 0.0)) / px) if weights.get(sym, 0.0) > 0 else \
                -math.floor(eq * -float(weights.get(sym, 0.0)) / px)
            pos = self.positions.get(sym)
            have = pos.shares if pos else 0.0
            delta = want - have
            if delta == 0:
                continue
            self.cash -= delta * px
            if pos is None:
                self.positions[sym] = Position(sym, want, px)
            elif want == 0:
                self.realised += pos.shares * (px - pos.cost)
                del self.positions[sym]
            else:
                if abs(want) > abs(have) and (want > 0) == (have > 0):
                    pos.cost = (pos.cost * have + px * delta) / want
                else:
                    self.realised += -delta * (px - pos.cost) if (want > 0) == (have > 0) else have * (px - pos.cost)
                    if (want > 0) != (have > 0):
                        pos.cost = px
                pos.shares = want
                pos.last = px


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=16)
    ap.add_argument("--days", type=int, default=1000)
    ap.add_argument("--gross", type=float, default=1.6)
    ap.add_argument("--seed", type=int, default=45)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    syms = [f"N{i:02d}" for i in range(a.names)]
    quality = rng.normal(0, 0.0004, a.names)
    r = quality + rng.normal(0.0002, 0.015, (a.days, a.names))
    prices = pd.DataFrame(40 * np.exp(np.cumsum(r, axis=0)), columns=syms,
                          index=pd.bdate_range("2020-01-01", periods=a.days))

    book = Book(1_000_000)
    curve: List[float] = []
    for i, (ts, row) in enumerate(prices.iterrows()):
        book.mark(row)
        if i >= 126 and (i == 126 or ts.month != prices.index[i - 1].month):
            mom = prices.iloc[i] / prices.iloc[i - 126] - 1
            ranks = mom.rank()
            k = a.names // 4
            w = pd.Series(0.0, index=syms)
            w[ranks > a.names - k] = a.gross / 2 / k
            w[ranks <= k] = -a.gross / 2 / k
            book.target(w, row)
        curve.append(book.equity)

    eq = pd.Series(curve, index=prices.index)
    rets = eq.pct_change().dropna()
    largest = sorted(book.positions.values(), reverse=True)[:4]
    for p in largest:
        print(f"{p}")
    print(json.dumps({
        "final_equity": round(book.equity, 2),
        "realised": round(book.realised, 2),
        "sharpe": round(float(rets.mean() / rets.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "largest": [f"{p:short}" for p in largest],
        "n_long": sum(p.side == "long" for p in book.positions.values()),
        "n_short": sum(p.side == "short" for p in book.positions.values()),
    }))


if __name__ == "__main__":
    main()
