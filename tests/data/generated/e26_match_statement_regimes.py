# generated: regime-switching strategy that uses a match statement to choose trend or mean-reversion logic, JSON stats
import argparse
import json
from dataclasses import dataclass
from enum import Enum

import numpy as np
import pandas as pd


class Regime(Enum):
    TRENDING = "trending"
    RANGING = "ranging"
    VOLATILE = "volatile"

    def describe(self) -> str:
        match self:
            case Regime.TRENDING:
                return "follow the trend"
            case Regime.RANGING:
                return "fade extremes"
            case _:
                return "stay flat"


@dataclass
class Context:
    close: float
    ma: float
    z: float
    vol: float


def classify(er: float, vol_pct: float) -> Regime:
    if vol_pct > 0.9:
        return Regime.VOLATILE
    return Regime.TRENDING if er > 0.3 else Regime.RANGING


def decide(regime: Regime, ctx: Context) -> int:
    match regime:
        case Regime.TRENDING if ctx.close > ctx.ma:
            return 1
        case Regime.TRENDING:
            return -1
        case Regime.RANGING if ctx.z < -1.0:
            return 1
        case Regime.RANGING if ctx.z > 1.0:
            return -1
        case _:
            return 0


def efficiency_ratio(close: pd.Series, n: int) -> pd.Series:
    change = (close - close.shift(n)).abs()
    path = close.diff().abs().rolling(n).sum()
    return change / path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=88)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0001, 0.012, a.bars))),
                      index=pd.bdate_range("2016-01-01", periods=a.bars))
    er = efficiency_ratio(close, a.n)
    ma = close.rolling(a.n).mean()
    z = (close - ma) / close.rolling(a.n).std()
    vol = close.pct_change().rolling(a.n).std()
    vol_pct = vol.rolling(250, min_periods=50).rank(pct=True)

    positions, regimes = [], []
    for t in range(len(close)):
        if any(np.isnan(v) for v in (er.iloc[t], z.iloc[t], vol_pct.iloc[t])):
            positions.append(0)
            regimes.append(None)
            continue
        reg = classify(er.iloc[t], vol_pct.iloc[t])
        ctx = Context(close.iloc[t], ma.iloc[t], z.iloc[t], vol.iloc[t])
        positions.append(decide(reg, ctx))
        regimes.append(reg)
    pos = pd.Series(positions, index=close.index)
    strat = pos.shift(1).fillna(0) * close.pct_change().fillna(0)
    eq = (1 + strat).cumprod()
    counts = {r.value: regimes.count(r) for r in Regime}
    last = next(r for r in reversed(regimes) if r is not None)
    print(f"last regime: {last.value} -> {last.describe()}")
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "regime_counts": counts,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
