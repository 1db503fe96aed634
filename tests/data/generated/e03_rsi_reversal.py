# generated: RSI oversold/overbought strategy with Wilder smoothing, print stats as json
import argparse
import json
import time

import numpy as np
import pandas as pd


def rsi(close: pd.Series, period: int = 14) -> pd.Series:
    delta = close.diff()
    gain = delta.clip(lower=0)
    loss = -delta.clip(upper=0)
    avg_gain = gain.ewm(alpha=1 / period, adjust=False, min_periods=period).mean()
    avg_loss = loss.ewm(alpha=1 / period, adjust=False, min_periods=period).mean()
    rs = avg_gain / avg_loss.replace(0, np.nan)
    return 100 - 100 / (1 + rs)


def random_walk(n, seed, start=100.0, vol=0.01):
    rng = np.random.default_rng(seed)
    shocks = rng.normal(0, vol, n)
    # add a little mean reversion so RSI has something to find
    level = np.empty(n)
    level[0] = np.log(start)
    for i in range(1, n):
        level[i] = level[i - 1] + shocks[i] - 0.02 * (level[i - 1] - np.log(start))
    return pd.Series(np.exp(level), index=pd.bdate_range("2015-01-02", periods=n))


def backtest(close, lower, upper, period):
    r = rsi(close, period)
    signal = pd.Series(np.nan, index=close.index)
    signal[r < lower] = 1.0
    signal[r > upper] = 0.0
    position = signal.ffill().fillna(0.0)
    rets = close.pct_change().fillna(0.0) * position.shift(1).fillna(0.0)
    return position, rets


def summarize(rets: pd.Series, position: pd.Series) -> dict:
    eq = (1 + rets).cumprod()
    yearly = rets.groupby(rets.index.year).apply(lambda x: (1 + x).prod() - 1)
    return {
        "cagr": round(float(eq.iloc[-1] ** (252 / len(eq)) - 1), 4),
        "sharpe": round(float(rets.mean() / rets.std() * np.sqrt(252)), 3) if rets.std() else 0.0,
        "exposure": round(float(position.mean()), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "yearly": {str(k): round(float(v), 4) for k, v in yearly.items()},
    }


def main():
    ap = argparse.ArgumentParser(description="RSI reversal")
    ap.add_argument("--period", type=int, default=14)
    ap.add_argument("--lower", type=float, default=30)
    ap.add_argument("--upper", type=float, default=70)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    t0 = time.perf_counter()
    close = random_walk(args.n, args.seed)
    position, rets = backtest(close, args.lower, args.upper, args.period)
    out = summarize(rets, position)
    out["elapsed_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    print(f"RSI({args.period}) {args.lower}/{args.upper}: done")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
