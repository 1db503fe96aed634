# generated: streaming indicator objects (EMA, RollingStd, RSI) implemented as callable classes with __call__ and __len__, composed into a live-style trading loop; JSON output
from __future__ import annotations

import argparse
import json
import math
from collections import deque

import numpy as np


class EMA:
    def __init__(self, span: int):
        self.alpha = 2 / (span + 1)
        self.value: float | None = None
        self.count = 0

    def __call__(self, x: float) -> float:
        self.value = x if self.value is None else self.alpha * x + (1 - self.alpha) * self.value
        self.count += 1
        return self.value

    def __len__(self) -> int:
        return self.count

    def __repr__(self) -> str:
        return f"EMA(alpha={self.alpha:.4f}, value={self.value})"


class RollingStd:
    def __init__(self, n: int):
        self.buf: deque[float] = deque(maxlen=n)
        self.s = 0.0
        self.ss = 0.0

    def __call__(self, x: float) -> float | None:
        if len(self.buf) == self.buf.maxlen:
            old = self.buf[0]
            self.s -= old
            self.ss -= old * old
        self.buf.append(x)
        self.s += x
        self.ss += x * x
        n = len(self.buf)
        if n < self.buf.maxlen:
            return None
        var = max(self.ss / n - (self.s / n) ** 2, 0.0)
        return math.sqrt(var * n / (n - 1))

    def __len__(self) -> int:
        return len(self.buf)


class RSI:
    def __init__(self, n: int = 14):
        self.n = n
        self.prev = None
        self.up = EMA(2 * n - 1)
        self.dn = EMA(2 * n - 1)

    def __call__(self, x: float) -> float | None:
        if self.prev is None:
            self.prev = x
            return None
        d = x - self.prev
        self.prev = x
        u = self.up(max(d, 0.0))
        v = self.dn(max(-d, 0.0))
        if len(self.up) < self.n:
            return None
        return 100.0 if v == 0 else 100 - 100 / (1 + u / v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticks", type=int, default=6000)
    ap.add_argument("--fast", type=int, default=12)
    ap.add_argument("--slow", type=int, default=48)
    ap.add_argument("--vol-window", type=int, default=50)
    ap.add_argument("--target-vol", type=float, default=0.001)
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    drift = np.repeat(rng.normal(0, 0.0004, a.ticks // 300 + 1), 300)[: a.ticks]
    prices = 100 * np.exp(np.cumsum(drift + rng.normal(0, 0.001, a.ticks)))

    fast, slow, vol, rsi = EMA(a.fast), EMA(a.slow), RollingStd(a.vol_window), RSI()
    pos = 0.0
    prev_px = None
    pnl, turnover = [], 0.0
    for px in prices:
        if prev_px is not None:
            pnl.append(pos * (px / prev_px - 1))
        r = 0.0 if prev_px is None else px / prev_px - 1
        f, s, sd, rs = fast(px), slow(px), vol(r), rsi(px)
        if sd and rs is not None:
            direction = 1.0 if f > s else -1.0
            if (direction > 0 and rs > 80) or (direction < 0 and rs < 20):
                direction *= 0.5
            target = direction * min(a.target_vol / sd, 3.0)
            turnover += abs(target - pos)
            pos = target
        prev_px = px

    pnl = np.array(pnl)
    eq = np.cumprod(1 + pnl)
    print(f"{fast!r}; {slow!r}; samples={len(fast)}")
    print(json.dumps({
        "ticks": int(len(prices)),
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe_per_tick_x_sqrt_n": round(float(pnl.mean() / pnl.std() * np.sqrt(len(pnl))), 3),
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "turnover": round(turnover, 2),
        "final_position": round(pos, 3),
    }))


if __name__ == "__main__":
    main()
