# generated: a small event-driven backtester with Order, Position and Portfolio classes running a breakout strategy, print JSON results
from __future__ import annotations

import argparse
import json
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Deque, Dict, List

import numpy as np


class Side(Enum):
    BUY = 1
    SELL = -1


@dataclass(frozen=True)
class Bar:
    t: int
    open: float
    high: float
    low: float
    close: float


@dataclass
class Order:
    symbol: str
    side: Side
    qty: int
    created_at: int

    def __repr__(self) -> str:
        return f"Order({self.side.name} {self.qty} {self.symbol} @t={self.created_at})"


@dataclass
class Fill:
    order: Order
    price: float
    t: int
    commission: float


@dataclass
class Position:
    symbol: str
    qty: int = 0
    avg_price: float = 0.0
    realized: float = 0.0

    def apply(self, fill: Fill) -> None:
        signed = fill.order.side.value * fill.order.qty
        if self.qty == 0 or np.sign(self.qty) == np.sign(signed):
            total = self.qty + signed
            self.avg_price = (self.avg_price * abs(self.qty) + fill.price * abs(signed)) / abs(total)
            self.qty = total
        else:
            closing = min(abs(signed), abs(self.qty))
            self.realized += closing * (fill.price - self.avg_price) * np.sign(self.qty)
            self.qty += signed
            if self.qty == 0:
                self.avg_price = 0.0
            elif np.sign(self.qty) == np.sign(signed):
                self.avg_price = fill.price
        self.realized -= fill.commission

    def market_value(self, price: float) -> float:
        return self.qty * price

    def unrealized(self, price: float) -> float:
        return self.qty * (price - self.avg_price)


@dataclass
class Portfolio:
    cash: float
    positions: Dict[str, Position] = field(default_factory=dict)
    history: List[float] = field(default_factory=list)
    fills: List[Fill] = field(default_factory=list)

    def position(self, symbol: str) -> Position:
        return self.positions.setdefault(symbol, Position(symbol))

    def on_fill(self, fill: Fill) -> None:
        self.cash -= fill.order.side.value * fill.order.qty * fill.price + fill.commission
        self.position(fill.order.symbol).apply(fill)
        self.fills.append(fill)

    def mark(self, prices: Dict[str, float]) -> float:
        equity = self.cash + sum(p.market_value(prices[s]) for s, p in self.positions.items())
        self.history.append(equity)
        return equity


class Broker:
    def __init__(self, commission_per_share: float = 0.005, slippage_bps: float = 1.0):
        self._pending: Deque[Order] = deque()
        self._cps = commission_per_share
        self._slip = slippage_bps / 1e4

    def submit(self, order: Order) -> None:
        self._pending.append(order)

    def execute(self, bar: Bar) -> List[Fill]:
        fills = []
        while self._pending:
            o = self._pending.popleft()
            px = bar.open * (1 + self._slip * o.side.value)
            fills.append(Fill(o, px, bar.t, self._cps * o.qty))
        return fills


class DonchianBreakout:
    def __init__(self, symbol: str, lookback: int, size: int):
        self.symbol = symbol
        self._highs: Deque[float] = deque(maxlen=lookback)
        self._lows: Deque[float] = deque(maxlen=lookback)
        self._size = size

    def on_bar(self, bar: Bar, pos: Position) -> List[Order]:
        orders = []
        if len(self._highs) == self._highs.maxlen:
            if bar.close > max(self._highs) and pos.qty <= 0:
                orders.append(Order(self.symbol, Side.BUY, self._size - pos.qty, bar.t))
            elif bar.close < min(self._lows) and pos.qty >= 0:
                orders.append(Order(self.symbol, Side.SELL, self._size + pos.qty, bar.t))
        self._highs.append(bar.high)
        self._lows.append(bar.low)
        return orders


def generate_bars(n: int, seed: int) -> List[Bar]:
    rng = np.random.default_rng(seed)
    closes = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.013, n)))
    bars = []
    prev = closes[0]
    for t, c in enumerate(closes):
        o = prev * (1 + rng.normal(0, 0.002))
        hi = max(o, c) * (1 + abs(rng.normal(0, 0.004)))
        lo = min(o, c) * (1 - abs(rng.normal(0, 0.004)))
        bars.append(Bar(t, o, hi, lo, c))
        prev = c
    return bars


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=55)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--cash", type=float, default=100_000.0)
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()

    bars = generate_bars(args.bars, args.seed)
    pf = Portfolio(cash=args.cash)
    broker = Broker()
    strat = DonchianBreakout("SYN", args.lookback, args.size)
    for bar in bars:
        for fill in broker.execute(bar):
            pf.on_fill(fill)
        for order in strat.on_bar(bar, pf.position("SYN")):
            broker.submit(order)
        pf.mark({"SYN": bar.close})

    eq = np.array(pf.history)
    rets = np.diff(eq) / eq[:-1]
    pos = pf.position("SYN")
    print(f"fills={len(pf.fills)} final position={pos.qty} realized={pos.realized:,.2f}")
    print(json.dumps({
        "final_equity": round(float(eq[-1]), 2),
        "return_pct": round(float(eq[-1] / args.cash - 1) * 100, 3),
        "sharpe": round(float(rets.mean() / rets.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "n_fills": len(pf.fills),
        "realized_pnl": round(pos.realized, 2),
        "unrealized_pnl": round(pos.unrealized(bars[-1].close), 2),
    }))


if __name__ == "__main__":
    main()
