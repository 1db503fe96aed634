# generated: trade filters expressed as an enum.Flag (TREND | VOLUME | VOLATILITY) combined from CLI choices, applied to a pullback strategy, json output
import argparse
import json
from enum import Flag, auto
from functools import reduce
import operator

import numpy as np
import pandas as pd


class Filter(Flag):
    NONE = 0
    TREND = auto()
    VOLUME = auto()
    VOLATILITY = auto()
    ALL = TREND | VOLUME | VOLATILITY

    @classmethod
    def from_names(cls, names):
        return reduce(operator.or_, (cls[n.upper()] for n in names), cls.NONE)

    def describe(self) -> str:
        parts = [m.name.lower() for m in (Filter.TREND, Filter.VOLUME, Filter.VOLATILITY) if m in self]
        return "+".join(parts) or "none"


def data(n, seed):
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2014-01-01", periods=n)
    close = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, n)))
    volume = rng.lognormal(14, 0.35, n)
    return pd.DataFrame({"close": close, "volume": volume}, index=idx)


def pullback_entries(df: pd.DataFrame) -> pd.Series:
    r3 = df["close"].pct_change(3)
    return r3 < r3.rolling(100).quantile(0.1)


def apply_filters(df: pd.DataFrame, entries: pd.Series, flags: Filter) -> pd.Series:
    mask = entries.copy()
    if Filter.TREND in flags:
        mask &= df["close"] > df["close"].rolling(200).mean()
    if Filter.VOLUME in flags:
        mask &= df["volume"] > df["volume"].rolling(20).median()
    if Filter.VOLATILITY in flags:
        vol = df["close"].pct_change().rolling(20).std()
        mask &= vol < vol.rolling(250).median()
    return mask


def run(df, entries, hold):
    pos = entries.astype(float).replace(0, np.nan).ffill(limit=hold - 1).fillna(0)
    strat = pos.shift().fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + strat).cumprod()
    return {
        "entries": int(entries.sum()),
        "return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3) if strat.std() else 0.0,
        "exposure": round(float(pos.mean()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--filters", nargs="*", default=["trend", "volume"],
                    choices=[m.name.lower() for m in Filter if m not in (Filter.NONE, Filter.ALL)])
    ap.add_argument("--hold", type=int, default=5)
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    flags = Filter.from_names(a.filters)
    df = data(a.bars, a.seed)
    raw = pullback_entries(df)
    results = {}
    for f in (Filter.NONE, flags, Filter.ALL):
        results[f.describe()] = run(df, apply_filters(df, raw, f), a.hold)
    print(f"selected filters: {flags.describe()} (value={flags.value})")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
