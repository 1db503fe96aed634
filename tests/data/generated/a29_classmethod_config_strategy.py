# generated: a Strategy base class with classmethod constructors from a preset name or a params string, staticmethod indicators, and subclasses for trend and mean reversion; run both and print json
from __future__ import annotations

import argparse
import json
import re
from abc import ABC, abstractmethod
from typing import ClassVar, Dict, Type

import numpy as np
import pandas as pd


class Strategy(ABC):
    registry: ClassVar[Dict[str, Type["Strategy"]]] = {}
    presets: ClassVar[Dict[str, Dict[str, float]]] = {}
    name: ClassVar[str] = "base"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Strategy.registry[cls.name] = cls

    def __init__(self, **params: float) -> None:
        self.params = params

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{type(self).__name__}({inner})"

    @classmethod
    def from_preset(cls, preset: str) -> "Strategy":
        return cls(**cls.presets[preset])

    @classmethod
    def from_string(cls, spec: str) -> "Strategy":
        """Parse 'trend:fast=10,slow=40' style specs."""
        m = re.fullmatch(r"(?P<name>\w+)(?::(?P<args>[\w=.,-]+))?", spec.strip())
        if not m:
            raise ValueError(f"bad spec {spec!r}")
        klass = cls.registry[m["name"]]
        params = {}
        for pair in filter(None, (m["args"] or "").split(",")):
            key, value = pair.split("=")
            params[key] = float(value) if "." in value else int(value)
        merged = {**klass.presets.get("default", {}), **params}
        return klass(**merged)

    @staticmethod
    def sma(s: pd.Series, n: int) -> pd.Series:
        return s.rolling(int(n)).mean()

    @staticmethod
    def zscore(s: pd.Series, n: int) -> pd.Series:
        return (s - s.rolling(int(n)).mean()) / s.rolling(int(n)).std()

    @abstractmethod
    def positions(self, close: pd.Series) -> pd.Series:
        ...

    def backtest(self, close: pd.Series) -> dict:
        pos = self.positions(close).shift(1).fillna(0)
        r = pos * close.pct_change().fillna(0)
        eq = (1 + r).cumprod()
        return {
            "strategy": repr(self),
            "total_return": round(float(eq.iloc[-1] - 1), 4),
            "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)) if r.std() else 0.0, 3),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        }


class Trend(Strategy):
    name = "trend"
    presets = {"default": {"fast": 20, "slow": 100}, "fast": {"fast": 5, "slow": 20}}

    def positions(self, close):
        return (self.sma(close, self.params["fast"]) > self.sma(close, self.params["slow"])).astype(float)


class MeanReversion(Strategy):
    name = "meanrev"
    presets = {"default": {"window": 20, "entry": 2.0}, "tight": {"window": 10, "entry": 1.0}}

    def positions(self, close):
        z = self.zscore(close, self.params["window"])
        e = self.params["entry"]
        return pd.Series(np.where(z < -e, 1.0, np.where(z > e, -1.0, np.nan)), index=close.index).ffill().fillna(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", action="append", default=None, help="e.g. trend:fast=10,slow=50 (repeatable)")
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, args.bars))),
                      index=pd.bdate_range("2012-01-01", periods=args.bars))
    strategies = [Strategy.from_string(s) for s in args.spec] if args.spec else [
        Trend.from_preset("default"), Trend.from_preset("fast"),
        MeanReversion.from_preset("default"), MeanReversion.from_preset("tight"),
    ]
    results = [s.backtest(close) for s in strategies]
    for r in results:
        print(f"{r['strategy']:<40} {r['total_return']:+.2%}")
    print(json.dumps({"registered": sorted(Strategy.registry), "results": results,
                      "best": max(results, key=lambda r: r["sharpe"])["strategy"]}))


if __name__ == "__main__":
    main()
