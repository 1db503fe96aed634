# generated: Heikin-Ashi candle trend strategy: enter after N consecutive bullish HA candles without lower wick, exit on first bearish, pandas + numpy, json
import argparse
import json

import numpy as np
import pandas as pd


def heikin_ashi(df: pd.DataFrame) -> pd.DataFrame:
    ha = pd.DataFrame(index=df.index)
    ha["close"] = (df.open + df.high + df.low + df.close) / 4
    ha_open = np.empty(len(df))
    ha_open[0] = (df.open.iat[0] + df.close.iat[0]) / 2
    hc = ha["close"].to_numpy()
    for i in range(1, len(df)):
        ha_open[i] = (ha_open[i - 1] + hc[i - 1]) / 2
    ha["open"] = ha_open
    ha["high"] = pd.concat([df.high, ha.open, ha.close], axis=1).max(axis=1)
    ha["low"] = pd.concat([df.low, ha.open, ha.close], axis=1).min(axis=1)
    return ha


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--streak", type=int, default=3)
    ap.add_argument("--wick-tol", type=float, default=1e-4)
    ap.add_argument("--seed", type=int, default=3232)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    drift = np.repeat(rng.normal(0, 0.002, args.n // 50 + 1), 50)[: args.n]
    close = 100 * np.exp(np.cumsum(drift + rng.normal(0, 0.01, args.n)))
    open_ = np.r_[close[0], close[:-1]] * (1 + rng.normal(0, 0.002, args.n))
    hi = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.004, args.n)))
    lo = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.004, args.n)))
    df = pd.DataFrame({"open": open_, "high": hi, "low": lo, "close": close},
                      index=pd.bdate_range("2014-01-01", periods=args.n))

    ha = heikin_ashi(df)
    bullish = ha.close > ha.open
    no_lower_wick = (ha[["open", "close"]].min(axis=1) - ha.low) / ha.close < args.wick_tol
    strong = bullish & no_lower_wick
    streak = strong.groupby((~strong).cumsum()).cumsum()

    pos = np.zeros(args.n)
    holding = False
    for i in range(args.n):
        if not holding and streak.iat[i] >= args.streak:
            holding = True
        elif holding and not bullish.iat[i]:
            holding = False
        pos[i] = 1.0 if holding else 0.0
    r = df.close.pct_change().fillna(0).to_numpy()
    strat = np.r_[0.0, pos[:-1]] * r
    eq = np.cumprod(1 + strat)
    entries = int((np.diff(pos) > 0).sum())
    print(f"bullish HA candles: {bullish.mean():.1%}; entries: {entries}")
    print(json.dumps({
        "entries": entries,
        "exposure": round(float(pos.mean()), 3),
        "final_equity": round(float(eq[-1]), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "buy_hold": round(float(close[-1] / close[0]), 4),
    }))


if __name__ == "__main__":
    main()
