# generated: strategy base class with subclasses overriding generate_signals (SMA, Donchian, Momentum), shared backtest in the base class, super().__init__, print JSON comparing them
import argparse
import json
import math

import numpy as np
import pandas as pd


class BaseStrategy:
    name = "base"

    def __init__(self, cost_bps: float = 1.0):
        self.cost = cost_bps / 1e4
        self.result_ = None

    def generate_signals(self, close: pd.Series) -> pd.Series:
        raise NotImplementedError

    def backtest(self, close: pd.Series) -> "BaseStrategy":
        pos = self.generate_signals(close).fillna(0).clip(-1, 1)
        r = close.pct_change().fillna(0)
        strat = pos.shift().fillna(0) * r - pos.diff().abs().fillna(0) * self.cost
        eq = (1 + strat).cumprod()
        self.result_ = {
            "name": self.name,
            "params": self.params(),
            "final": round(float(eq.iloc[-1]), 4),
            "sharpe": round(float(strat.mean() / strat.std() * math.sqrt(252)), 3),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        }
        return self

    def params(self) -> dict:
        return {}

    def __str__(self):
        args = ", ".join(f"{k}={v}" for k, v in self.params().items())
        return f"{self.name}({args})"


class SMAStrategy(BaseStrategy):
    name = "sma"

    def __init__(self, window: int = 100, **kw):
        super().__init__(**kw)
        self.window = window

    def generate_signals(self, close):
        return (close > close.rolling(self.window).mean()).astype(float)

    def params(self):
        return {"window": self.window}


class DonchianStrategy(BaseStrategy):
    name = "donchian"

    def __init__(self, window: int = 50, **kw):
        super().__init__(**kw)
        self.window = window

    def generate_signals(self, close):
        hi = close.rolling(self.window).max().shift()
        lo = close.rolling(self.window).min().shift()
        return pd.Series(np.where(close > hi, 1.0, np.where(close < lo, -1.0, np.nan)),
                         index=close.index).ffill()

    def params(self):
        return {"window": self.window}


class MomentumStrategy(BaseStrategy):
    name = "momentum"

    def __init__(self, lookback: int = 252, skip: int = 21, **kw):
        super().__init__(**kw)
        self.lookback, self.skip = lookback, skip

    def generate_signals(self, close):
        return np.sign(close.shift(self.skip) / close.shift(self.lookback) - 1)

    def params(self):
        return {"lookback": self.lookback, "skip": self.skip}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--cost-bps", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=1919)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, args.n))),
                      index=pd.bdate_range("2007-01-01", periods=args.n))
    strategies = [SMAStrategy(cost_bps=args.cost_bps), DonchianStrategy(cost_bps=args.cost_bps),
                  MomentumStrategy(cost_bps=args.cost_bps), SMAStrategy(200, cost_bps=args.cost_bps)]
    results = []
    for s in strategies:
        s.backtest(close)
        print(f"{str(s):<32} final={s.result_['final']:.3f} sharpe={s.result_['sharpe']:+.2f}")
        results.append(s.result_)
    print(json.dumps({"results": results,
                      "best": max(results, key=lambda d: d["sharpe"])["name"],
                      "subclasses": sorted(c.name for c in BaseStrategy.__subclasses__())}))


if __name__ == "__main__":
    main()
