# generated: a carry/yield-curve strategy where rates are handled by small value classes Bps and Percent (with __repr__, __str__, __float__, __add__, __eq__, __lt__, __hash__); synthetic yield curves; print JSON
import argparse
import json
import math
from functools import total_ordering

import numpy as np
import pandas as pd


@total_ordering
class Bps:
    __slots__ = ("value",)

    def __init__(self, value: float):
        self.value = float(value)

    def __float__(self) -> float:
        return self.value

    def __repr__(self) -> str:
        return f"Bps({self.value:.1f})"

    def __str__(self) -> str:
        return f"{self.value:+.1f}bp"

    def __add__(self, other: "Bps") -> "Bps":
        return Bps(self.value + other.value)

    def __sub__(self, other: "Bps") -> "Bps":
        return Bps(self.value - other.value)

    def __eq__(self, other) -> bool:
        return isinstance(other, Bps) and self.value == other.value

    def __lt__(self, other: "Bps") -> bool:
        return self.value < other.value

    def __hash__(self) -> int:
        return hash(("bps", self.value))

    def as_percent(self) -> "Percent":
        return Percent(self.value / 100)


class Percent:
    def __init__(self, value: float):
        self.value = float(value)

    def __float__(self) -> float:
        return self.value / 100

    def __repr__(self) -> str:
        return f"Percent({self.value})"

    def __str__(self) -> str:
        return f"{self.value:.2f}%"

    def __eq__(self, other) -> bool:
        return isinstance(other, Percent) and math.isclose(self.value, other.value)

    def __hash__(self) -> int:
        return hash(round(self.value, 10))

    def to_bps(self) -> Bps:
        return Bps(self.value * 100)


TENORS = [2, 5, 10, 30]


def yield_curves(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    level = 3 + np.cumsum(rng.normal(0, 0.04, days))
    slope = 1 + np.cumsum(rng.normal(0, 0.02, days)) * 0.5
    curv = 0.2 * np.sin(np.linspace(0, 8, days))
    data = {}
    for t in TENORS:
        x = math.log(t) / math.log(30)
        data[f"{t}y"] = level + slope * (x - 0.5) + curv * (x - x ** 2)
    return pd.DataFrame(data, index=pd.bdate_range("2012-01-02", periods=days))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2500)
    ap.add_argument("--lookback", type=int, default=20)
    ap.add_argument("--threshold-bp", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=2)
    a = ap.parse_args()

    curves = yield_curves(a.days, a.seed)
    spread_2s10s = (curves["10y"] - curves["2y"]) * 100  # bp
    change = spread_2s10s.diff(a.lookback)
    threshold = Bps(a.threshold_bp)

    position = 0
    pnl_bp = []
    for t in range(a.lookback + 1, len(curves)):
        move = Bps(change.iloc[t - 1])
        if move > threshold:
            position = 1   # steepener momentum
        elif move < Bps(-threshold.value):
            position = -1
        pnl_bp.append(position * (spread_2s10s.iloc[t] - spread_2s10s.iloc[t - 1]))

    pnl = np.array(pnl_bp)
    cum = np.cumsum(pnl)
    best = max((Bps(x) for x in pnl), default=Bps(0))
    worst = min((Bps(x) for x in pnl), default=Bps(0))
    distinct_levels = {Percent(round(v, 2)) for v in curves["10y"].tail(50)}
    last_10y = Percent(curves["10y"].iloc[-1])
    print(f"last 10y yield {last_10y}, 2s10s {Bps(spread_2s10s.iloc[-1])}, best day {best}, worst day {worst}")
    print(json.dumps({
        "total_pnl_bp": round(float(cum[-1]), 1),
        "max_dd_bp": round(float((cum - np.maximum.accumulate(cum)).min()), 1),
        "daily_sharpe_ann": round(float(pnl.mean() / pnl.std() * math.sqrt(252)), 3),
        "best_day": str(best),
        "worst_day": str(worst),
        "last_10y": str(last_10y),
        "last_10y_bps": float(last_10y.to_bps()),
        "distinct_10y_levels_50d": len(distinct_levels),
    }))


if __name__ == "__main__":
    main()
