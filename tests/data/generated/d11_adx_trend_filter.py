# generated: ADX trend strength filter combined with DI+/DI- crossover, synthetic OHLC, vectorised pandas implementation, print backtest stats JSON
import argparse
import json

import numpy as np
import pandas as pd


def make_ohlc(n=2000, seed=21):
    rng = np.random.default_rng(seed)
    trend = np.sin(np.linspace(0, 12, n)) * 0.0015
    c = 30 * np.exp(np.cumsum(trend + rng.normal(0, 0.013, n)))
    h = c * (1 + np.abs(rng.normal(0, 0.007, n)))
    l = c * (1 - np.abs(rng.normal(0, 0.007, n)))
    return pd.DataFrame({"high": h, "low": l, "close": c}, index=pd.bdate_range("2012-03-01", periods=n))


def wilder(s: pd.Series, n: int) -> pd.Series:
    return s.ewm(alpha=1.0 / n, adjust=False).mean()


def adx(df: pd.DataFrame, n: int = 14) -> pd.DataFrame:
    up = df["high"].diff()
    down = -df["low"].diff()
    plus_dm = pd.Series(np.where((up > down) & (up > 0), up, 0.0), index=df.index)
    minus_dm = pd.Series(np.where((down > up) & (down > 0), down, 0.0), index=df.index)
    prev_close = df["close"].shift()
    tr = np.maximum.reduce([
        (df["high"] - df["low"]).values,
        (df["high"] - prev_close).abs().values,
        (df["low"] - prev_close).abs().values,
    ])
    atr = wilder(pd.Series(tr, index=df.index), n)
    plus_di = 100 * wilder(plus_dm, n) / atr
    minus_di = 100 * wilder(minus_dm, n) / atr
    dx = 100 * (plus_di - minus_di).abs() / (plus_di + minus_di)
    return pd.DataFrame({"+DI": plus_di, "-DI": minus_di, "ADX": wilder(dx, n)})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--period", type=int, default=14)
    parser.add_argument("--threshold", type=float, default=25.0)
    parser.add_argument("--allow-short", action="store_true")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()

    df = make_ohlc(seed=args.seed)
    ind = adx(df, args.period)
    df = df.join(ind)
    trending = df["ADX"] > args.threshold
    direction = np.sign(df["+DI"] - df["-DI"])
    if not args.allow_short:
        direction = direction.clip(lower=0)
    df["pos"] = (direction * trending).shift(1).fillna(0)
    df["ret"] = df["pos"] * df["close"].pct_change().fillna(0)

    eq = (1 + df["ret"]).cumprod()
    bh = df["close"] / df["close"].iloc[0]
    pct_trending = trending.mean()
    print("share of days with ADX > {:.0f}: {:.1%}".format(args.threshold, pct_trending))
    monthly = df["ret"].resample("M").apply(lambda r: (1 + r).prod() - 1)
    print(json.dumps({
        "strategy_return": round(eq.iloc[-1] - 1, 4),
        "buy_hold_return": round(bh.iloc[-1] - 1, 4),
        "sharpe": round(df["ret"].mean() / df["ret"].std() * np.sqrt(252), 3),
        "exposure": round(float((df["pos"] != 0).mean()), 3),
        "positive_months": round(float((monthly > 0).mean()), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
