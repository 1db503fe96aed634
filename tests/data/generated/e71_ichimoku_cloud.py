# generated: Ichimoku cloud strategy (tenkan/kijun cross above the cloud) on synthetic daily OHLC, print json stats
import argparse
import json

import numpy as np
import pandas as pd


def midpoint(high: pd.Series, low: pd.Series, n: int) -> pd.Series:
    return (high.rolling(n).max() + low.rolling(n).min()) / 2


def ichimoku(df: pd.DataFrame, t: int = 9, k: int = 26, s: int = 52) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    out["tenkan"] = midpoint(df["high"], df["low"], t)
    out["kijun"] = midpoint(df["high"], df["low"], k)
    out["span_a"] = ((out["tenkan"] + out["kijun"]) / 2).shift(k)
    out["span_b"] = midpoint(df["high"], df["low"], s).shift(k)
    out["cloud_top"] = out[["span_a", "span_b"]].max(axis=1)
    out["cloud_bottom"] = out[["span_a", "span_b"]].min(axis=1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenkan", type=int, default=9)
    ap.add_argument("--kijun", type=int, default=26)
    ap.add_argument("--senkou", type=int, default=52)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=26)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    c = 1000 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, a.bars)))
    w = np.abs(rng.normal(0, 0.006, (a.bars, 2)))
    df = pd.DataFrame({"high": c * (1 + w[:, 0]), "low": c * (1 - w[:, 1]), "close": c},
                      index=pd.bdate_range("2015-01-01", periods=a.bars))
    ind = ichimoku(df, a.tenkan, a.kijun, a.senkou)
    above = df["close"] > ind["cloud_top"]
    below = df["close"] < ind["cloud_bottom"]
    bull_cross = (ind["tenkan"] > ind["kijun"]) & (ind["tenkan"].shift() <= ind["kijun"].shift())
    bear_cross = (ind["tenkan"] < ind["kijun"]) & (ind["tenkan"].shift() >= ind["kijun"].shift())
    state = pd.Series(np.nan, index=df.index)
    state[bull_cross & above] = 1
    state[bear_cross | below] = 0
    pos = state.ffill().fillna(0)
    strat = pos.shift().fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + strat).cumprod()
    print(f"bull crosses above cloud: {int((bull_cross & above).sum())}")
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float(pos.mean()), 3),
        "time_above_cloud": round(float(above.mean()), 3),
        "time_below_cloud": round(float(below.mean()), 3),
    }))


if __name__ == "__main__":
    main()
