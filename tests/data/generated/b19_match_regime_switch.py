# generated: regime-switching strategy using Python 3.10 match statement on volatility/trend regime, pandas, json output
import argparse
import json
from enum import Enum, auto

import numpy as np
import pandas as pd


class Regime(Enum):
    CALM_UP = auto()
    CALM_DOWN = auto()
    VOLATILE_UP = auto()
    VOLATILE_DOWN = auto()


def classify(trend: float, vol: float, vol_cut: float) -> Regime:
    match (bool(trend > 0), bool(vol > vol_cut)):
        case (True, False):
            return Regime.CALM_UP
        case (False, False):
            return Regime.CALM_DOWN
        case (True, True):
            return Regime.VOLATILE_UP
        case _:
            return Regime.VOLATILE_DOWN


def target_exposure(regime: Regime, zscore: float) -> float:
    match regime:
        case Regime.CALM_UP:
            return 1.0
        case Regime.CALM_DOWN:
            return 0.0
        case Regime.VOLATILE_UP if zscore < -1:
            return 0.5  # buy the dip
        case Regime.VOLATILE_UP:
            return 0.25
        case Regime.VOLATILE_DOWN:
            return -0.5


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--trend-window", type=int, default=100)
    ap.add_argument("--vol-window", type=int, default=20)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    vol = np.where(np.sin(np.arange(args.n) / 150) > 0.3, 0.02, 0.008)
    rets = rng.normal(0.0003, 1.0, args.n) * vol
    close = pd.Series(100 * np.exp(np.cumsum(rets)), index=pd.bdate_range("2010-01-01", periods=args.n))

    df = pd.DataFrame({"close": close})
    df["ret"] = df.close.pct_change()
    df["trend"] = df.close / df.close.rolling(args.trend_window).mean() - 1
    df["vol"] = df.ret.rolling(args.vol_window).std() * np.sqrt(252)
    df["z"] = (df.close - df.close.rolling(20).mean()) / df.close.rolling(20).std()
    df = df.dropna()
    vol_cut = df.vol.median()

    regimes, exposures = [], []
    for row in df.itertuples():
        reg = classify(row.trend, row.vol, vol_cut)
        regimes.append(reg.name)
        exposures.append(target_exposure(reg, row.z))
    df["regime"] = regimes
    df["exposure"] = exposures
    df["strat"] = df.exposure.shift().fillna(0) * df.ret
    eq = (1 + df.strat).cumprod()

    per_regime = df.groupby("regime").agg(days=("ret", "size"), mean_ret=("ret", "mean"),
                                          strat_ret=("strat", "mean"))
    print(per_regime.to_string())
    print(json.dumps({
        "final_equity": round(float(eq.iloc[-1]), 4),
        "sharpe": round(float(df.strat.mean() / df.strat.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "vol_cut": round(float(vol_cut), 4),
        "regime_days": {k: int(v) for k, v in per_regime["days"].items()},
    }))


if __name__ == "__main__":
    main()
