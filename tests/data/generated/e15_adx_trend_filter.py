# generated: ADX trend strength filter combined with DI crossover, synthetic OHLC, JSON backtest output
import argparse
import json

import numpy as np
import pandas as pd


def wilder(s: pd.Series, n: int) -> pd.Series:
    return s.ewm(alpha=1.0 / n, adjust=False).mean()


def adx(df: pd.DataFrame, n: int = 14) -> pd.DataFrame:
    up = df["high"].diff()
    down = -df["low"].diff()
    plus_dm = np.where((up > down) & (up > 0), up, 0.0)
    minus_dm = np.where((down > up) & (down > 0), down, 0.0)
    tr = pd.concat([
        df["high"] - df["low"],
        (df["high"] - df["close"].shift()).abs(),
        (df["low"] - df["close"].shift()).abs(),
    ], axis=1).max(axis=1)
    atr_ = wilder(tr, n)
    plus_di = 100 * wilder(pd.Series(plus_dm, index=df.index), n) / atr_
    minus_di = 100 * wilder(pd.Series(minus_dm, index=df.index), n) / atr_
    dx = 100 * (plus_di - minus_di).abs() / (plus_di + minus_di)
    return pd.DataFrame({"plus_di": plus_di, "minus_di": minus_di, "adx": wilder(dx, n)})


def make_ohlc(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    trend = np.repeat(rng.normal(0, 0.0015, n // 60 + 1), 60)[:n]
    close = 100 * np.exp(np.cumsum(trend + rng.normal(0, 0.01, n)))
    rngs = np.abs(rng.normal(0, 0.008, n))
    return pd.DataFrame({
        "high": close * (1 + rngs),
        "low": close * (1 - rngs),
        "close": close,
    }, index=pd.bdate_range("2017-01-02", periods=n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--period", type=int, default=14)
    ap.add_argument("--threshold", type=float, default=25.0)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=77)
    ap.add_argument("--mode", choices=["long", "longshort"], default="longshort")
    args = ap.parse_args()

    df = make_ohlc(args.bars, args.seed)
    ind = adx(df, args.period)
    trending = ind["adx"] > args.threshold
    direction = np.where(ind["plus_di"] > ind["minus_di"], 1, -1)
    if args.mode == "long":
        direction = np.clip(direction, 0, None)
    pos = pd.Series(np.where(trending, direction, 0), index=df.index)
    ret = df["close"].pct_change().fillna(0)
    strat = pos.shift(1).fillna(0) * ret
    eq = (1 + strat).cumprod()
    bh = (1 + ret).cumprod()
    print(f"ADX>{args.threshold:g} on {trending.mean():.0%} of bars")
    print(json.dumps({
        "strategy_return": round(float(eq.iloc[-1] - 1), 4),
        "buy_hold_return": round(float(bh.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "time_trending": round(float(trending.mean()), 3),
        "avg_adx": round(float(ind["adx"].mean()), 2),
    }))


if __name__ == "__main__":
    main()
