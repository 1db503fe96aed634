# generated: detect candlestick patterns (hammer, engulfing, doji) with a Candle dataclass that has computed properties, trade them on synthetic OHLC and print JSON stats per pattern
import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

import numpy as np


@dataclass(frozen=True)
class Candle:
    open: float
    high: float
    low: float
    close: float

    @property
    def body(self) -> float:
        return abs(self.close - self.open)

    @property
    def range(self) -> float:
        return self.high - self.low

    @property
    def upper_wick(self) -> float:
        return self.high - max(self.open, self.close)

    @property
    def lower_wick(self) -> float:
        return min(self.open, self.close) - self.low

    @property
    def bullish(self) -> bool:
        return self.close > self.open

    def __str__(self) -> str:
        arrow = "▲" if self.bullish else "▼"
        return f"{arrow} O{self.open:.2f} H{self.high:.2f} L{self.low:.2f} C{self.close:.2f}"


def is_doji(c: Candle, prev: Optional[Candle]) -> Optional[int]:
    return 0 if c.range > 0 and c.body / c.range < 0.1 else None


def is_hammer(c: Candle, prev: Optional[Candle]) -> Optional[int]:
    if c.range == 0:
        return None
    if c.lower_wick > 2 * c.body and c.upper_wick < 0.3 * c.body + 1e-9:
        return 1
    if c.upper_wick > 2 * c.body and c.lower_wick < 0.3 * c.body + 1e-9:
        return -1
    return None


def is_engulfing(c: Candle, prev: Optional[Candle]) -> Optional[int]:
    if prev is None:
        return None
    if c.bullish and not prev.bullish and c.close > prev.open and c.open < prev.close:
        return 1
    if not c.bullish and prev.bullish and c.open > prev.close and c.close < prev.open:
        return -1
    return None


PATTERNS: Dict[str, Callable[[Candle, Optional[Candle]], Optional[int]]] = {
    "doji": is_doji,
    "hammer": is_hammer,
    "engulfing": is_engulfing,
}


def make_candles(n: int, seed: int) -> List[Candle]:
    rng = np.random.default_rng(seed)
    out = []
    prev_close = 100.0
    for _ in range(n):
        o = prev_close * (1 + rng.normal(0, 0.002))
        c = o * (1 + rng.normal(0, 0.012))
        h = max(o, c) * (1 + abs(rng.normal(0, 0.006)))
        l = min(o, c) * (1 - abs(rng.normal(0, 0.006)))
        out.append(Candle(o, h, l, c))
        prev_close = c
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--hold", type=int, default=3, help="bars to hold after a signal")
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()

    candles = make_candles(a.n, a.seed)
    results: Dict[str, List[float]] = defaultdict(list)
    hits: Dict[str, int] = defaultdict(int)
    for i in range(1, len(candles) - a.hold):
        c, prev = candles[i], candles[i - 1]
        for name, fn in PATTERNS.items():
            direction = fn(c, prev)
            if direction is None:
                continue
            hits[name] += 1
            if direction == 0:
                continue
            fwd = candles[i + a.hold].close / candles[i + 1].open - 1
            results[name].append(direction * fwd)

    print("last candle:", candles[-1])
    stats = {}
    for name in PATTERNS:
        rs = np.array(results[name]) if results[name] else np.zeros(0)
        stats[name] = {
            "detections": hits[name],
            "trades": int(rs.size),
            "avg_fwd_ret_bps": round(float(rs.mean() * 1e4), 2) if rs.size else None,
            "win_rate": round(float((rs > 0).mean()), 3) if rs.size else None,
        }
    print(json.dumps({"bars": a.n, "hold": a.hold, "patterns": stats}))


if __name__ == "__main__":
    main()
