# generated: bollinger band breakout/reversion strategy in pandas, choose mode via argparse choices, print JSON
import argparse
import json

import numpy as np
import pandas as pd

MODES = ("reversion", "breakout")


def bollinger(close, window=20, k=2.0):
    mid = close.rolling(window).mean()
    sd = close.rolling(window).std()
    return mid, mid + k * sd, mid - k * sd


def signals(df, mode):
    pos = pd.Series(np.nan, index=df.index)
    if mode == "reversion":
        pos[df.close < df.lower] = 1
        pos[df.close > df.upper] = -1
        pos[(df.close - df.mid).abs() < 0.1 * (df.upper - df.mid)] = 0
    else:
        pos[df.close > df.upper] = 1
        pos[df.close < df.lower] = -1
        pos[(df.close < df.mid) & (df.close.shift() >= df.mid.shift())] = 0
    return pos.ffill().fillna(0)


def perf(returns):
    eq = (1 + returns).cumprod()
    ann_ret = returns.mean() * 252
    ann_vol = returns.std() * np.sqrt(252)
    downside = returns[returns < 0].std() * np.sqrt(252)
    return {
        "final": float(eq.iloc[-1]),
        "ann_return": float(ann_ret),
        "ann_vol": float(ann_vol),
        "sharpe": float(ann_ret / ann_vol) if ann_vol > 0 else 0.0,
        "sortino": float(ann_ret / downside) if downside > 0 else 0.0,
        "max_dd": float((eq / eq.cummax() - 1).min()),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=MODES, default="reversion")
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--k", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--n", type=int, default=1500)
    args = ap.parse_args()

    np.random.seed(args.seed)
    close = 100 * np.exp(np.cumsum(np.random.normal(0, 0.01, args.n)))
    df = pd.DataFrame({"close": close}, index=pd.bdate_range("2017-06-01", periods=args.n))
    df["mid"], df["upper"], df["lower"] = bollinger(df.close, args.window, args.k)
    df = df.dropna()
    df["pos"] = signals(df, args.mode)
    df["ret"] = df.close.pct_change().fillna(0)
    df["strat"] = df.pos.shift().fillna(0) * df.ret

    print("bars: {}, long days: {}, short days: {}".format(
        len(df), int((df.pos > 0).sum()), int((df.pos < 0).sum())))
    res = {k: round(v, 4) for k, v in perf(df.strat).items()}
    res.update(mode=args.mode, window=args.window, k=args.k)
    monthly = df.strat.resample("M").apply(lambda r: (1 + r).prod() - 1)
    res["best_month"] = round(float(monthly.max()), 4)
    res["worst_month"] = round(float(monthly.min()), 4)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
