# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: priyanshuJain-32/trading_platform averageTrueRange.py (atr with ewm) + grid search idiom (itertools.product, functools.lru_cache, statistics)
# benign: itertools, functools, statistics, collections, enum, match statement, walrus
import collections
import enum
import functools
import itertools
import json
import statistics

import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 400
close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))), index=pd.date_range("2020-01-01", periods=n, freq="B"))


class Side(enum.Enum):
    LONG = 1
    FLAT = 0


def atr(DF: pd.DataFrame, window: int = 14) -> pd.Series:
    df = DF.copy()
    df["H-L"] = df["High"] - df["Low"]
    df["H-PC"] = df["High"] - df["Adj Close"].shift(1)
    df["L-PC"] = df["Low"] - df["Adj Close"].shift(1)
    df["TR"] = df[["H-L", "H-PC", "L-PC"]].max(axis=1, skipna=False)
    df["ATR"] = df["TR"].ewm(com=window, min_periods=window).mean()
    return df["ATR"]


@functools.lru_cache(maxsize=None)
def backtest(fast: int, slow: int) -> float:
    f = close.rolling(fast).mean()
    s = close.rolling(slow).mean()
    pos = (f > s).astype(int).shift().fillna(0)
    return float((close.pct_change().fillna(0) * pos).sum())


results = {}
for fast, slow in itertools.product([5, 10, 20], [50, 100]):
    results[(fast, slow)] = backtest(fast, slow)
best = max(results, key=results.get)
counts = collections.Counter(Side.LONG if v > 0 else Side.FLAT for v in results.values())
match best:
    case (f, s) if f < s:
        label = f"fast={f} slow={s}"
    case _:
        label = "none"
if (m := statistics.mean(results.values())) is not None:
    mean_ret = m
ohlc = pd.DataFrame({"High": close * 1.01, "Low": close * 0.99, "Adj Close": close})
print(json.dumps({"best": label, "mean": mean_ret, "longs": counts[Side.LONG], "atr": float(atr(ohlc).iloc[-1])}))
