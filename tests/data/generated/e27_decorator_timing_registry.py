# generated: strategy registry with decorators and timing; run several simple strategies and compare in JSON
import argparse
import functools
import json
import time
from typing import Callable, Dict

import numpy as np
import pandas as pd

STRATEGIES: Dict[str, Callable[[pd.Series], pd.Series]] = {}
TIMINGS: Dict[str, float] = {}


def register(name: str):
    def deco(fn):
        STRATEGIES[name] = fn
        return fn
    return deco


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMINGS[fn.__name__] = TIMINGS.get(fn.__name__, 0.0) + time.perf_counter() - t0
    return wrapper


@register("buy_hold")
@timed
def buy_hold(close: pd.Series) -> pd.Series:
    return pd.Series(1.0, index=close.index)


@register("sma_200")
@timed
def sma_200(close: pd.Series) -> pd.Series:
    return (close > close.rolling(200).mean()).astype(float)


@register("dual_momentum")
@timed
def dual_momentum(close: pd.Series) -> pd.Series:
    m3 = close.pct_change(63)
    m12 = close.pct_change(252)
    return ((m3 > 0) & (m12 > 0)).astype(float)


@register("short_reversal")
@timed
def short_reversal(close: pd.Series) -> pd.Series:
    r5 = close.pct_change(5)
    return np.sign(-r5).fillna(0)


@timed
def evaluate(close: pd.Series, pos: pd.Series) -> dict:
    r = close.pct_change().fillna(0) * pos.shift(1).fillna(0)
    eq = (1 + r).cumprod()
    sd = r.std()
    return {
        "return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / sd * np.sqrt(252)), 3) if sd > 0 else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float(pos.abs().mean()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=sorted(STRATEGIES), nargs="*", default=None)
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, a.bars))),
                      index=pd.bdate_range("2010-01-01", periods=a.bars))
    names = a.only or list(STRATEGIES)
    results = {}
    for name in names:
        results[name] = evaluate(close, STRATEGIES[name](close))
        print("{:<15} sharpe {:>7.3f}  return {:>8.2%}".format(name, results[name]["sharpe"], results[name]["return"]))
    best = max(results, key=lambda k: results[k]["sharpe"])
    print(json.dumps({
        "results": results,
        "best": best,
        "timings_ms": {k: round(v * 1000, 2) for k, v in TIMINGS.items()},
        "wrapped_name": sma_200.__name__,
    }))


if __name__ == "__main__":
    main()
