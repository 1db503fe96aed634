# generated: ADX trend filter + DI crossover strategy, implement ADX from scratch with pandas, output JSON
import argparse
import json

import numpy as np
import pandas as pd


def synthetic_bars(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    trend = np.where(rng.random(n) < 0.5, 1, -1)
    trend = pd.Series(trend).rolling(60, min_periods=1).mean().values * 0.001
    close = 75 * np.exp(np.cumsum(trend + rng.normal(0, 0.012, n)))
    rng_hl = np.abs(rng.normal(0.008, 0.004, n))
    high = close * (1 + rng_hl)
    low = close * (1 - rng_hl)
    return pd.DataFrame({"high": high, "low": low, "close": close}, index=pd.bdate_range("2013-01-01", periods=n))


def wilder(series: pd.Series, n: int) -> pd.Series:
    return series.ewm(alpha=1.0 / n, adjust=False).mean()


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
    atr = wilder(tr, n)
    plus_di = 100 * wilder(pd.Series(plus_dm, index=df.index), n) / atr
    minus_di = 100 * wilder(pd.Series(minus_dm, index=df.index), n) / atr
    dx = 100 * (plus_di - minus_di).abs() / (plus_di + minus_di).replace(0, np.nan)
    return pd.DataFrame({"plus_di": plus_di, "minus_di": minus_di, "adx": wilder(dx.fillna(0), n)})


def backtest(df: pd.DataFrame, threshold: float, allow_short: bool) -> pd.DataFrame:
    ind = adx(df)
    trending = ind["adx"] > threshold
    direction = np.sign(ind["plus_di"] - ind["minus_di"])
    if not allow_short:
        direction = direction.clip(lower=0)
    position = (direction * trending).shift(1).fillna(0)
    out = df.join(ind)
    out["position"] = position
    out["ret"] = position * df["close"].pct_change().fillna(0)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=25.0)
    ap.add_argument("--long-only", action="store_true")
    ap.add_argument("--bars", type=int, default=2200)
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()

    df = synthetic_bars(args.bars, args.seed)
    bt = backtest(df, args.threshold, not args.long_only)
    eq = (1 + bt["ret"]).cumprod()
    by_year = bt["ret"].groupby(bt.index.year).apply(lambda r: (1 + r).prod() - 1)
    regime = bt.assign(trend=bt["adx"] > args.threshold).groupby("trend")["ret"].agg(["mean", "std", "count"])
    print(regime.round(5).to_string())
    print(json.dumps({
        "threshold": args.threshold,
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(bt["ret"].mean() / bt["ret"].std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "pct_trending": round(float((bt["adx"] > args.threshold).mean()), 3),
        "yearly": {str(k): round(float(v), 4) for k, v in by_year.items()},
    }))


if __name__ == "__main__":
    main()
