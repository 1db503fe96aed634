# generated: define Candle and BarSeries classes (BarSeries supports len, indexing, iteration, slicing) and run an engulfing-pattern strategy; print json
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from typing import Iterator, overload


@dataclass(frozen=True, slots=True)
class Candle:
    ts: int
    open: float
    high: float
    low: float
    close: float

    @property
    def body(self) -> float:
        return abs(self.close - self.open)

    @property
    def bullish(self) -> bool:
        return self.close > self.open

    @property
    def range(self) -> float:
        return self.high - self.low

    def engulfs(self, prev: "Candle") -> bool:
        return (max(self.open, self.close) >= max(prev.open, prev.close)
                and min(self.open, self.close) <= min(prev.open, prev.close)
                and self.body > prev.body)


class BarSeries:
    def __init__(self, candles: list[Candle]):
        self._candles = list(candles)

    @classmethod
    def random_walk(cls, n: int, seed: int, start: float = 100.0) -> "BarSeries":
        rng = random.Random(seed)
        out, px = [], start
        for t in range(n):
            o = px
            c = o * (1 + rng.gauss(0.0002, 0.012))
            h = max(o, c) * (1 + abs(rng.gauss(0, 0.004)))
            l = min(o, c) * (1 - abs(rng.gauss(0, 0.004)))
            out.append(Candle(t, o, h, l, c))
            px = c * (1 + rng.gauss(0, 0.002))
        return cls(out)

    def __len__(self) -> int:
        return len(self._candles)

    @overload
    def __getitem__(self, i: int) -> Candle: ...
    @overload
    def __getitem__(self, i: slice) -> "BarSeries": ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return BarSeries(self._candles[i])
        return self._candles[i]

    def __iter__(self) -> Iterator[Candle]:
        return iter(self._candles)

    def __contains__(self, c: Candle) -> bool:
        return c in self._candles

    def closes(self) -> list[float]:
        return [c.close for c in self._candles]

    def sma(self, n: int) -> list[float | None]:
        out, s = [], 0.0
        cl = self.closes()
        for i, x in enumerate(cl):
            s += x
            if i >= n:
                s -= cl[i - n]
            out.append(s / n if i >= n - 1 else None)
        return out

    def pairs(self) -> Iterator[tuple[Candle, Candle]]:
        yield from zip(self._candles, self._candles[1:])


def backtest(bars: BarSeries, hold: int, trend_len: int) -> dict:
    sma = bars.sma(trend_len)
    trades = []
    i = 1
    while i < len(bars) - hold - 1:
        prev, cur = bars[i - 1], bars[i]
        if sma[i] is not None and cur.bullish and not prev.bullish and cur.engulfs(prev) and cur.close > sma[i]:
            entry = bars[i + 1].open
            exit_ = bars[i + hold].close
            trades.append(exit_ / entry - 1)
            i += hold
        i += 1
    n = len(trades)
    wins = [t for t in trades if t > 0]
    total = 1.0
    for t in trades:
        total *= 1 + t
    return {"trades": n, "win_rate": round(len(wins) / n, 3) if n else None,
            "avg": round(sum(trades) / n, 5) if n else None, "total": round(total - 1, 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--hold", type=int, default=5)
    ap.add_argument("--trend", type=int, default=50)
    ap.add_argument("--seed", type=int, default=71)
    a = ap.parse_args()

    bars = BarSeries.random_walk(a.bars, a.seed)
    engulfing = sum(1 for p, c in bars.pairs() if c.engulfs(p))
    print(f"{len(bars)} bars, {engulfing} engulfing candles, last close {bars[-1].close:.2f}")
    first_half, second_half = bars[: len(bars) // 2], bars[len(bars) // 2:]
    res = {
        "full": backtest(bars, a.hold, a.trend),
        "first_half": backtest(first_half, a.hold, a.trend),
        "second_half": backtest(second_half, a.hold, a.trend),
        "avg_range_pct": round(sum(c.range / c.close for c in bars) / len(bars), 5),
        "bullish_share": round(sum(c.bullish for c in bars) / len(bars), 3),
        "first_in_series": bars[0] in bars,
    }
    print(json.dumps(res))


if __name__ == "__main__":
    main()
