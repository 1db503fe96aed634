# generated: stochastic oscillator %K/%D crossover strategy with optional trend filter, argparse options, JSON report
import argparse
import json

import numpy as np
import pandas as pd


class StochasticStrategy:
    def __init__(self, k_period=14, d_period=3, smooth=3, oversold=20.0, overbought=80.0, trend=None):
        self.k_period = k_period
        self.d_period = d_period
        self.smooth = smooth
        self.oversold = oversold
        self.overbought = overbought
        self.trend = trend

    def __repr__(self):
        return ("StochasticStrategy(k={0.k_period}, d={0.d_period}, smooth={0.smooth}, "
                "os={0.oversold}, ob={0.overbought}, trend={0.trend})").format(self)

    def indicator(self, df):
        ll = df["low"].rolling(self.k_period).min()
        hh = df["high"].rolling(self.k_period).max()
        raw_k = 100 * (df["close"] - ll) / (hh - ll)
        k = raw_k.rolling(self.smooth).mean()
        d = k.rolling(self.d_period).mean()
        return k, d

    def positions(self, df):
        k, d = self.indicator(df)
        cross_up = (k > d) & (k.shift() <= d.shift())
        cross_dn = (k < d) & (k.shift() >= d.shift())
        longs = cross_up & (k < self.oversold + 10)
        exits = cross_dn & (k > self.overbought - 10)
        pos = pd.Series(np.nan, index=df.index)
        pos[longs] = 1.0
        pos[exits] = 0.0
        pos = pos.ffill().fillna(0.0)
        if self.trend:
            pos = pos.where(df["close"] > df["close"].rolling(self.trend).mean(), 0.0)
        return pos


def synthetic_ohlc(n, seed):
    rng = np.random.default_rng(seed)
    c = 75 * np.exp(np.cumsum(rng.normal(0.0003, 0.014, n)))
    h = c * (1 + rng.gamma(2, 0.003, n))
    l = c * (1 - rng.gamma(2, 0.003, n))
    return pd.DataFrame({"high": h, "low": l, "close": c}, index=pd.bdate_range("2016-01-01", periods=n))


def report(df, pos):
    r = pos.shift().fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    entries = int((pos.diff() > 0).sum())
    return {
        "total": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() else 0.0,
        "mdd": round(float((eq / eq.cummax() - 1).min()), 4),
        "entries": entries,
        "exposure": round(float(pos.mean()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=14)
    ap.add_argument("--d", type=int, default=3)
    ap.add_argument("--oversold", type=float, default=20)
    ap.add_argument("--overbought", type=float, default=80)
    ap.add_argument("--trend", type=int, default=200, help="0 disables the trend filter")
    ap.add_argument("--seed", type=int, default=27)
    a = ap.parse_args()

    df = synthetic_ohlc(2000, a.seed)
    base = StochasticStrategy(a.k, a.d, oversold=a.oversold, overbought=a.overbought)
    filt = StochasticStrategy(a.k, a.d, oversold=a.oversold, overbought=a.overbought, trend=a.trend or None)
    out = {}
    for label, s in (("no_filter", base), ("trend_filter", filt)):
        out[label] = report(df, s.positions(df))
        print("{:<13} {!r}".format(label, s))
    out["buy_hold"] = round(float(df.close.iloc[-1] / df.close.iloc[0] - 1), 4)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
