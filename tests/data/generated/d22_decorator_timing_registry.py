# generated: a small strategy framework with a decorator-based registry of strategies, a timing decorator using time.perf_counter, and a context manager for sections; runs all strategies and prints JSON leaderboard
import argparse
import functools
import json
import math
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


class section:
    """Context manager that prints how long a block took."""

    def __init__(self, title: str):
        self.title = title
        self.t0 = 0.0

    def __enter__(self):
        self.t0 = time.perf_counter()
        print(f"[{self.title}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"[{self.title}] done in {(time.perf_counter() - self.t0) * 1000:.1f} ms")
        return False


@register("buy_hold")
@timed
def buy_hold(close: pd.Series) -> pd.Series:
    return pd.Series(1.0, index=close.index)


@register("sma_200")
@timed
def sma_200(close: pd.Series) -> pd.Series:
    return (close > close.rolling(200).mean()).astype(float)


@register("tsmom_12m")
@timed
def tsmom(close: pd.Series) -> pd.Series:
    return np.sign(close.pct_change(252)).fillna(0.0)


@register("donchian_20")
@timed
def donchian(close: pd.Series) -> pd.Series:
    hi = close.rolling(20).max().shift(1)
    lo = close.rolling(20).min().shift(1)
    sig = pd.Series(np.nan, index=close.index)
    sig[close > hi] = 1.0
    sig[close < lo] = -1.0
    return sig.ffill().fillna(0.0)


@register("short_term_reversal")
@timed
def reversal(close: pd.Series) -> pd.Series:
    return -np.sign(close.pct_change(5)).fillna(0.0)


def evaluate(close: pd.Series, pos: pd.Series, cost: float) -> dict:
    r = close.pct_change().fillna(0)
    held = pos.shift(1).fillna(0)
    net = held * r - held.diff().abs().fillna(0) * cost
    eq = (1 + net).cumprod()
    vol = net.std() * math.sqrt(252)
    return {
        "cagr": round(float(eq.iloc[-1] ** (252 / len(net)) - 1), 4),
        "sharpe": round(float(net.mean() * 252 / vol), 3) if vol else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "turnover": round(float(held.diff().abs().sum() / len(held) * 252), 2),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--cost", type=float, default=0.0005)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", nargs="*", choices=sorted(STRATEGIES), default=None)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, a.days))),
                      index=pd.bdate_range("2008-01-01", periods=a.days))
    names = a.only or list(STRATEGIES)
    board = {}
    with section("backtests"):
        for name in names:
            board[name] = evaluate(close, STRATEGIES[name](close), a.cost)
    ranking = sorted(board, key=lambda k: board[k]["sharpe"], reverse=True)
    for i, name in enumerate(ranking, 1):
        print(f"{i}. {name:<22} sharpe {board[name]['sharpe']:>6.2f}  cagr {board[name]['cagr']:>7.2%}")
    print(json.dumps({"ranking": ranking, "results": board,
                      "timings_ms": {k: round(v * 1000, 3) for k, v in TIMINGS.items()}}))


if __name__ == "__main__":
    main()
