# generated: a small event-driven backtester with Order, Position and Portfolio classes, momentum strategy, JSON stats
import argparse
import json
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Deque, Dict, List, Optional

import numpy as np


class Side(Enum):
    BUY = 1
    SELL = -1


@dataclass
class Bar:
    t: int
    symbol: str
    close: float


@dataclass
class Order:
    symbol: str
    side: Side
    qty: int
    t: int

    def __repr__(self) -> str:
        return f"Order({self.side.name} {self.qty} {self.symbol} @t={self.t})"


@dataclass
class Fill:
    order: Order
    price: float
    commission: float


@dataclass
class Position:
    symbol: str
    qty: int = 0
    avg_price: float = 0.0
    realized: float = 0.0

    def apply(self, fill: Fill) -> None:
        signed = fill.order.side.value * fill.order.qty
        if self.qty == 0 or (self.qty > 0) == (signed > 0):
            total = self.qty + signed
            self.avg_price = (self.avg_price * abs(self.qty) + fill.price * abs(signed)) / abs(total)
            self.qty = total
        else:
            closing = min(abs(signed), abs(self.qty))
            direction = 1 if self.qty > 0 else -1
            self.realized += closing * (fill.price - self.avg_price) * direction
            self.qty += signed
            if self.qty == 0:
                self.avg_price = 0.0
            elif (self.qty > 0) != (direction > 0):
                self.avg_price = fill.price
        self.realized -= fill.commission


@dataclass
class Portfolio:
    cash: float
    positions: Dict[str, Position] = field(default_factory=dict)
    history: List[float] = field(default_factory=list)

    def on_fill(self, fill: Fill) -> None:
        pos = self.positions.setdefault(fill.order.symbol, Position(fill.order.symbol))
        pos.apply(fill)
        self.cash -= fill.order.side.value * fill.order.qty * fill.price + fill.commission

    def mark(self, prices: Dict[str, float]) -> float:
        value = self.cash + sum(p.qty * prices[s] for s, p in self.positions.items())
        self.history.append(value)
        return value


class Broker:
    def __init__(self, commission_per_share: float = 0.005) -> None:
        self._cps = commission_per_share
        self._queue: Deque[Order] = deque()

    def submit(self, order: Order) -> None:
        self._queue.append(order)

    def execute(self, bar: Bar) -> List[Fill]:
        fills = []
        pending = deque()
        while self._queue:
            o = self._queue.popleft()
            if o.symbol != bar.symbol:
                pending.append(o)
                continue
            fills.append(Fill(o, bar.close, self._cps * o.qty))
        self._queue = pending
        return fills


class MomentumStrategy:
    def __init__(self, lookback: int, size: int) -> None:
        self.lookback = lookback
        self.size = size
        self._window: Dict[str, Deque[float]] = {}

    def on_bar(self, bar: Bar, position: Optional[Position]) -> Optional[Order]:
        w = self._window.setdefault(bar.symbol, deque(maxlen=self.lookback))
        w.append(bar.close)
        if len(w) < self.lookback:
            return None
        qty = position.qty if position else 0
        mom = bar.close / w[0] - 1
        if mom > 0 and qty <= 0:
            return Order(bar.symbol, Side.BUY, self.size - qty, bar.t)
        if mom < 0 and qty >= 0:
            return Order(bar.symbol, Side.SELL, self.size + qty, bar.t)
        return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbols", nargs="+", default=["AAA", "BBB", "CCC"])
    ap.add_argument("--bars", type=int, default=750)
    ap.add_argument("--lookback", type=int, default=60)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    paths = {s: 40 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, args.bars))) for s in args.symbols}
    portfolio = Portfolio(cash=100_000.0)
    broker = Broker()
    strat = MomentumStrategy(args.lookback, args.size)
    n_orders = 0
    for t in range(args.bars):
        prices = {s: float(p[t]) for s, p in paths.items()}
        for sym, px in prices.items():
            bar = Bar(t, sym, px)
            for fill in broker.execute(bar):
                portfolio.on_fill(fill)
            order = strat.on_bar(bar, portfolio.positions.get(sym))
            if order is not None and order.qty > 0:
                broker.submit(order)
                n_orders += 1
        portfolio.mark(prices)
        if t % 250 == 0:
            print(f"t={t} equity={portfolio.history[-1]:,.2f}")

    eq = np.array(portfolio.history)
    rets = np.diff(eq) / eq[:-1]
    peak = np.maximum.accumulate(eq)
    print(json.dumps({
        "final_equity": round(float(eq[-1]), 2),
        "return": round(float(eq[-1] / eq[0] - 1), 4),
        "sharpe": round(float(rets.mean() / rets.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / peak - 1).min()), 4),
        "orders": n_orders,
        "realized_pnl": {s: round(p.realized, 2) for s, p in portfolio.positions.items()},
    }))


if __name__ == "__main__":
    main()
