# generated: stochastic oscillator %K/%D crossover strategy with trend filter, please print stats as json at the end
import argparse
import json

import numpy as np
import pandas as pd


def stochastic(df: pd.DataFrame, k: int = 14, d: int = 3, smooth: int = 3) -> pd.DataFrame:
    lowest = df["low"].rolling(k).min()
    highest = df["high"].rolling(k).max()
    raw_k = 100 * (df["close"] - lowest) / (highest - lowest)
    pct_k = raw_k.rolling(smooth).mean()
    pct_d = pct_k.rolling(d).mean()
    return pd.DataFrame({"k": pct_k, "d": pct_d})


def ohlc(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    c = 75 * np.exp(np.cumsum(rng.normal(0.0002, 0.013, n)))
    w = np.abs(rng.normal(0, 0.007, (n, 2)))
    return pd.DataFrame({"high": c * (1 + w[:, 0]), "low": c * (1 - w[:, 1]), "close": c},
                        index=pd.bdate_range("2017-05-01", periods=n))


def main():
    ap = argparse.ArgumentParser(description="Stochastic oscillator strategy")
    ap.add_argument("--k", type=int, default=14)
    ap.add_argument("--d", type=int, default=3)
    ap.add_argument("--oversold", type=float, default=20)
    ap.add_argument("--overbought", type=float, default=80)
    ap.add_argument("--trend", type=int, default=200)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args()
    df = ohlc(a.bars, a.seed)
    st = stochastic(df, a.k, a.d)
    df = df.join(st)
    df["uptrend"] = df["close"] > df["close"].rolling(a.trend).mean()
    cross_up = (df["k"] > df["d"]) & (df["k"].shift() <= df["d"].shift())
    cross_dn = (df["k"] < df["d"]) & (df["k"].shift() >= df["d"].shift())
    entries = cross_up & (df["k"] < a.oversold + 10) & df["uptrend"]
    exits = cross_dn & (df["k"] > a.overbought - 10)
    state = pd.Series(np.nan, index=df.index)
    state[entries] = 1
    state[exits] = 0
    df["pos"] = state.ffill().fillna(0)
    df["strat"] = df["pos"].shift().fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + df["strat"]).cumprod()
    quarterly = df["strat"].groupby(df.index.to_period("Q")).apply(lambda x: (1 + x).prod() - 1)
    print(f"entries={int(entries.sum())} exits={int(exits.sum())}")
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(df["strat"].mean() / df["strat"].std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "entries": int(entries.sum()),
        "exposure": round(float(df["pos"].mean()), 3),
        "best_quarter": str(quarterly.idxmax()),
        "worst_quarter": str(quarterly.idxmin()),
        "positive_quarters": int((quarterly > 0).sum()),
    }))


if __name__ == "__main__":
    main()
