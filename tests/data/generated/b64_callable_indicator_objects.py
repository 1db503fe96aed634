# generated: indicators as callable objects (__call__), composed with a small pipeline class and operator module functions, mean reversion on synthetic data, json output
import argparse
import json
import operator
from functools import reduce

import numpy as np
import pandas as pd


class Indicator:
    def __call__(self, s: pd.Series) -> pd.Series:
        raise NotImplementedError

    def __or__(self, other: "Indicator") -> "Chain":
        return Chain(self, other)

    def __repr__(self):
        fields = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Chain(Indicator):
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, s):
        return reduce(lambda acc, f: f(acc), self.steps, s)


class LogReturn(Indicator):
    def __call__(self, s):
        return np.log(s).diff()


class RollingZ(Indicator):
    def __init__(self, window):
        self.window = window

    def __call__(self, s):
        return (s - s.rolling(self.window).mean()) / s.rolling(self.window).std()


class EMA(Indicator):
    def __init__(self, span):
        self.span = span

    def __call__(self, s):
        return s.ewm(span=self.span, adjust=False).mean()


class CumSum(Indicator):
    def __call__(self, s):
        return s.cumsum()


def threshold_positions(z: pd.Series, k: float) -> pd.Series:
    ops = {1: operator.lt, -1: operator.gt}
    pos = pd.Series(0.0, index=z.index)
    for side, cmp in ops.items():
        pos[cmp(z, -side * k)] = side
    return pos


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--window", type=int, default=30)
    ap.add_argument("--smooth", type=int, default=3)
    ap.add_argument("--k", type=float, default=1.5)
    ap.add_argument("--seed", type=int, default=3535)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    x = np.zeros(args.n)
    for i in range(1, args.n):
        x[i] = 0.96 * x[i - 1] + rng.normal(0, 0.01)
    close = pd.Series(100 * np.exp(x), index=pd.bdate_range("2015-01-01", periods=args.n))

    pipeline = LogReturn() | CumSum() | EMA(args.smooth) | RollingZ(args.window)
    z = pipeline(close)
    pos = threshold_positions(z, args.k)
    r = close.pct_change().fillna(0)
    strat = pos.shift().fillna(0) * r
    eq = (1 + strat).cumprod()
    print(f"pipeline: {pipeline.steps}")
    print(json.dumps({
        "pipeline": [repr(s) for s in pipeline.steps],
        "final_equity": round(float(eq.iloc[-1]), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "long_days": int(operator.eq(pos, 1).sum()),
        "short_days": int(operator.eq(pos, -1).sum()),
    }))


if __name__ == "__main__":
    main()
