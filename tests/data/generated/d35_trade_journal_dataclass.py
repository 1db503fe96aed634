# generated: a swing trading backtest that records trades in a TradeJournal with dataclasses (field defaults, __post_init__, properties, ordering by pnl), groups by exit reason with defaultdict and reports JSON
import argparse
import json
import math
import operator
from collections import defaultdict
from dataclasses import dataclass, field, asdict
from datetime import date
from enum import Enum
from typing import List

import numpy as np
import pandas as pd


class ExitReason(Enum):
    TARGET = "target"
    STOP = "stop"
    TIME = "time"

    def is_forced(self) -> bool:
        return self in (ExitReason.STOP, ExitReason.TIME)


@dataclass(order=True)
class JournalEntry:
    pnl_pct: float = field(init=False)
    entry_date: date = field(compare=False)
    exit_date: date = field(compare=False)
    entry: float = field(compare=False)
    exit: float = field(compare=False)
    reason: ExitReason = field(compare=False)

    def __post_init__(self):
        self.pnl_pct = (self.exit / self.entry - 1) * 100

    @property
    def days_held(self) -> int:
        return (self.exit_date - self.entry_date).days

    @property
    def winner(self) -> bool:
        return self.pnl_pct > 0


@dataclass
class TradeJournal:
    entries: List[JournalEntry] = field(default_factory=list)

    def add(self, e: JournalEntry) -> None:
        self.entries.append(e)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def win_rate(self) -> float:
        return sum(e.winner for e in self.entries) / len(self.entries) if self.entries else 0.0

    @property
    def profit_factor(self) -> float:
        gains = sum(e.pnl_pct for e in self.entries if e.pnl_pct > 0)
        losses = -sum(e.pnl_pct for e in self.entries if e.pnl_pct < 0)
        return gains / losses if losses else math.inf

    def by_reason(self):
        groups = defaultdict(list)
        for e in self.entries:
            groups[e.reason.value].append(e)
        return groups


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--pullback", type=float, default=0.04)
    ap.add_argument("--target", type=float, default=0.06)
    ap.add_argument("--stop", type=float, default=0.03)
    ap.add_argument("--max-hold", type=int, default=15)
    ap.add_argument("--seed", type=int, default=58)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    px = pd.Series(60 * np.exp(np.cumsum(rng.normal(0.0004, 0.014, a.days))),
                   index=pd.bdate_range("2015-01-01", periods=a.days))
    trend = px.rolling(100).mean()
    recent_high = px.rolling(10).max()

    journal = TradeJournal()
    i = 100
    dates = px.index
    while i < len(px) - 1:
        if px.iloc[i] > trend.iloc[i] and px.iloc[i] < recent_high.iloc[i] * (1 - a.pullback):
            entry = px.iloc[i + 1]
            entry_i = i + 1
            reason, j = ExitReason.TIME, min(entry_i + a.max_hold, len(px) - 1)
            for k in range(entry_i + 1, j + 1):
                if px.iloc[k] >= entry * (1 + a.target):
                    reason, j = ExitReason.TARGET, k
                    break
                if px.iloc[k] <= entry * (1 - a.stop):
                    reason, j = ExitReason.STOP, k
                    break
            journal.add(JournalEntry(dates[entry_i].date(), dates[j].date(), entry, px.iloc[j], reason))
            i = j + 1
        else:
            i += 1

    best = max(journal.entries)
    worst = min(journal.entries)
    longest = max(journal.entries, key=operator.attrgetter("days_held"))
    reasons = {r: {"n": len(es), "avg_pct": round(sum(e.pnl_pct for e in es) / len(es), 3),
                   "forced": ExitReason(r).is_forced()}
               for r, es in journal.by_reason().items()}
    print(f"best trade {best.entry_date} {best.pnl_pct:+.2f}%, worst {worst.entry_date} {worst.pnl_pct:+.2f}%")
    best_d = asdict(best)
    best_d["reason"] = best.reason.value
    print(json.dumps({
        "trades": len(journal),
        "win_rate": round(journal.win_rate, 3),
        "profit_factor": round(journal.profit_factor, 3),
        "longest_hold_days": longest.days_held,
        "by_reason": reasons,
        "best": {k: (str(v) if isinstance(v, date) else round(v, 3) if isinstance(v, float) else v) for k, v in best_d.items()},
    }))


if __name__ == "__main__":
    main()
