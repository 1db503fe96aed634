# generated: build a small event-driven backtester with Order, Position and Portfolio classes and run a MACD strategy on synthetic data; print JSON stats
import argparse
import json
import math
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Deque, Dict, List, Optional

import numpy as np
import pandas as pd


class Side(Enum):
    BUY = 1
    SELL = -1

    def sign(self) -> int:
        return self.value

    def opposite(self) -> "Side":
        return Side.SELL if self is Side.BUY else Side.BUY


@dataclass
class Order:
    symbol: str
    side: Side
    qty: float
    ts: pd.Timestamp

    def __str__(self) -> str:
        return f"{self.ts.date()} {self.side.name} {self.qty:.0f} {self.symbol}"


@dataclass
class Fill:
    order: Order
    price: float
    commission: float


@dataclass
class Position:
    symbol: str
    qty: float = 0.0
    avg_price: float = 0.0
    realized: float = 0.0

    def apply(self, fill: Fill) -> None:
        signed = fill.order.side.sign() * fill.order.qty
        if self.qty == 0 or (self.qty > 0) == (signed > 0):
            new_qty = self.qty + signed
            self.avg_price = (self.avg_price * abs(self.qty) + fill.price * abs(signed)) / abs(new_qty)
            self.qty = new_qty
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

    def market_value(self, price: float) -> float:
        return self.qty * price


@dataclass
class Portfolio:
    cash: float
    positions: Dict[str, Position] = field(default_factory=dict)
    history: List[float] = field(default_factory=list)
    fills: List[Fill] = field(default_factory=list)

    def position(self, symbol: str) -> Position:
        return self.positions.setdefault(symbol, Position(symbol))

    def on_fill(self, fill: Fill) -> None:
        self.position(fill.order.symbol).apply(fill)
        self.cash -= fill.order.side.sign() * fill.order.qty * fill.price + fill.commission
        self.fills.append(fill)

    def equity(self, prices: Dict[str, float]) -> float:
        return self.cash + sum(p.market_value(prices[s]) for s, p in self.positions.items())


class Broker:
    def __init__(self, commission_rate: float = 0.0005, slippage: float = 0.0002):
        self.commission_rate = commission_rate
        self.slippage = slippage
        self.pending: Deque[Order] = deque()

    def submit(self, order: Order) -> None:
        self.pending.append(order)

    def execute(self, open_price: float) -> List[Fill]:
        fills = []
        while self.pending:
            o = self.pending.popleft()
            px = open_price * (1 + self.slippage * o.side.sign())
            fills.append(Fill(o, px, abs(o.qty * px) * self.commission_rate))
        return fills


class MacdStrategy:
    def __init__(self, fast=12, slow=26, signal=9):
        self.fast, self.slow, self.signal = fast, slow, signal
        self.closes: List[float] = []

    def on_bar(self, close: float) -> Optional[int]:
        self.closes.append(close)
        if len(self.closes) < self.slow + self.signal:
            return None
        s = pd.Series(self.closes[-(self.slow * 4):])
        macd = s.ewm(span=self.fast).mean() - s.ewm(span=self.slow).mean()
        hist = macd - macd.ewm(span=self.signal).mean()
        return 1 if hist.iloc[-1] > 0 else -1


def make_bars(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    close = 40 * np.exp(np.cumsum(rng.normal(0.0002, 0.014, n)))
    opn = close * np.exp(rng.normal(0, 0.003, n))
    return pd.DataFrame({"open": opn, "close": close}, index=pd.bdate_range("2020-01-01", periods=n))


def run(bars: pd.DataFrame, capital: float, units: int) -> dict:
    broker = Broker()
    pf = Portfolio(cash=capital)
    strat = MacdStrategy()
    sym = "SYN"
    for ts, row in bars.iterrows():
        for f in broker.execute(row["open"]):
            pf.on_fill(f)
        target = strat.on_bar(row["close"])
        if target is not None:
            delta = target * units - pf.position(sym).qty
            if delta:
                side = Side.BUY if delta > 0 else Side.SELL
                broker.submit(Order(sym, side, abs(delta), ts))
        pf.history.append(pf.equity({sym: row["close"]}))
    eq = pd.Series(pf.history, index=bars.index)
    r = eq.pct_change().dropna()
    return {
        "final_equity": round(eq.iloc[-1], 2),
        "return_pct": round((eq.iloc[-1] / capital - 1) * 100, 2),
        "sharpe": round(r.mean() / r.std() * math.sqrt(252), 3),
        "max_drawdown_pct": round(((eq / eq.cummax()) - 1).min() * 100, 2),
        "n_fills": len(pf.fills),
        "last_fill": str(pf.fills[-1].order) if pf.fills else None,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--bars", type=int, default=750)
    parser.add_argument("--capital", type=float, default=100_000)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    bars = make_bars(args.bars, args.seed)
    print(f"simulating {len(bars)} bars ...")
    print(json.dumps(run(bars, args.capital, args.units)))
