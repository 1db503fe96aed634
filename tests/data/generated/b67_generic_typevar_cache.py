# generated: generic typed rolling window class using TypeVar/Generic for streaming indicators (SMA, rolling max, rolling std via Welford), used in a live-style loop, JSON output
from __future__ import annotations

import argparse
import json
import math
import random
from collections import deque
from typing import Callable, Deque, Generic, Optional, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class RollingWindow(Generic[T]):
    def __init__(self, size: int) -> None:
        self.size = size
        self._buf: Deque[T] = deque(maxlen=size)

    def push(self, x: T) -> Optional[T]:
        dropped = self._buf[0] if len(self._buf) == self.size else None
        self._buf.append(x)
        return dropped

    @property
    def full(self) -> bool:
        return len(self._buf) == self.size

    def reduce(self, fn: Callable[[Deque[T]], R]) -> R:
        return fn(self._buf)


class RollingStats:
    """O(1) rolling mean/variance (add/remove Welford-style sums)."""

    def __init__(self, size: int) -> None:
        self._win: RollingWindow[float] = RollingWindow(size)
        self._sum = 0.0
        self._sumsq = 0.0

    def update(self, x: float) -> None:
        old = self._win.push(x)
        self._sum += x
        self._sumsq += x * x
        if old is not None:
            self._sum -= old
            self._sumsq -= old * old

    @property
    def ready(self) -> bool:
        return self._win.full

    @property
    def mean(self) -> float:
        return self._sum / self._win.size

    @property
    def std(self) -> float:
        n = self._win.size
        var = (self._sumsq - self._sum ** 2 / n) / (n - 1)
        return math.sqrt(max(var, 0.0))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--window", type=int, default=50)
    ap.add_argument("--k", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=3838)
    args = ap.parse_args()

    rnd = random.Random(args.seed)
    stats = RollingStats(args.window)
    highs: RollingWindow[float] = RollingWindow(args.window)
    price, pos, cash, entry = 100.0, 0, 0.0, 0.0
    trades = []
    for t in range(args.n):
        price *= math.exp(rnd.gauss(0, 0.002) + 0.02 * (100 - price) / 100 * 0.01)
        if stats.ready:
            z = (price - stats.mean) / stats.std if stats.std > 0 else 0.0
            if pos == 0 and z < -args.k:
                pos, entry = 1, price
            elif pos == 1 and (z > 0 or price >= highs.reduce(max)):
                trades.append(price / entry - 1)
                pos = 0
        stats.update(price)
        highs.push(price)
        if t and t % 5000 == 0:
            print(f"tick {t}: price={price:.3f} mean={stats.mean:.3f} sd={stats.std:.4f} trades={len(trades)}")
    wins = [x for x in trades if x > 0]
    print(json.dumps({
        "trades": len(trades),
        "win_rate": round(len(wins) / len(trades), 3) if trades else None,
        "avg_trade_bps": round(sum(trades) / len(trades) * 1e4, 2) if trades else None,
        "compounded": round(math.prod(1 + x for x in trades) - 1, 4),
        "final_price": round(price, 4),
    }))


if __name__ == "__main__":
    main()
