# generated: type-annotated strategy module using typing.Protocol, NamedTuple and TypedDict; a volatility breakout with a Sizer protocol; JSON output
from __future__ import annotations

import argparse
import json
import math
from typing import Iterable, List, NamedTuple, Protocol, Sequence, TypedDict

import numpy as np


class Bar(NamedTuple):
    t: int
    open: float
    high: float
    low: float
    close: float


class Stats(TypedDict):
    trades: int
    total_return: float
    sharpe: float
    max_dd: float
    sizer: str


class Sizer(Protocol):
    def size(self, equity: float, price: float, vol: float) -> float: ...


class FixedFraction:
    def __init__(self, fraction: float) -> None:
        self.fraction = fraction

    def size(self, equity: float, price: float, vol: float) -> float:
        return equity * self.fraction / price

    def __repr__(self) -> str:
        return f"FixedFraction({self.fraction})"


class VolTarget:
    def __init__(self, daily_risk: float) -> None:
        self.daily_risk = daily_risk

    def size(self, equity: float, price: float, vol: float) -> float:
        return 0.0 if vol <= 0 else equity * self.daily_risk / (vol * price)

    def __repr__(self) -> str:
        return f"VolTarget({self.daily_risk})"


def bars_from_walk(n: int, seed: int) -> List[Bar]:
    rng = np.random.default_rng(seed)
    c = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, n)))
    o = np.r_[c[0], c[:-1]] * np.exp(rng.normal(0, 0.003, n))
    h = np.maximum(o, c) * np.exp(np.abs(rng.normal(0, 0.005, n)))
    l = np.minimum(o, c) * np.exp(-np.abs(rng.normal(0, 0.005, n)))
    return [Bar(i, *vals) for i, vals in enumerate(zip(o, h, l, c))]


def realized_vol(closes: Sequence[float]) -> float:
    rets = [math.log(b / a) for a, b in zip(closes, closes[1:])]
    m = sum(rets) / len(rets)
    return math.sqrt(sum((r - m) ** 2 for r in rets) / (len(rets) - 1))


def run(bars: Iterable[Bar], sizer: Sizer, k: float, lookback: int) -> Stats:
    bars = list(bars)
    equity, curve, trades = 1_000_000.0, [], 0
    for prev, bar in zip(bars[lookback:], bars[lookback + 1:]):
        window = [b.close for b in bars[prev.t - lookback:prev.t + 1]]
        vol = realized_vol(window)
        trigger = bar.open * (1 + k * vol)
        if bar.high >= trigger:
            qty = sizer.size(equity, trigger, vol)
            equity += qty * (bar.close - trigger)
            trades += 1
        curve.append(equity)
    arr = np.array(curve)
    r = np.diff(arr) / arr[:-1]
    return Stats(
        trades=trades,
        total_return=round(float(arr[-1] / 1_000_000 - 1), 4),
        sharpe=round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        max_dd=round(float((arr / np.maximum.accumulate(arr) - 1).min()), 4),
        sizer=repr(sizer),
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=float, default=0.5)
    ap.add_argument("--lookback", type=int, default=20)
    ap.add_argument("--sizer", choices=("fixed", "vol"), default="vol")
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=72)
    a = ap.parse_args()
    sizer: Sizer = FixedFraction(0.5) if a.sizer == "fixed" else VolTarget(0.005)
    stats = run(bars_from_walk(a.bars, a.seed), sizer, a.k, a.lookback)
    print(f"{stats['sizer']}: {stats['trades']} trades")
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
