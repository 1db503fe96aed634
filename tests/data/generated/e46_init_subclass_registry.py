# generated: pluggable strategy framework where subclasses auto-register via __init_subclass__, run all on the same data and print a JSON leaderboard
import argparse
import json
from typing import ClassVar, Dict, Type

import numpy as np
import pandas as pd


class Strategy:
    registry: ClassVar[Dict[str, Type["Strategy"]]] = {}
    name: ClassVar[str] = "base"

    def __init_subclass__(cls, name: str = None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()
        Strategy.registry[cls.name] = cls

    def __init__(self, **params):
        self.params = {**self.defaults(), **params}

    @classmethod
    def defaults(cls) -> dict:
        return {}

    def positions(self, close: pd.Series) -> pd.Series:
        raise NotImplementedError

    def __repr__(self):
        args = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{type(self).__name__}({args})"


class Momentum(Strategy, name="momentum"):
    @classmethod
    def defaults(cls):
        return {"lookback": 120}

    def positions(self, close):
        return np.sign(close.pct_change(self.params["lookback"])).fillna(0)


class MeanReversion(Strategy, name="meanrev"):
    @classmethod
    def defaults(cls):
        return {"window": 10, "z": 1.0}

    def positions(self, close):
        w = self.params["window"]
        z = (close - close.rolling(w).mean()) / close.rolling(w).std()
        return pd.Series(np.where(z < -self.params["z"], 1, np.where(z > self.params["z"], -1, 0)),
                         index=close.index)


class Breakout(Strategy, name="breakout"):
    @classmethod
    def defaults(cls):
        return {"n": 55}

    def positions(self, close):
        n = self.params["n"]
        hi = close.rolling(n).max().shift()
        lo = close.rolling(n).min().shift()
        s = pd.Series(np.nan, index=close.index)
        s[close > hi] = 1
        s[close < lo] = -1
        return s.ffill().fillna(0)


class BuyAndHold(Strategy):
    def positions(self, close):
        return pd.Series(1.0, index=close.index)


def evaluate(strategy: Strategy, close: pd.Series) -> dict:
    pos = strategy.positions(close)
    r = pos.shift().fillna(0) * close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    return {
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() else 0.0,
        "return": round(float(eq.iloc[-1] - 1), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--strategies", nargs="*", choices=sorted(Strategy.registry), default=sorted(Strategy.registry))
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=37)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, a.bars))),
                      index=pd.bdate_range("2012-01-02", periods=a.bars))
    board = []
    for name in a.strategies:
        strat = Strategy.registry[name]()
        res = evaluate(strat, close)
        print(repr(strat), res)
        board.append({"name": name, **res})
    board.sort(key=lambda d: d["sharpe"], reverse=True)
    print(json.dumps({"leaderboard": board, "registered": sorted(Strategy.registry)}))


if __name__ == "__main__":
    main()
