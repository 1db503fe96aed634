# generated: heikin ashi candle trend strategy, count consecutive HA candles for entries, json output
import argparse
import json
from itertools import groupby

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


def streaks(colors):
    return [(k, len(list(g))) for k, g in groupby(colors)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--confirm", type=int, default=3, help="consecutive HA candles to enter")
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1001)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    c = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, a.bars)))
    o = np.r_[c[0], c[:-1]]
    spread = np.abs(rng.normal(0, 0.005, (a.bars, 2)))
    df = pd.DataFrame({"open": o, "close": c,
                       "high": np.maximum(o, c) * (1 + spread[:, 0]),
                       "low": np.minimum(o, c) * (1 - spread[:, 1])},
                      index=pd.bdate_range("2015-01-01", periods=a.bars))
    ha = heikin_ashi(df)
    green = (ha["close"] > ha["open"]).astype(int)
    run_len = green.groupby((green != green.shift()).cumsum()).cumcount() + 1
    entry = (green == 1) & (run_len == a.confirm)
    exit_ = green == 0
    pos = pd.Series(np.nan, index=df.index)
    pos[entry] = 1.0
    pos[exit_] = 0.0
    pos = pos.ffill().fillna(0.0)
    strat = pos.shift().fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + strat).cumprod()
    runs = streaks(green.tolist())
    green_runs = [n for k, n in runs if k == 1]
    red_runs = [n for k, n in runs if k == 0]
    print(f"longest green run {max(green_runs)}, longest red run {max(red_runs)}")
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "entries": int(entry.sum()),
        "avg_green_run": round(float(np.mean(green_runs)), 2),
        "avg_red_run": round(float(np.mean(red_runs)), 2),
        "exposure": round(float(pos.mean()), 3),
    }))


if __name__ == "__main__":
    main()
