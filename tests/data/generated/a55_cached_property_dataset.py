# generated: a MarketData class that lazily computes and caches derived columns (returns, log returns, volatility, indicators) with functools.cached_property, then a trend+vol filter strategy; JSON output
import argparse
import json
import time
from functools import cached_property

import numpy as np
import pandas as pd


class MarketData:
    def __init__(self, close: pd.Series, annualisation: int = 252) -> None:
        self.close = close
        self.annualisation = annualisation
        self.compute_log = []

    @classmethod
    def synthetic(cls, bars: int, seed: int) -> "MarketData":
        rng = np.random.default_rng(seed)
        vol = 0.01 * np.exp(pd.Series(rng.normal(0, 0.1, bars)).cumsum().clip(-1, 1).values)
        close = 100 * np.exp(np.cumsum(rng.normal(0.0002, 1, bars) * vol))
        return cls(pd.Series(close, index=pd.bdate_range("2010-01-01", periods=bars)))

    @cached_property
    def returns(self) -> pd.Series:
        self.compute_log.append("returns")
        return self.close.pct_change().fillna(0)

    @cached_property
    def log_returns(self) -> pd.Series:
        self.compute_log.append("log_returns")
        return np.log(self.close).diff().fillna(0)

    @cached_property
    def realized_vol(self) -> pd.Series:
        self.compute_log.append("realized_vol")
        return self.log_returns.rolling(21).std() * np.sqrt(self.annualisation)

    @cached_property
    def vol_regime(self) -> pd.Series:
        self.compute_log.append("vol_regime")
        rv = self.realized_vol
        return pd.cut(rv.rank(pct=True), bins=[0, 0.33, 0.66, 1.0], labels=["low", "mid", "high"])

    def sma(self, n: int) -> pd.Series:
        return self.close.rolling(n).mean()

    def __len__(self) -> int:
        return len(self.close)


def strategy(md: MarketData, trend_n: int, max_vol: float) -> pd.Series:
    long = (md.close > md.sma(trend_n)) & (md.realized_vol < max_vol)
    return long.astype(float).shift(1).fillna(0) * md.returns


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--trend", type=int, default=100)
    ap.add_argument("--max-vol", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=81)
    args = ap.parse_args()

    md = MarketData.synthetic(args.bars, args.seed)
    t0 = time.perf_counter()
    r = strategy(md, args.trend, args.max_vol)
    first = time.perf_counter() - t0
    t1 = time.perf_counter()
    r2 = strategy(md, args.trend, args.max_vol)
    second = time.perf_counter() - t1
    assert r.equals(r2)
    eq = (1 + r).cumprod()
    by_regime = r.groupby(md.vol_regime).agg(lambda x: x.mean() / x.std() * np.sqrt(252) if x.std() else 0.0)
    print(f"{len(md)} bars; first run {first * 1000:.1f} ms, cached run {second * 1000:.1f} ms; computed: {md.compute_log}")
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float((r != 0).mean()), 3),
        "sharpe_by_vol_regime": {str(k): round(float(v), 3) for k, v in by_regime.items()},
        "compute_log": md.compute_log,
    }))


if __name__ == "__main__":
    main()
