# generated: MACD trend following backtest with signal line crossovers, numpy/pandas only, json result
import argparse
import json

import numpy as np
import pandas as pd


def ema(s: pd.Series, span: int) -> pd.Series:
    return s.ewm(span=span, adjust=False).mean()


def macd(close: pd.Series, fast=12, slow=26, signal=9) -> pd.DataFrame:
    line = ema(close, fast) - ema(close, slow)
    sig = ema(line, signal)
    return pd.DataFrame({"macd": line, "signal": sig, "hist": line - sig})


def make_data(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    regime = np.repeat(rng.choice([-1, 1], size=n // 100 + 1), 100)[:n]
    ret = rng.normal(0.0004 * regime, 0.011)
    close = 20 * np.cumprod(1 + ret)
    return pd.DataFrame({"close": close}, index=pd.bdate_range("2012-01-02", periods=n))


def run(df: pd.DataFrame, fast: int, slow: int, signal: int, allow_short: bool) -> pd.DataFrame:
    ind = macd(df["close"], fast, slow, signal)
    df = df.join(ind)
    long_sig = np.where(df["hist"] > 0, 1, 0)
    short_sig = np.where(df["hist"] < 0, -1, 0) if allow_short else 0
    df["position"] = long_sig + short_sig
    df["ret"] = df["close"].pct_change().fillna(0)
    df["strat"] = df["position"].shift(1).fillna(0) * df["ret"]
    df["equity"] = (1 + df["strat"]).cumprod()
    return df


def report(df: pd.DataFrame) -> dict:
    s = df["strat"]
    monthly = (1 + s).resample("M").prod() - 1
    dd = df["equity"] / df["equity"].cummax() - 1
    return {
        "final_equity": round(float(df["equity"].iloc[-1]), 4),
        "sharpe": round(float(np.sqrt(252) * s.mean() / s.std()), 3),
        "max_drawdown": round(float(dd.min()), 4),
        "best_month": round(float(monthly.max()), 4),
        "worst_month": round(float(monthly.min()), 4),
        "pct_positive_months": round(float((monthly > 0).mean()), 3),
        "flips": int((df["position"].diff().fillna(0) != 0).sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fast", type=int, default=12)
    parser.add_argument("--slow", type=int, default=26)
    parser.add_argument("--signal", type=int, default=9)
    parser.add_argument("--short", action="store_true", help="allow short positions")
    parser.add_argument("--bars", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    df = make_data(args.bars, args.seed)
    df = run(df, args.fast, args.slow, args.signal, args.short)
    print("MACD backtest finished, last bar: {:%Y-%m-%d}".format(df.index[-1]))
    print(json.dumps(report(df)))


if __name__ == "__main__":
    main()
