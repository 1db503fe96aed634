# generated: ADX trend strength filter combined with DI+/DI- crossover, vectorized pandas, argparse, json result
import argparse
import json

import numpy as np
import pandas as pd


def ohlc(n, seed):
    rng = np.random.default_rng(seed)
    c = 20 * np.exp(np.cumsum(rng.normal(0.0001, 0.014, n)))
    h = c * (1 + rng.uniform(0, 0.01, n))
    l = c * (1 - rng.uniform(0, 0.01, n))
    return pd.DataFrame({"high": h, "low": l, "close": c},
                        index=pd.date_range("2012-03-01", periods=n, freq="B"))


def adx(df, n=14):
    up = df.high.diff()
    down = -df.low.diff()
    plus_dm = np.where((up > down) & (up > 0), up, 0.0)
    minus_dm = np.where((down > up) & (down > 0), down, 0.0)
    tr = np.maximum.reduce([
        (df.high - df.low).values,
        (df.high - df.close.shift()).abs().values,
        (df.low - df.close.shift()).abs().values,
    ])
    tr = pd.Series(tr, index=df.index)
    atr = tr.ewm(alpha=1 / n, adjust=False).mean()
    plus_di = 100 * pd.Series(plus_dm, index=df.index).ewm(alpha=1 / n, adjust=False).mean() / atr
    minus_di = 100 * pd.Series(minus_dm, index=df.index).ewm(alpha=1 / n, adjust=False).mean() / atr
    dx = 100 * (plus_di - minus_di).abs() / (plus_di + minus_di)
    return plus_di, minus_di, dx.ewm(alpha=1 / n, adjust=False).mean()


def main():
    p = argparse.ArgumentParser(description="ADX/DI trend strategy")
    p.add_argument("--n", type=int, default=1800)
    p.add_argument("--period", type=int, default=14)
    p.add_argument("--threshold", type=float, default=25.0)
    p.add_argument("--seed", type=int, default=21)
    args = p.parse_args()

    df = ohlc(args.n, args.seed)
    df["pdi"], df["mdi"], df["adx"] = adx(df, args.period)
    trending = df.adx > args.threshold
    df["pos"] = np.select([trending & (df.pdi > df.mdi), trending & (df.pdi < df.mdi)], [1, -1], 0)
    df["ret"] = df.close.pct_change().fillna(0)
    df["strat"] = df.pos.shift().fillna(0) * df.ret
    eq = (1 + df.strat).cumprod()

    by_regime = df.groupby(df.pos.shift().fillna(0))["ret"].agg(["mean", "std", "count"])
    print(by_regime.round(5).to_string())

    result = {
        "final_equity": round(eq.iloc[-1], 4),
        "sharpe": round(df.strat.mean() / df.strat.std() * np.sqrt(252), 3),
        "max_drawdown": round((eq / eq.cummax() - 1).min(), 4),
        "pct_trending": round(trending.mean(), 3),
        "mean_adx": round(df.adx.mean(), 2),
        "regime_counts": {str(int(k)): int(v) for k, v in by_regime["count"].items()},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
