# generated: build a small event-driven backtester with Order, Position and Portfolio classes and a momentum strategy
from __future__ import annotations

import argparse
import json
from collections import deque
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Deque, Dict, Iterator, List

import numpy as np
import pandas as pd


class Side(Enum):
    BUY = auto()
    SELL = auto()


@dataclass(frozen=True)
class Bar:
    timestamp: pd.Timestamp
    symbol: str
    close: float


@dataclass
class Order:
    symbol: str
    side: Side
    quantity: int

    def signed_qty(self) -> int:
        return self.quantity if self.side is Side.BUY else -self.quantity


@dataclass
class Position:
    symbol: str
    quantity: int = 0
    avg_price: float = 0.0
    realized: float = 0.0

    def apply_fill(self, qty: int, price: float) -> None:
        if self.quantity == 0 or np.sign(qty) == np.sign(self.quantity):
            total = self.quantity + qty
            self.avg_price = (self.avg_price * self.quantity + price * qty) / total
            self.quantity = total
        else:
            closing = min(abs(qty), abs(self.quantity)) * int(np.sign(qty))
            self.realized += -closing * (price - self.avg_price)
            self.quantity += qty
            if self.quantity == 0:
                self.avg_price = 0.0
            elif np.sign(self.quantity) == np.sign(qty):
                self.avg_price = price


@dataclass
class Portfolio:
    cash: float
    commission: float = 1.0
    positions: Dict[str, Position] = field(default_factory=dict)
    history: List[float] = field(default_factory=list)

    def execute(self, order: Order, price: float) -> None:
        pos = self.positions.setdefault(order.symbol, Position(order.symbol))
        qty = order.signed_qty()
        self.cash -= qty * price + self.commission
        pos.apply_fill(qty, price)

    def mark(self, prices: Dict[str, float]) -> float:
        value = self.cash + sum(p.quantity * prices[s] for s, p in self.positions.items())
        self.history.append(value)
        return value


class MomentumStrategy:
    def __init__(self, lookback: int, size: int) -> None:
        self.lookback = lookback
        self.size = size
        self.windows: Dict[str, Deque[float]] = {}

    def on_bar(self, bar: Bar, portfolio: Portfolio) -> List[Order]:
        win = self.windows.setdefault(bar.symbol, deque(maxlen=self.lookback))
        win.append(bar.close)
        if len(win) < self.lookback:
            return []
        held = portfolio.positions.get(bar.symbol, Position(bar.symbol)).quantity
        momentum = bar.close / win[0] - 1
        if momentum > 0.02 and held <= 0:
            return [Order(bar.symbol, Side.BUY, self.size - held)]
        if momentum < -0.02 and held >= 0:
            return [Order(bar.symbol, Side.SELL, self.size + held)]
        return []


def bar_stream(symbols: List[str], n: int, seed: int) -> Iterator[List[Bar]]:
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2020-01-01", periods=n)
    paths = {s: 40 * np.exp(np.cumsum(rng.normal(0.0002, 0.014, n))) for s in symbols}
    for i, ts in enumerate(dates):
        yield [Bar(ts, s, float(paths[s][i])) for s in symbols]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbols", nargs="+", default=["AAA", "BBB", "CCC"])
    ap.add_argument("--bars", type=int, default=750)
    ap.add_argument("--lookback", type=int, default=30)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--cash", type=float, default=50_000)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()

    portfolio = Portfolio(cash=args.cash)
    strategy = MomentumStrategy(args.lookback, args.size)
    pending: List[Order] = []
    n_orders = 0
    for i, bars in enumerate(bar_stream(args.symbols, args.bars, args.seed)):
        prices = {b.symbol: b.close for b in bars}
        for order in pending:  # fill yesterday's orders at today's close
            portfolio.execute(order, prices[order.symbol])
            n_orders += 1
        pending = [o for b in bars for o in strategy.on_bar(b, portfolio)]
        value = portfolio.mark(prices)
        if i % 250 == 0:
            print(f"bar {i:4d} equity {value:,.2f}")

    eq = pd.Series(portfolio.history)
    rets = eq.pct_change().dropna()
    print(json.dumps({
        "final_equity": round(float(eq.iloc[-1]), 2),
        "return": round(float(eq.iloc[-1] / args.cash - 1), 4),
        "sharpe": round(float(rets.mean() / rets.std() * np.sqrt(252)), 3),
        "orders_filled": n_orders,
        "realized_pnl": {s: round(p.realized, 2) for s, p in portfolio.positions.items()},
        "open_positions": {s: p.quantity for s, p in portfolio.positions.items() if p.quantity},
    }))


if __name__ == "__main__":
    main()
