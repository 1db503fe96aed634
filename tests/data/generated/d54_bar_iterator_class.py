# generated: write a BarFeed iterator class (__iter__/__next__/__len__) that replays synthetic bars, a Bar dataclass with slots, and a simple moving-average crossover consumer using itertools.islice and itertools.groupby for monthly P&L; JSON output
import argparse
import itertools
import json
import math
from collections import deque
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np


@dataclass(slots=True, frozen=True)
class Bar:
    day: date
    close: float
    volume: int

    @property
    def month(self) -> str:
        return self.day.strftime("%Y-%m")


class BarFeed:
    def __init__(self, n: int, seed: int, start: date = date(2019, 1, 1)):
        self._rng = np.random.default_rng(seed)
        self._n = n
        self._i = 0
        self._day = start
        self._price = 100.0

    def __len__(self):
        return self._n

    def __iter__(self):
        return self

    def __next__(self) -> Bar:
        if self._i >= self._n:
            raise StopIteration
        self._i += 1
        self._day += timedelta(days=1)
        while self._day.weekday() >= 5:
            self._day += timedelta(days=1)
        self._price *= math.exp(self._rng.normal(0.0003, 0.012))
        return Bar(self._day, round(self._price, 4), int(self._rng.integers(1e5, 1e6)))


def crossover(feed, fast: int, slow: int):
    f, s = deque(maxlen=fast), deque(maxlen=slow)
    pos = 0
    prev_close = None
    for bar in feed:
        ret = 0.0 if prev_close is None else pos * (bar.close / prev_close - 1)
        yield bar, ret
        f.append(bar.close)
        s.append(bar.close)
        if len(s) == slow:
            pos = 1 if sum(f) / len(f) > sum(s) / len(s) else 0
        prev_close = bar.close


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--fast", type=int, default=10)
    ap.add_argument("--slow", type=int, default=40)
    ap.add_argument("--skip", type=int, default=0, help="bars to skip before trading")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()

    feed = BarFeed(a.bars, a.seed)
    print(f"feed has {len(feed)} bars")
    stream = itertools.islice(crossover(feed, a.fast, a.slow), a.skip, None)
    rows = list(stream)

    monthly = {}
    for month, group in itertools.groupby(rows, key=lambda br: br[0].month):
        monthly[month] = round(math.prod(1 + r for _, r in group) - 1, 5)

    rets = np.array([r for _, r in rows])
    eq = np.cumprod(1 + rets)
    best = max(monthly.items(), key=lambda kv: kv[1])
    worst = min(monthly.items(), key=lambda kv: kv[1])
    print(f"first bar {rows[0][0]}, last bar {rows[-1][0]}")
    print(json.dumps({
        "bars": len(rows),
        "months": len(monthly),
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe": round(float(rets.mean() / rets.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "best_month": {"month": best[0], "ret": best[1]},
        "worst_month": {"month": worst[0], "ret": worst[1]},
        "positive_months": sum(v > 0 for v in monthly.values()),
    }))


if __name__ == "__main__":
    main()
