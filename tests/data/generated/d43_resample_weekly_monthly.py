# generated: multi-timeframe strategy: weekly trend filter from resampled daily bars plus daily RSI(2) entries (Connors style), pandas resample/ohlc/reindex, print JSON stats
import argparse
import json
import math

import numpy as np
import pandas as pd


def daily_bars(n, seed):
    rng = np.random.default_rng(seed)
    r = rng.normal(0.0004, 0.011, n)
    close = 300 * np.exp(np.cumsum(r))
    idx = pd.bdate_range("2012-01-02", periods=n)
    return pd.Series(close, index=idx, name="close")


def rsi(series: pd.Series, n: int) -> pd.Series:
    d = series.diff()
    up = d.clip(lower=0).rolling(n).mean()
    dn = (-d.clip(upper=0)).rolling(n).mean()
    return 100 - 100 / (1 + up / dn.replace(0, np.nan))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2600)
    ap.add_argument("--weekly-ma", type=int, default=30)
    ap.add_argument("--rsi-n", type=int, default=2)
    ap.add_argument("--entry", type=float, default=10.0)
    ap.add_argument("--exit", type=float, default=70.0)
    ap.add_argument("--seed", type=int, default=66)
    a = ap.parse_args()

    close = daily_bars(a.n, a.seed)
    weekly = close.resample("W-FRI").ohlc()
    weekly["ma"] = weekly["close"].rolling(a.weekly_ma).mean()
    weekly["uptrend"] = weekly["close"] > weekly["ma"]
    # only known after the week closes: shift before aligning back to days
    trend_daily = weekly["uptrend"].shift(1).reindex(close.index, method="ffill").fillna(False)

    r2 = rsi(close, a.rsi_n)
    pos = np.zeros(len(close))
    holding = False
    for i in range(len(close)):
        if not holding and trend_daily.iloc[i] and r2.iloc[i] < a.entry:
            holding = True
        elif holding and (r2.iloc[i] > a.exit or not trend_daily.iloc[i]):
            holding = False
        pos[i] = 1.0 if holding else 0.0
    pos = pd.Series(pos, index=close.index).shift(1).fillna(0)
    ret = pos * close.pct_change().fillna(0)

    monthly = ret.resample("M").apply(lambda x: (1 + x).prod() - 1)
    eq = (1 + ret).cumprod()
    entries = int((pos.diff() > 0).sum())
    print("weekly bars: {}, uptrend weeks: {:.0%}, entries: {}".format(len(weekly), weekly["uptrend"].mean(), entries))
    print(json.dumps({
        "entries": entries,
        "exposure": round(float(pos.mean()), 3),
        "cagr": round(float(eq.iloc[-1] ** (252 / len(eq)) - 1), 4),
        "sharpe": round(float(ret.mean() / ret.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "best_month": round(float(monthly.max()), 4),
        "worst_month": round(float(monthly.min()), 4),
        "pct_positive_months": round(float((monthly[monthly != 0] > 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
