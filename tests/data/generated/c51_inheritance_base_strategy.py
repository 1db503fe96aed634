# generated: object-oriented backtesting framework with an abstract BaseStrategy (NotImplementedError), subclasses via inheritance and super(), __init_subclass__ registry, and a Backtester; print JSON with the params used
from __future__ import annotations

import argparse
import json
from typing import ClassVar, Dict, Type

import numpy as np
import pandas as pd


class BaseStrategy:
    registry: ClassVar[Dict[str, Type["BaseStrategy"]]] = {}
    name: ClassVar[str] = "base"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        BaseStrategy.registry[cls.name] = cls

    def __init__(self, max_leverage: float = 1.0):
        self.max_leverage = max_leverage

    def target(self, close: pd.Series) -> pd.Series:
        raise NotImplementedError

    def positions(self, close: pd.Series) -> pd.Series:
        return self.target(close).clip(-self.max_leverage, self.max_leverage).fillna(0.0)

    def __str__(self) -> str:
        params = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"{type(self).__name__}({params})"


class MomentumStrategy(BaseStrategy):
    name = "momentum"

    def __init__(self, lookback: int = 60, **kw):
        super().__init__(**kw)
        self.lookback = lookback

    def target(self, close):
        return np.sign(close.pct_change(self.lookback))


class MeanReversionStrategy(BaseStrategy):
    name = "meanrev"

    def __init__(self, window: int = 10, scale: float = 2.0, **kw):
        super().__init__(**kw)
        self.window = window
        self.scale = scale

    def target(self, close):
        z = (close - close.rolling(self.window).mean()) / close.rolling(self.window).std()
        return -z / self.scale


class VolScaledMomentum(MomentumStrategy):
    name = "volmom"

    def __init__(self, lookback: int = 60, target_vol: float = 0.1, **kw):
        super().__init__(lookback=lookback, **kw)
        self.target_vol = target_vol

    def target(self, close):
        raw = super().target(close)
        vol = close.pct_change().rolling(20).std() * np.sqrt(252)
        return raw * self.target_vol / vol


class Backtester:
    def __init__(self, close: pd.Series, cost_bps: float = 1.0):
        self.close = close
        self.cost = cost_bps / 1e4

    def run(self, strat: BaseStrategy) -> dict:
        pos = strat.positions(self.close)
        held = pos.shift().fillna(0)
        r = held * self.close.pct_change().fillna(0) - held.diff().abs().fillna(0) * self.cost
        eq = (1 + r).cumprod()
        return {
            "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0,
            "total": round(float(eq.iloc[-1] - 1), 4),
            "mdd": round(float((eq / eq.cummax() - 1).min()), 4),
            "avg_gross": round(float(held.abs().mean()), 3),
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--strategy", choices=sorted(BaseStrategy.registry), default="volmom")
    ap.add_argument("--max-leverage", type=float, default=2.0)
    ap.add_argument("--cost-bps", type=float, default=1.0)
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=48)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    mu = np.repeat(rng.normal(0.0002, 0.001, args.n // 100 + 1), 100)[: args.n]
    close = pd.Series(100 * np.exp(np.cumsum(mu + rng.normal(0, 0.011, args.n))),
                      index=pd.bdate_range("2010-01-01", periods=args.n))

    bt = Backtester(close, args.cost_bps)
    all_results = {}
    for key, cls in BaseStrategy.registry.items():
        s = cls(max_leverage=args.max_leverage)
        all_results[key] = bt.run(s)
        print(f"{str(s):<70} -> {all_results[key]}")
    print(json.dumps({
        "params": vars(args),
        "selected": args.strategy,
        "selected_result": all_results[args.strategy],
        "all": all_results,
    }))


if __name__ == "__main__":
    main()
