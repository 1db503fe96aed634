# generated: a paper-trading broker with a context-manager session (__enter__/__exit__) that settles positions at exit, plus a gap-fade strategy; print the session report as JSON
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np


@dataclass
class Execution:
    day: int
    symbol: str
    qty: int
    price: float


@dataclass
class PaperBroker:
    starting_cash: float
    fee_per_trade: float = 1.0
    cash: float = field(init=False)
    positions: Dict[str, int] = field(default_factory=dict)
    executions: List[Execution] = field(default_factory=list)
    closed: bool = field(default=False, init=False)
    last_prices: Dict[str, float] = field(default_factory=dict)

    def __post_init__(self):
        if self.starting_cash <= 0:
            raise ValueError("starting cash must be positive")
        self.cash = self.starting_cash

    def __enter__(self) -> "PaperBroker":
        print(f"session opened with ${self.starting_cash:,.0f}")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        for sym, qty in list(self.positions.items()):
            if qty:
                self.trade(-1, sym, -qty, self.last_prices[sym])
        self.closed = True
        print(f"session closed, cash ${self.cash:,.2f}")
        return False

    def trade(self, day: int, symbol: str, qty: int, price: float) -> None:
        if self.closed:
            raise RuntimeError("session is closed")
        self.cash -= qty * price + self.fee_per_trade
        self.positions[symbol] = self.positions.get(symbol, 0) + qty
        self.executions.append(Execution(day, symbol, qty, price))

    def mark(self, prices: Dict[str, float]) -> float:
        self.last_prices.update(prices)
        return self.cash + sum(q * prices[s] for s, q in self.positions.items())


def simulate_opens_closes(n_days, symbols, seed):
    rng = np.random.default_rng(seed)
    data = {}
    for s in symbols:
        close = np.empty(n_days)
        open_ = np.empty(n_days)
        prev = 100.0
        for d in range(n_days):
            gap = rng.normal(0, 0.01)
            open_[d] = prev * (1 + gap)
            # gaps partially fill intraday
            close[d] = open_[d] * (1 - 0.3 * gap + rng.normal(0, 0.01))
            prev = close[d]
        data[s] = (open_, close)
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=750)
    ap.add_argument("--gap", type=float, default=0.01, help="minimum gap to fade")
    ap.add_argument("--notional", type=float, default=10_000)
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()

    symbols = ["AAA", "BBB", "CCC"]
    data = simulate_opens_closes(a.days, symbols, a.seed)
    equity = []
    with PaperBroker(100_000) as broker:
        for d in range(1, a.days):
            for s in symbols:
                o, c = data[s][0][d], data[s][1][d]
                gap = o / data[s][1][d - 1] - 1
                if abs(gap) >= a.gap:
                    qty = int(a.notional / o) * (-1 if gap > 0 else 1)
                    broker.trade(d, s, qty, o)
                    broker.trade(d, s, -qty, c)
            equity.append(broker.mark({s: data[s][1][d] for s in symbols}))
    eq = np.array(equity)
    daily = np.diff(eq) / eq[:-1]
    print(json.dumps({
        "final_cash": round(broker.cash, 2),
        "pnl": round(broker.cash - broker.starting_cash, 2),
        "executions": len(broker.executions),
        "sharpe": round(float(daily.mean() / daily.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "open_positions": {k: v for k, v in broker.positions.items() if v},
    }))


if __name__ == "__main__":
    main()
