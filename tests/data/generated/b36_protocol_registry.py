# generated: pluggable strategy framework with a typing Protocol, a registry decorator, and several signal classes selectable via --strategy, json output
from __future__ import annotations

import argparse
import json
from typing import Callable, Dict, Protocol, Type

import numpy as np
import pandas as pd


class Signal(Protocol):
    name: str

    def positions(self, close: pd.Series) -> pd.Series: ...


REGISTRY: Dict[str, Type] = {}


def register(name: str) -> Callable[[Type], Type]:
    def deco(cls: Type) -> Type:
        cls.name = name
        REGISTRY[name] = cls
        return cls
    return deco


@register("momentum")
class Momentum:
    def __init__(self, lookback: int = 126):
        self.lookback = lookback

    def positions(self, close: pd.Series) -> pd.Series:
        return np.sign(close.pct_change(self.lookback)).fillna(0)


@register("meanrev")
class MeanReversion:
    def __init__(self, lookback: int = 10):
        self.lookback = lookback

    def positions(self, close: pd.Series) -> pd.Series:
        z = (close - close.rolling(self.lookback).mean()) / close.rolling(self.lookback).std()
        return (-z.clip(-2, 2) / 2).fillna(0)


@register("ema_cross")
class EmaCross:
    def __init__(self, fast: int = 12, slow: int = 48):
        self.fast, self.slow = fast, slow

    def positions(self, close: pd.Series) -> pd.Series:
        f = close.ewm(span=self.fast).mean()
        s = close.ewm(span=self.slow).mean()
        return pd.Series(np.where(f > s, 1.0, -1.0), index=close.index)


def evaluate(sig: Signal, close: pd.Series, cost: float) -> dict:
    pos = sig.positions(close)
    r = close.pct_change().fillna(0)
    strat = pos.shift().fillna(0) * r - pos.diff().abs().fillna(0) * cost
    eq = (1 + strat).cumprod()
    vol = strat.std()
    return {
        "strategy": sig.name,
        "final_equity": round(float(eq.iloc[-1]), 4),
        "sharpe": round(float(strat.mean() / vol * np.sqrt(252)), 3) if vol > 0 else 0.0,
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "turnover": round(float(pos.diff().abs().sum()), 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--strategy", choices=sorted(REGISTRY) + ["all"], default="all")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--cost", type=float, default=0.0005)
    ap.add_argument("--seed", type=int, default=808)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, args.n))),
                      index=pd.bdate_range("2016-01-01", periods=args.n))
    names = sorted(REGISTRY) if args.strategy == "all" else [args.strategy]
    results = []
    for nm in names:
        res = evaluate(REGISTRY[nm](), close, args.cost)
        print(f"{nm:>10}: sharpe {res['sharpe']:+.3f}")
        results.append(res)
    best = max(results, key=lambda d: d["sharpe"])
    print(json.dumps({"results": results, "best": best["strategy"]}))


if __name__ == "__main__":
    main()
