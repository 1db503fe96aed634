# generated: inside-bar / outside-bar pattern strategy with a frozen Bar dataclass that validates in __post_init__, json output
import argparse
import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import List, Optional

import numpy as np


@dataclass(frozen=True, order=True)
class Bar:
    day: date
    open: float = field(compare=False)
    high: float = field(compare=False)
    low: float = field(compare=False)
    close: float = field(compare=False)

    def __post_init__(self):
        if self.high < max(self.open, self.close) or self.low > min(self.open, self.close):
            raise ValueError(f"inconsistent bar on {self.day}")

    @property
    def range(self) -> float:
        return self.high - self.low

    @property
    def body(self) -> float:
        return abs(self.close - self.open)

    @property
    def bullish(self) -> bool:
        return self.close > self.open

    def inside(self, prev: "Bar") -> bool:
        return self.high < prev.high and self.low > prev.low

    def engulfs(self, prev: "Bar") -> bool:
        return self.high > prev.high and self.low < prev.low


def generate(n: int, seed: int) -> List[Bar]:
    rng = np.random.default_rng(seed)
    bars, px, day = [], 100.0, date(2018, 1, 2)
    while len(bars) < n:
        if day.weekday() < 5:
            o = px * (1 + rng.normal(0, 0.002))
            c = o * (1 + rng.normal(0.0002, 0.012))
            h = max(o, c) * (1 + abs(rng.normal(0, 0.006)))
            l = min(o, c) * (1 - abs(rng.normal(0, 0.006)))
            bars.append(Bar(day, o, h, l, c))
            px = c
        day += timedelta(days=1)
    return bars


def backtest(bars: List[Bar], hold: int):
    trades = []
    i = 2
    while i < len(bars) - 1:
        mother, inside, breakout = bars[i - 2], bars[i - 1], bars[i]
        signal: Optional[int] = None
        if inside.inside(mother):
            if breakout.close > mother.high:
                signal = 1
            elif breakout.close < mother.low:
                signal = -1
        if signal is not None:
            exit_i = min(i + hold, len(bars) - 1)
            entry_px = bars[i + 1].open
            exit_px = bars[exit_i].close
            trades.append(signal * (exit_px / entry_px - 1))
            i = exit_i
        i += 1
    return trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--hold", type=int, default=5)
    ap.add_argument("--seed", type=int, default=314)
    a = ap.parse_args()
    bars = generate(a.bars, a.seed)
    try:
        replace(bars[0], high=bars[0].low * 0.9)
        validation = "missed"
    except ValueError as exc:
        validation = f"caught: {exc}"
    trades = backtest(bars, a.hold)
    inside_count = sum(b.inside(p) for p, b in zip(bars, bars[1:]))
    engulf_count = sum(b.engulfs(p) for p, b in zip(bars, bars[1:]))
    arr = np.array(trades)
    print(validation)
    print(f"first/last bar: {min(bars).day} {max(bars).day}")
    print(json.dumps({
        "inside_bars": int(inside_count),
        "outside_bars": int(engulf_count),
        "trades": len(trades),
        "win_rate": round(float((arr > 0).mean()), 3) if len(arr) else None,
        "avg_trade": round(float(arr.mean()), 5) if len(arr) else None,
        "compounded": round(float(np.prod(1 + arr) - 1), 4),
        "bullish_share": round(sum(b.bullish for b in bars) / len(bars), 3),
        "avg_range_to_body": round(float(np.mean([b.range / max(b.body, 1e-9) for b in bars])), 2),
    }))


if __name__ == "__main__":
    main()
