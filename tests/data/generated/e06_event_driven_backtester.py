# generated: build a small event-driven backtester with Order, Position and Portfolio classes and a momentum strategy
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

    @property
    def sign(self) -> int:
        return self.value

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Order:
    bar: int
    side: Side
    qty: int
    price: float

    @property
    def notional(self) -> float:
        return self.side.sign * self.qty * self.price


@dataclass
class Position:
    qty: int = 0
    avg_price: float = 0.0
    realized: float = 0.0

    def apply(self, order: Order) -> None:
        signed = order.side.sign * order.qty
        if self.qty == 0 or (self.qty > 0) == (signed > 0):
            total = self.qty + signed
            self.avg_price = (self.avg_price * abs(self.qty) + order.price * abs(signed)) / abs(total)
            self.qty = total
        else:
            closing = min(abs(signed), abs(self.qty))
            direction = 1 if self.qty > 0 else -1
            self.realized += closing * (order.price - self.avg_price) * direction
            self.qty += signed
            if self.qty == 0:
                self.avg_price = 0.0
            elif (self.qty > 0) != (direction > 0):
                self.avg_price = order.price

    def unrealized(self, price: float) -> float:
        return self.qty * (price - self.avg_price)


@dataclass
class Portfolio:
    cash: float
    position: Position = field(default_factory=Position)
    fills: List[Order] = field(default_factory=list)
    commission: float = 1.0

    def execute(self, order: Order) -> None:
        self.cash -= order.notional + self.commission
        self.position.apply(order)
        self.fills.append(order)

    def equity(self, price: float) -> float:
        return self.cash + self.position.qty * price


class MomentumStrategy:
    def __init__(self, lookback: int, size: int):
        self.lookback = lookback
        self.size = size
        self._window: Deque[float] = deque(maxlen=lookback + 1)

    def on_bar(self, bar: int, price: float, pos: Position) -> List[Order]:
        self._window.append(price)
        if len(self._window) <= self.lookback:
            return []
        mom = price / self._window[0] - 1
        target = self.size if mom > 0 else -self.size
        diff = target - pos.qty
        if diff == 0:
            return []
        side = Side.BUY if diff > 0 else Side.SELL
        return [Order(bar, side, abs(diff), price)]


def run(prices: np.ndarray, strategy: MomentumStrategy, cash: float) -> Dict:
    pf = Portfolio(cash=cash)
    curve = []
    pending: List[Order] = []
    for i, px in enumerate(prices):
        for o in pending:  # fill at this bar's price (next-bar execution)
            pf.execute(Order(i, o.side, o.qty, px))
        pending = strategy.on_bar(i, px, pf.position)
        curve.append(pf.equity(px))
    curve = np.array(curve)
    rets = np.diff(curve) / curve[:-1]
    peak = np.maximum.accumulate(curve)
    return {
        "final_equity": round(float(curve[-1]), 2),
        "return_pct": round(float(curve[-1] / cash - 1) * 100, 2),
        "sharpe": round(float(np.sqrt(252) * rets.mean() / rets.std()), 3),
        "max_drawdown_pct": round(float(((curve - peak) / peak).min()) * 100, 2),
        "fills": len(pf.fills),
        "buys": sum(1 for f in pf.fills if f.side is Side.BUY),
        "realized_pnl": round(pf.position.realized, 2),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=60)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--cash", type=float, default=100_000.0)
    ap.add_argument("--bars", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    prices = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.013, args.bars)))
    strat = MomentumStrategy(args.lookback, args.size)
    out = run(prices, strat, args.cash)
    print(f"processed {args.bars} bars; first side enum: {Side.BUY}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
