# generated: object oriented portfolio with Position class using properties and setters for validation, __slots__, stop-loss/take-profit momentum strategy, JSON report
import argparse
import json
import math

import numpy as np


class Position:
    __slots__ = ("_symbol", "_qty", "_avg_cost", "_stop", "_target")

    def __init__(self, symbol: str):
        self._symbol = symbol
        self._qty = 0
        self._avg_cost = 0.0
        self._stop = None
        self._target = None

    @property
    def symbol(self) -> str:
        return self._symbol

    @property
    def qty(self) -> int:
        return self._qty

    @qty.setter
    def qty(self, value: int) -> None:
        if value < 0:
            raise ValueError("long-only position cannot be negative")
        self._qty = int(value)
        if self._qty == 0:
            self._avg_cost = 0.0
            self._stop = self._target = None

    @property
    def avg_cost(self) -> float:
        return self._avg_cost

    @property
    def is_open(self) -> bool:
        return self._qty > 0

    def open(self, qty: int, price: float, stop_pct: float, target_pct: float) -> None:
        self._avg_cost = price
        self.qty = qty
        self._stop = price * (1 - stop_pct)
        self._target = price * (1 + target_pct)

    def exit_reason(self, price: float):
        if not self.is_open:
            return None
        if price <= self._stop:
            return "stop"
        if price >= self._target:
            return "target"
        return None

    def __repr__(self):
        return f"Position({self._symbol!r}, qty={self._qty}, avg={self._avg_cost:.2f})"


class Portfolio:
    def __init__(self, cash: float):
        self._cash = cash
        self.positions = {}
        self.closed = []

    @property
    def cash(self) -> float:
        return self._cash

    def position(self, symbol: str) -> Position:
        if symbol not in self.positions:
            self.positions[symbol] = Position(symbol)
        return self.positions[symbol]

    def buy(self, symbol, price, budget, stop, target):
        qty = int(min(budget, self._cash) // price)
        if qty <= 0:
            return
        self.position(symbol).open(qty, price, stop, target)
        self._cash -= qty * price

    def sell_all(self, symbol, price, reason):
        p = self.position(symbol)
        self._cash += p.qty * price
        self.closed.append({"symbol": symbol, "ret": price / p.avg_cost - 1, "reason": reason})
        p.qty = 0

    def value(self, prices) -> float:
        return self._cash + sum(p.qty * prices[s] for s, p in self.positions.items())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbols", type=int, default=6)
    ap.add_argument("--days", type=int, default=1000)
    ap.add_argument("--lookback", type=int, default=20)
    ap.add_argument("--stop", type=float, default=0.05)
    ap.add_argument("--target", type=float, default=0.10)
    ap.add_argument("--seed", type=int, default=1414)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    syms = [f"STK{i}" for i in range(args.symbols)]
    paths = {s: 25 * np.exp(np.cumsum(rng.normal(0.0003, 0.015, args.days))) for s in syms}
    pf = Portfolio(100_000.0)
    curve = []
    for t in range(args.days):
        prices = {s: float(paths[s][t]) for s in syms}
        for s in syms:
            pos = pf.position(s)
            if (reason := pos.exit_reason(prices[s])) is not None:
                pf.sell_all(s, prices[s], reason)
            elif not pos.is_open and t >= args.lookback:
                if prices[s] > paths[s][t - args.lookback] * 1.05:
                    pf.buy(s, prices[s], pf.value(prices) / len(syms), args.stop, args.target)
        curve.append(pf.value(prices))
    curve = np.array(curve)
    r = np.diff(curve) / curve[:-1]
    reasons = {k: sum(1 for c in pf.closed if c["reason"] == k) for k in ("stop", "target")}
    print("open positions:", [p for p in pf.positions.values() if p.is_open])
    print(json.dumps({
        "final_value": round(float(curve[-1]), 2),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_drawdown": round(float((curve / np.maximum.accumulate(curve) - 1).min()), 4),
        "closed_trades": len(pf.closed),
        "exit_reasons": reasons,
        "cash": round(pf.cash, 2),
    }))


if __name__ == "__main__":
    main()
