# generated: a trade journal class that records trades and computes expectancy, profit factor, streaks and per-weekday stats; run a breakout strategy and print JSON
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from typing import Iterator

import numpy as np


@dataclass(order=True, frozen=True)
class JournalEntry:
    opened: date
    closed: date
    side: str = field(compare=False)
    entry: float = field(compare=False)
    exit: float = field(compare=False)
    qty: int = field(compare=False, default=1)

    @property
    def pnl(self) -> float:
        sign = 1 if self.side == "long" else -1
        return sign * (self.exit - self.entry) * self.qty

    @property
    def r_pct(self) -> float:
        sign = 1 if self.side == "long" else -1
        return sign * (self.exit / self.entry - 1)


class TradeJournal:
    def __init__(self) -> None:
        self._entries: list[JournalEntry] = []

    def record(self, entry: JournalEntry) -> None:
        self._entries.append(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[JournalEntry]:
        yield from sorted(self._entries)

    def winners(self) -> Iterator[JournalEntry]:
        return (e for e in self if e.pnl > 0)

    def losers(self) -> Iterator[JournalEntry]:
        return (e for e in self if e.pnl <= 0)

    @property
    def profit_factor(self) -> float:
        gains = sum(e.pnl for e in self.winners())
        losses = -sum(e.pnl for e in self.losers())
        return gains / losses if losses else float("inf")

    @property
    def expectancy(self) -> float:
        return sum(e.r_pct for e in self) / len(self) if len(self) else 0.0

    def longest_streaks(self) -> dict:
        best = {"win": 0, "loss": 0}
        for is_win, grp in groupby(self, key=lambda e: e.pnl > 0):
            k = "win" if is_win else "loss"
            best[k] = max(best[k], sum(1 for _ in grp))
        return best

    def by_weekday(self) -> dict:
        buckets = defaultdict(list)
        for e in self:
            buckets[e.opened.strftime("%a")].append(e.r_pct)
        return {d: round(float(np.mean(v)), 5) for d, v in sorted(buckets.items())}


def trading_days(start: date, n: int) -> list[date]:
    days, d = [], start
    while len(days) < n:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=20)
    ap.add_argument("--hold", type=int, default=10)
    ap.add_argument("--qty", type=int, default=100)
    ap.add_argument("--seed", type=int, default=90)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    n = 2000
    px = 60 * np.exp(np.cumsum(rng.normal(0.0002, 0.014, n)))
    days = trading_days(date(2015, 1, 1), n)

    journal = TradeJournal()
    i = a.lookback
    while i < n - a.hold:
        window = px[i - a.lookback:i]
        if px[i] > window.max():
            journal.record(JournalEntry(days[i], days[i + a.hold], "long", px[i], px[i + a.hold], a.qty))
            i += a.hold
        elif px[i] < window.min():
            journal.record(JournalEntry(days[i], days[i + a.hold], "short", px[i], px[i + a.hold], a.qty))
            i += a.hold
        i += 1

    first = next(iter(journal))
    print(f"journal has {len(journal)} trades, first opened {first.opened:%Y-%m-%d} ({first.side})")
    print(json.dumps({
        "trades": len(journal),
        "net_pnl": round(sum(e.pnl for e in journal), 2),
        "profit_factor": round(journal.profit_factor, 3),
        "expectancy_pct": round(journal.expectancy * 100, 4),
        "streaks": journal.longest_streaks(),
        "weekday_avg_ret": journal.by_weekday(),
        "long_count": sum(1 for e in journal if e.side == "long"),
    }))


if __name__ == "__main__":
    main()
