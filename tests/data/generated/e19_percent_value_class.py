# generated: volatility targeting strategy with a Percent value type (repr/str/float/comparison), JSON output
import argparse
import json
import math
from functools import total_ordering

import numpy as np
import pandas as pd


@total_ordering
class Percent:
    __slots__ = ("value",)

    def __init__(self, value: float):
        self.value = float(value)

    @classmethod
    def from_str(cls, text: str) -> "Percent":
        text = text.strip()
        if text.endswith("%"):
            return cls(float(text[:-1]) / 100)
        return cls(float(text))

    def __float__(self) -> float:
        return self.value

    def __repr__(self) -> str:
        return f"Percent({self.value!r})"

    def __str__(self) -> str:
        return f"{self.value * 100:.2f}%"

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        return format(self.value * 100, spec) + "%"

    def __eq__(self, other) -> bool:
        return float(self) == float(other)

    def __lt__(self, other) -> bool:
        return float(self) < float(other)

    def __hash__(self) -> int:
        return hash(round(self.value, 12))

    def __mul__(self, other):
        return Percent(self.value * float(other))

    def __truediv__(self, other):
        return self.value / float(other)


def realized_vol(returns: pd.Series, span: int) -> pd.Series:
    return returns.ewm(span=span).std() * math.sqrt(252)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", type=Percent.from_str, default=Percent(0.10))
    ap.add_argument("--max-lev", type=float, default=2.0, dest="max_lev")
    ap.add_argument("--span", type=int, default=30)
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=2)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    vol_regime = np.where((np.arange(a.n) // 250) % 2 == 0, 0.008, 0.02)
    r = pd.Series(rng.normal(0.0003, vol_regime), index=pd.bdate_range("2012-01-02", periods=a.n))
    vol = realized_vol(r, a.span)
    lev = (float(a.target) / vol).clip(upper=a.max_lev).shift(1).fillna(1.0)
    strat = lev * r

    def ann_vol(x):
        return Percent(x.std() * math.sqrt(252))

    realized = ann_vol(strat)
    unlevered = ann_vol(r)
    yearly = strat.groupby(strat.index.year).apply(lambda x: Percent(x.std() * math.sqrt(252)))
    within = sum(1 for v in yearly if abs(float(v) - float(a.target)) < 0.03)
    print(f"target {a.target}, realized {realized:.1f}, unlevered {unlevered!s}")
    print(json.dumps({
        "target_vol": float(a.target),
        "realized_vol": round(float(realized), 4),
        "unlevered_vol": round(float(unlevered), 4),
        "vol_closer_to_target": realized < unlevered or realized == a.target,
        "years_within_3pct": within,
        "avg_leverage": round(float(lev.mean()), 3),
        "sharpe": round(float(strat.mean() / strat.std() * math.sqrt(252)), 3),
        "max_yearly_vol": str(max(yearly)),
    }))


if __name__ == "__main__":
    main()
