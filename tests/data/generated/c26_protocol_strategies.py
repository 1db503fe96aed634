# generated: a pluggable strategy framework using typing.Protocol, a registry decorator and several strategies compared in one run; JSON output
from __future__ import annotations

import argparse
import json
from typing import Callable, Dict, Protocol, Type

import numpy as np
import pandas as pd


class Strategy(Protocol):
    name: str

    def positions(self, close: pd.Series) -> pd.Series: ...


REGISTRY: Dict[str, Type] = {}


def register(name: str) -> Callable[[Type], Type]:
    def deco(cls: Type) -> Type:
        cls.name = name
        REGISTRY[name] = cls
        return cls
    return deco


@register("buy_hold")
class BuyHold:
    def positions(self, close):
        return pd.Series(1.0, index=close.index)


@register("sma")
class SMA:
    def __init__(self, window: int = 100):
        self.window = window

    def positions(self, close):
        return (close > close.rolling(self.window).mean()).astype(float)


@register("tsmom")
class TimeSeriesMomentum:
    def __init__(self, lookback: int = 126, vol_target: float = 0.10):
        self.lookback = lookback
        self.vol_target = vol_target

    def positions(self, close):
        r = close.pct_change()
        vol = r.ewm(span=60).std() * np.sqrt(252)
        sig = np.sign(close.pct_change(self.lookback))
        return (sig * self.vol_target / vol).clip(-2, 2).fillna(0)


@register("donchian")
class Donchian:
    def __init__(self, n: int = 50):
        self.n = n

    def positions(self, close):
        hi = close.rolling(self.n).max().shift()
        lo = close.rolling(self.n).min().shift()
        pos = pd.Series(np.nan, index=close.index)
        pos[close > hi] = 1
        pos[close < lo] = -1
        return pos.ffill().fillna(0)


def evaluate(strategy: Strategy, close: pd.Series) -> dict:
    pos = strategy.positions(close)
    r = pos.shift().fillna(0) * close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    return {
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0,
        "ann_ret": round(float(r.mean() * 252), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_abs_pos": round(float(pos.abs().mean()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--strategies", nargs="+", choices=sorted(REGISTRY), default=sorted(REGISTRY))
    ap.add_argument("--n", type=int, default=2520)
    ap.add_argument("--seed", type=int, default=101)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    drift = np.repeat(rng.normal(0.0003, 0.0015, args.n // 126 + 1), 126)[: args.n]
    close = pd.Series(100 * np.exp(np.cumsum(drift + rng.normal(0, 0.01, args.n))),
                      index=pd.bdate_range("2010-01-01", periods=args.n))

    results = {}
    for key in args.strategies:
        strat = REGISTRY[key]()
        results[key] = evaluate(strat, close)
        print(f"{strat.name:>10}: {results[key]}")
    best = max(results, key=lambda k: results[k]["sharpe"])
    print(json.dumps({"results": results, "best": best}))


if __name__ == "__main__":
    main()
