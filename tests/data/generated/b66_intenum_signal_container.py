# generated: trading signals as IntEnum with helper methods, a SignalLog container class implementing __len__, __iter__, __getitem__, breakout strategy, print json summary
import argparse
import json
from dataclasses import dataclass
from enum import IntEnum
from typing import Iterator, List

import numpy as np


class Signal(IntEnum):
    SHORT = -1
    FLAT = 0
    LONG = 1

    def flip(self) -> "Signal":
        return Signal(-int(self))

    @classmethod
    def from_value(cls, x: float, deadband: float = 0.0) -> "Signal":
        if x > deadband:
            return cls.LONG
        if x < -deadband:
            return cls.SHORT
        return cls.FLAT


@dataclass(frozen=True)
class Entry:
    t: int
    signal: Signal
    price: float


class SignalLog:
    def __init__(self) -> None:
        self._entries: List[Entry] = []

    def append(self, e: Entry) -> None:
        if self._entries and self._entries[-1].signal == e.signal:
            return
        self._entries.append(e)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __getitem__(self, i):
        return self._entries[i]

    def round_trips(self):
        for a, b in zip(self._entries, self._entries[1:]):
            if a.signal != Signal.FLAT:
                yield a, b, int(a.signal) * (b.price / a.price - 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--lookback", type=int, default=30)
    ap.add_argument("--deadband", type=float, default=0.02)
    ap.add_argument("--contrarian", action="store_true")
    ap.add_argument("--seed", type=int, default=3737)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    px = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, args.n)))
    log = SignalLog()
    pos = np.zeros(args.n)
    for t in range(args.lookback, args.n):
        mom = px[t] / px[t - args.lookback] - 1
        sig = Signal.from_value(mom, args.deadband)
        if args.contrarian:
            sig = sig.flip()
        log.append(Entry(t, sig, float(px[t])))
        pos[t] = int(sig)
    r = np.r_[0.0, np.diff(px) / px[:-1]]
    strat = np.r_[0.0, pos[:-1]] * r
    eq = np.cumprod(1 + strat)
    trips = list(log.round_trips())
    counts = {s.name: sum(1 for e in log if e.signal is s) for s in Signal}
    print(f"{len(log)} signal changes; first: {log[0]}")
    print(json.dumps({
        "signal_changes": len(log),
        "signal_counts": counts,
        "round_trips": len(trips),
        "avg_trip_return": round(float(np.mean([x[2] for x in trips])), 5) if trips else None,
        "final_equity": round(float(eq[-1]), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "contrarian": args.contrarian,
    }))


if __name__ == "__main__":
    main()
