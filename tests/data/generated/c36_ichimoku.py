# generated: Ichimoku cloud strategy (tenkan/kijun cross above the cloud) on synthetic daily data, print backtest JSON
import argparse
import json

import numpy as np
import pandas as pd


def midpoint(high, low, n):
    return (high.rolling(n).max() + low.rolling(n).min()) / 2


def ichimoku(df, tenkan=9, kijun=26, senkou=52):
    out = pd.DataFrame(index=df.index)
    out["tenkan"] = midpoint(df.high, df.low, tenkan)
    out["kijun"] = midpoint(df.high, df.low, kijun)
    out["span_a"] = ((out.tenkan + out.kijun) / 2).shift(kijun)
    out["span_b"] = midpoint(df.high, df.low, senkou).shift(kijun)
    out["chikou_ok"] = df.close > df.close.shift(kijun)
    out["cloud_top"] = out[["span_a", "span_b"]].max(axis=1)
    out["cloud_bot"] = out[["span_a", "span_b"]].min(axis=1)
    return out


def main():
    parser = argparse.ArgumentParser(description="Ichimoku Kinko Hyo strategy")
    parser.add_argument("--tenkan", type=int, default=9)
    parser.add_argument("--kijun", type=int, default=26)
    parser.add_argument("--senkou", type=int, default=52)
    parser.add_argument("--allow-short", action="store_true")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    n = 2000
    trend = np.repeat(rng.normal(0, 0.0012, n // 150 + 1), 150)[:n]
    close = 1000 * np.exp(np.cumsum(trend + rng.normal(0, 0.011, n)))
    high = close * (1 + np.abs(rng.normal(0, 0.005, n)))
    low = close * (1 - np.abs(rng.normal(0, 0.005, n)))
    df = pd.DataFrame({"high": high, "low": low, "close": close}, index=pd.bdate_range("2013-01-01", periods=n))

    ich = ichimoku(df, args.tenkan, args.kijun, args.senkou)
    bull = (ich.tenkan > ich.kijun) & (df.close > ich.cloud_top) & ich.chikou_ok
    bear = (ich.tenkan < ich.kijun) & (df.close < ich.cloud_bot) & ~ich.chikou_ok
    exit_long = df.close < ich.kijun
    exit_short = df.close > ich.kijun

    pos = np.zeros(n)
    for i in range(1, n):
        p = pos[i - 1]
        if p == 0:
            if bull.iloc[i]:
                p = 1
            elif args.allow_short and bear.iloc[i]:
                p = -1
        elif p == 1 and exit_long.iloc[i]:
            p = 0
        elif p == -1 and exit_short.iloc[i]:
            p = 0
        pos[i] = p
    pos = pd.Series(pos, index=df.index)

    r = pos.shift().fillna(0) * df.close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    in_cloud = ((df.close <= ich.cloud_top) & (df.close >= ich.cloud_bot)).mean()
    print("Time inside cloud: {:.1%}; long days: {}; short days: {}".format(in_cloud, int((pos > 0).sum()), int((pos < 0).sum())))
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() else 0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "entries": int((pos.diff().abs() > 0).sum() // 2 + (pos.iloc[-1] != 0)),
        "exposure": round(float((pos != 0).mean()), 3),
        "allow_short": args.allow_short,
    }))


if __name__ == "__main__":
    main()
