# generated: compose a trading signal from several filters using functools.partial and functools.reduce, with an ensemble vote; run on synthetic prices and print JSON stats
import argparse
import functools
import json
import math
import operator
from typing import Callable, List

import numpy as np
import pandas as pd

Filter = Callable[[pd.Series], pd.Series]


def above_ma(close: pd.Series, window: int) -> pd.Series:
    return close > close.rolling(window).mean()


def positive_momentum(close: pd.Series, lookback: int) -> pd.Series:
    return close.pct_change(lookback) > 0


def low_volatility(close: pd.Series, window: int, pct: float) -> pd.Series:
    vol = close.pct_change().rolling(window).std()
    return vol < vol.expanding(min_periods=window * 2).quantile(pct)


def not_overextended(close: pd.Series, window: int, max_dev: float) -> pd.Series:
    return (close / close.rolling(window).mean() - 1) < max_dev


def combine_all(filters: List[Filter], close: pd.Series) -> pd.Series:
    return functools.reduce(operator.and_, (f(close) for f in filters))


def vote(filters: List[Filter], close: pd.Series, needed: int) -> pd.Series:
    votes = functools.reduce(operator.add, (f(close).astype(int) for f in filters))
    return votes >= needed


def evaluate(close: pd.Series, signal: pd.Series) -> dict:
    pos = signal.astype(float).shift(1).fillna(0)
    r = pos * close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    sd = r.std()
    return {
        "exposure": round(float(pos.mean()), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / sd * math.sqrt(252)), 3) if sd else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--needed", type=int, default=3, help="votes needed in ensemble mode")
    ap.add_argument("--seed", type=int, default=29)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, a.n))),
                      index=pd.bdate_range("2010-01-01", periods=a.n))

    filters: List[Filter] = [
        functools.partial(above_ma, window=200),
        functools.partial(positive_momentum, lookback=126),
        functools.partial(low_volatility, window=20, pct=0.8),
        functools.partial(not_overextended, window=50, max_dev=0.08),
    ]
    names = [f"{f.func.__name__}({', '.join(f'{k}={v}' for k, v in f.keywords.items())})" for f in filters]
    for nm in names:
        print("filter:", nm)

    results = {
        "all_filters": evaluate(close, combine_all(filters, close)),
        f"vote_{a.needed}_of_{len(filters)}": evaluate(close, vote(filters, close, a.needed)),
        "buy_hold": evaluate(close, pd.Series(True, index=close.index)),
    }
    for nm, f in zip(names, filters):
        results[nm] = evaluate(close, f(close))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
