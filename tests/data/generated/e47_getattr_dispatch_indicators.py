# generated: indicator engine class where indicators are methods looked up by name with getattr, configurable from the command line; backtest a combined signal, json
import argparse
import json
from functools import cached_property, partial

import numpy as np
import pandas as pd


class IndicatorEngine:
    def __init__(self, df: pd.DataFrame):
        self.df = df

    @cached_property
    def returns(self) -> pd.Series:
        return self.df["close"].pct_change()

    def compute(self, spec: str) -> pd.Series:
        """spec like 'sma:20' or 'rsi:14' -> calls self.ind_sma(20)."""
        name, _, arg = spec.partition(":")
        method = getattr(self, f"ind_{name}", None)
        if method is None:
            raise ValueError(f"unknown indicator {name!r}; available: {self.available()}")
        return method(int(arg)) if arg else method()

    @classmethod
    def available(cls):
        return sorted(k[4:] for k in dir(cls) if k.startswith("ind_"))

    def ind_sma_gap(self, n: int = 50) -> pd.Series:
        c = self.df["close"]
        return c / c.rolling(n).mean() - 1

    def ind_rsi(self, n: int = 14) -> pd.Series:
        d = self.df["close"].diff()
        up = d.clip(lower=0).rolling(n).mean()
        dn = (-d.clip(upper=0)).rolling(n).mean()
        return (100 - 100 / (1 + up / dn) - 50) / 50

    def ind_vol_ratio(self, n: int = 20) -> pd.Series:
        short = self.returns.rolling(n).std()
        long = self.returns.rolling(n * 5).std()
        return 1 - short / long

    def ind_mom(self, n: int = 60) -> pd.Series:
        return self.df["close"].pct_change(n)


def rank_normalize(s: pd.Series, window: int = 250) -> pd.Series:
    return s.rolling(window, min_periods=50).rank(pct=True) * 2 - 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--indicators", nargs="+", default=["sma_gap:50", "mom:60", "vol_ratio:20"])
    ap.add_argument("--threshold", type=float, default=0.2)
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=90)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    df = pd.DataFrame({"close": 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.011, a.bars)))},
                      index=pd.bdate_range("2011-01-03", periods=a.bars))
    engine = IndicatorEngine(df)
    norm = partial(rank_normalize, window=250)
    signals = pd.DataFrame({spec: norm(engine.compute(spec)) for spec in a.indicators})
    composite = signals.mean(axis=1)
    pos = np.sign(composite.where(composite.abs() > a.threshold, 0)).fillna(0)
    strat = pos.shift().fillna(0) * engine.returns.fillna(0)
    eq = (1 + strat).cumprod()
    corr = signals.corr().round(3)
    print("available indicators:", ", ".join(engine.available()))
    print(json.dumps({
        "indicators": a.indicators,
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "exposure": round(float(pos.abs().mean()), 3),
        "signal_corr": {k: v for k, v in corr.to_dict().items()},
    }))


if __name__ == "__main__":
    main()
