# generated: support/resistance strategy: detect swing highs/lows, store them as PriceLevel objects (total_ordering, __eq__ with tolerance, __hash__), merge nearby levels and trade bounces; JSON output
from __future__ import annotations

import argparse
import json
from functools import total_ordering

import numpy as np
import pandas as pd


@total_ordering
class PriceLevel:
    def __init__(self, price: float, kind: str, touches: int = 1):
        self.price = float(price)
        self.kind = kind
        self.touches = touches

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PriceLevel):
            return NotImplemented
        return round(self.price, 1) == round(other.price, 1) and self.kind == other.kind

    def __hash__(self) -> int:
        return hash((round(self.price, 1), self.kind))

    def __lt__(self, other: "PriceLevel") -> bool:
        return self.price < other.price

    def __repr__(self) -> str:
        return f"PriceLevel({self.price:.2f}, {self.kind}, touches={self.touches})"

    @property
    def strength(self) -> float:
        return float(np.log1p(self.touches))


def swing_points(close: pd.Series, order: int):
    window = 2 * order + 1
    roll_max = close.rolling(window, center=True).max()
    roll_min = close.rolling(window, center=True).min()
    highs = close[close == roll_max]
    lows = close[close == roll_min]
    return highs, lows


def merge_levels(levels: list[PriceLevel], tol: float) -> list[PriceLevel]:
    merged: list[PriceLevel] = []
    for lvl in sorted(levels):
        if merged and abs(lvl.price / merged[-1].price - 1) < tol:
            last = merged[-1]
            n = last.touches + lvl.touches
            merged[-1] = PriceLevel((last.price * last.touches + lvl.price * lvl.touches) / n, "zone", n)
        else:
            merged.append(lvl)
    return merged


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--order", type=int, default=5)
    ap.add_argument("--tol", type=float, default=0.01)
    ap.add_argument("--min-touches", type=int, default=2)
    ap.add_argument("--hold", type=int, default=5)
    ap.add_argument("--seed", type=int, default=41)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    x = np.zeros(2000)
    for i in range(1, len(x)):
        x[i] = 0.995 * x[i - 1] + rng.normal(0, 0.012)
    close = pd.Series(50 * np.exp(x), index=pd.bdate_range("2015-01-01", periods=len(x)))

    trades = []
    all_levels: set[PriceLevel] = set()
    split = 250
    for t in range(split, len(close) - a.hold, a.hold):
        hist = close.iloc[:t]
        highs, lows = swing_points(hist.iloc[-500:], a.order)
        levels = [PriceLevel(p, "res") for p in highs] + [PriceLevel(p, "sup") for p in lows]
        all_levels.update(levels)
        zones = [z for z in merge_levels(levels, a.tol) if z.touches >= a.min_touches]
        px = close.iloc[t]
        below = [z for z in zones if z.price <= px]
        above = [z for z in zones if z.price > px]
        if below and px / max(below).price - 1 < a.tol / 2:
            trades.append(close.iloc[t + a.hold] / px - 1)
        elif above and 1 - px / min(above).price < a.tol / 2:
            trades.append(1 - close.iloc[t + a.hold] / px)

    trades = np.array(trades)
    strongest = sorted(all_levels, key=lambda l: l.price)[-1]
    print(f"{len(all_levels)} distinct levels seen; highest: {strongest!r}")
    print(json.dumps({
        "trades": int(len(trades)),
        "win_rate": round(float((trades > 0).mean()), 3) if len(trades) else None,
        "mean_ret": round(float(trades.mean()), 5) if len(trades) else None,
        "total": round(float(np.prod(1 + trades) - 1), 4),
        "distinct_levels": len(all_levels),
    }))


if __name__ == "__main__":
    main()
