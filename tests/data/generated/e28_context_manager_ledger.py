# generated: backtest that records trades in a Ledger with a transaction context manager and rollback on error; json summary
import argparse
import json
import time
from dataclasses import dataclass, field
from typing import List

import numpy as np


class InsufficientFunds(Exception):
    pass


@dataclass
class Entry:
    t: int
    symbol: str
    qty: int
    price: float

    @property
    def cash_flow(self) -> float:
        return -self.qty * self.price


@dataclass
class Ledger:
    cash: float
    entries: List[Entry] = field(default_factory=list)
    positions: dict = field(default_factory=dict)
    rejected: int = 0

    def transaction(self) -> "_Transaction":
        return _Transaction(self)

    def book(self, entry: Entry):
        new_cash = self.cash + entry.cash_flow
        if new_cash < 0:
            raise InsufficientFunds(f"need {-entry.cash_flow:.2f}, have {self.cash:.2f}")
        self.cash = new_cash
        self.entries.append(entry)
        self.positions[entry.symbol] = self.positions.get(entry.symbol, 0) + entry.qty


class _Transaction:
    """All-or-nothing booking: restores the ledger if any booking fails."""

    def __init__(self, ledger: "Ledger"):
        self._ledger = ledger
        self._snapshot = None

    def __enter__(self) -> "Ledger":
        lg = self._ledger
        self._snapshot = (lg.cash, list(lg.entries), dict(lg.positions))
        return lg

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None and issubclass(exc_type, InsufficientFunds):
            lg = self._ledger
            lg.cash, lg.entries, lg.positions = self._snapshot
            lg.rejected += 1
            return True
        return False


class Timer:
    def __init__(self):
        self._clock = time.perf_counter
        self.elapsed = 0.0

    def __enter__(self):
        self._start = self._clock()
        return self

    def __exit__(self, *exc):
        self.elapsed = self._clock() - self._start
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cash", type=float, default=50_000)
    ap.add_argument("--bars", type=int, default=1000)
    ap.add_argument("--lot", type=int, default=100)
    ap.add_argument("--seed", type=int, default=27)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    syms = ["ALPHA", "BETA", "GAMMA"]
    prices = {s: 80 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, a.bars))) for s in syms}
    ledger = Ledger(cash=a.cash)
    with Timer() as timer:
        for t in range(20, a.bars):
            for s in syms:
                p = prices[s]
                mom = p[t] / p[t - 20] - 1
                held = ledger.positions.get(s, 0)
                with ledger.transaction() as lg:
                    if mom > 0.05 and held == 0:
                        lg.book(Entry(t, s, a.lot, p[t]))
                        lg.book(Entry(t, s, a.lot, p[t]))  # scale in twice; may fail atomically
                    elif mom < -0.02 and held > 0:
                        lg.book(Entry(t, s, -held, p[t]))
    final_prices = {s: prices[s][-1] for s in syms}
    mtm = ledger.cash + sum(q * final_prices[s] for s, q in ledger.positions.items())
    print(f"{len(ledger.entries)} entries, {ledger.rejected} rejected, {timer.elapsed * 1000:.1f} ms")
    print(json.dumps({
        "final_value": round(float(mtm), 2),
        "return": round(float(mtm / a.cash - 1), 4),
        "entries": len(ledger.entries),
        "rejected_transactions": ledger.rejected,
        "open_positions": {k: v for k, v in ledger.positions.items() if v},
        "cash": round(ledger.cash, 2),
    }))


if __name__ == "__main__":
    main()
