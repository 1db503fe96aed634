# generated: strategy registry using decorators so I can run several signals by name from the command line, time each with perf_counter, json output
import argparse
import functools
import json
import time
from typing import Callable, Dict

import numpy as np
import pandas as pd

STRATEGIES: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {}
TIMINGS: Dict[str, float] = {}


def register(name: str):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                TIMINGS[name] = round((time.perf_counter() - start) * 1000, 2)
        STRATEGIES[name] = wrapper
        return wrapper
    return decorator


@register("momentum")
def momentum(df: pd.DataFrame) -> pd.Series:
    return np.sign(df["close"].pct_change(60)).fillna(0)


@register("reversal")
def reversal(df: pd.DataFrame) -> pd.Series:
    return -np.sign(df["close"].pct_change(5)).fillna(0)


@register("breakout")
def breakout(df: pd.DataFrame) -> pd.Series:
    hi = df["close"].rolling(100).max().shift(1)
    lo = df["close"].rolling(100).min().shift(1)
    sig = pd.Series(np.nan, index=df.index)
    sig[df["close"] > hi] = 1
    sig[df["close"] < lo] = -1
    return sig.ffill().fillna(0)


@register("ema_ribbon")
def ema_ribbon(df: pd.DataFrame) -> pd.Series:
    spans = [8, 13, 21, 34, 55]
    emas = pd.concat({s: df["close"].ewm(span=s).mean() for s in spans}, axis=1)
    ordered_up = (emas.diff(axis=1).iloc[:, 1:] < 0).all(axis=1)
    ordered_dn = (emas.diff(axis=1).iloc[:, 1:] > 0).all(axis=1)
    return pd.Series(np.where(ordered_up, 1, np.where(ordered_dn, -1, 0)), index=df.index)


def data(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    close = 30 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, n)))
    return pd.DataFrame({"close": close}, index=pd.bdate_range("2010-01-01", periods=n))


def evaluate(df: pd.DataFrame, signal: pd.Series) -> dict:
    r = signal.shift(1).fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    return {
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)) if r.std() > 0 else 0.0, 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "long_pct": round(float((signal > 0).mean()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("strategies", nargs="*", help="any of: " + ", ".join(sorted(STRATEGIES)))
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    names = args.strategies or sorted(STRATEGIES)
    unknown = [n for n in names if n not in STRATEGIES]
    if unknown:
        ap.error(f"unknown strategies: {unknown}")
    df = data(args.bars, args.seed)
    out = {}
    for name in names:
        sig = STRATEGIES[name](df)
        out[name] = evaluate(df, sig)
        print(f"{name:<12} {out[name]['total_return']:>+8.2%}  sharpe {out[name]['sharpe']:>6.2f}  ({TIMINGS[name]} ms)")
    print(json.dumps({"results": out, "timings_ms": TIMINGS, "docs": {n: STRATEGIES[n].__name__ for n in names}}))


if __name__ == "__main__":
    main()
