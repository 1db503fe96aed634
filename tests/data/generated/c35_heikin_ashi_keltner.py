# generated: Heikin-Ashi candles plus Keltner channel breakout strategy, vectorised where possible, JSON result
import argparse
import json

import numpy as np
import pandas as pd


def heikin_ashi(df: pd.DataFrame) -> pd.DataFrame:
    ha = pd.DataFrame(index=df.index)
    ha["close"] = df[["open", "high", "low", "close"]].mean(axis=1)
    ha_open = np.empty(len(df))
    ha_open[0] = (df["open"].iloc[0] + df["close"].iloc[0]) / 2
    hc = ha["close"].to_numpy()
    for i in range(1, len(df)):
        ha_open[i] = (ha_open[i - 1] + hc[i - 1]) / 2
    ha["open"] = ha_open
    ha["high"] = pd.concat([df["high"], ha["open"], ha["close"]], axis=1).max(axis=1)
    ha["low"] = pd.concat([df["low"], ha["open"], ha["close"]], axis=1).min(axis=1)
    return ha


def keltner(df: pd.DataFrame, ema_len: int, atr_len: int, mult: float):
    mid = df["close"].ewm(span=ema_len, adjust=False).mean()
    tr = pd.concat([df.high - df.low, (df.high - df.close.shift()).abs(), (df.low - df.close.shift()).abs()],
                   axis=1).max(axis=1)
    atr = tr.rolling(atr_len).mean()
    return mid - mult * atr, mid, mid + mult * atr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ema", type=int, default=20)
    ap.add_argument("--atr", type=int, default=10)
    ap.add_argument("--mult", type=float, default=1.5)
    ap.add_argument("--confirm", type=int, default=2, help="consecutive green HA candles required")
    ap.add_argument("--seed", type=int, default=202)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    n = 2200
    c = 40 * np.exp(np.cumsum(rng.normal(0.0003, 0.017, n)))
    o = np.r_[c[0], c[:-1]] * np.exp(rng.normal(0, 0.003, n))
    h = np.maximum(o, c) * np.exp(np.abs(rng.normal(0, 0.005, n)))
    l = np.minimum(o, c) * np.exp(-np.abs(rng.normal(0, 0.005, n)))
    df = pd.DataFrame({"open": o, "high": h, "low": l, "close": c}, index=pd.bdate_range("2014-01-01", periods=n))

    ha = heikin_ashi(df)
    lower, mid, upper = keltner(df, a.ema, a.atr, a.mult)
    green = (ha.close > ha.open).astype(int)
    streak = green.groupby((green != green.shift()).cumsum()).cumsum() * green

    enter = (df.close > upper) & (streak >= a.confirm)
    leave = (df.close < mid) | ((ha.close < ha.open) & (ha.high == ha.open))
    pos = pd.Series(np.select([enter, leave], [1.0, 0.0], default=np.nan), index=df.index).ffill().fillna(0)

    r = pos.shift().fillna(0) * df.close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    runs = (pos.diff() == 1).sum()
    hold_lengths = pos.groupby((pos != pos.shift()).cumsum()).sum()
    hold_lengths = hold_lengths[hold_lengths > 0]
    print(f"HA green share {green.mean():.1%}, longest green streak {int(streak.max())}")
    print(json.dumps({
        "entries": int(runs),
        "avg_hold_days": round(float(hold_lengths.mean()), 2) if len(hold_lengths) else 0,
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float(pos.mean()), 3),
        "buy_hold": round(float(df.close.iloc[-1] / df.close.iloc[0] - 1), 4),
    }))


if __name__ == "__main__":
    main()
