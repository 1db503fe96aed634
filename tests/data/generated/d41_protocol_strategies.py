# generated: define a typing.Protocol for strategies, implement three (momentum, mean reversion, breakout) as classes, run them through a common backtest function and print JSON comparison
from __future__ import annotations

import argparse
import json
import math
from typing import Protocol, Sequence, List

import numpy as np


class Strategy(Protocol):
    name: str

    def target(self, history: Sequence[float]) -> float:
        ...


class Momentum:
    def __init__(self, lookback: int = 60):
        self.lookback = lookback
        self.name = f"momentum_{lookback}"

    def target(self, history: Sequence[float]) -> float:
        if len(history) <= self.lookback:
            return 0.0
        return 1.0 if history[-1] > history[-1 - self.lookback] else -1.0


class MeanReversion:
    def __init__(self, window: int = 10, z: float = 1.0):
        self.window, self.z = window, z
        self.name = f"meanrev_{window}"

    def target(self, history: Sequence[float]) -> float:
        if len(history) < self.window:
            return 0.0
        w = np.asarray(history[-self.window:])
        sd = w.std()
        if sd == 0:
            return 0.0
        score = (w[-1] - w.mean()) / sd
        return float(-np.clip(score / self.z, -1, 1))


class Breakout:
    def __init__(self, window: int = 20):
        self.window = window
        self.name = f"breakout_{window}"
        self._state = 0.0

    def target(self, history: Sequence[float]) -> float:
        if len(history) <= self.window:
            return 0.0
        prior = history[-1 - self.window:-1]
        if history[-1] > max(prior):
            self._state = 1.0
        elif history[-1] < min(prior):
            self._state = -1.0
        return self._state


def backtest(strategy: Strategy, prices: np.ndarray, cost: float) -> dict:
    hist: List[float] = []
    pos = 0.0
    rets = []
    for i, p in enumerate(prices):
        if i:
            rets.append(pos * (p / prices[i - 1] - 1))
        hist.append(float(p))
        new = strategy.target(hist)
        if rets:
            rets[-1] -= abs(new - pos) * cost
        pos = new
    r = np.array(rets)
    eq = np.cumprod(1 + r)
    sd = r.std()
    return {
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe": round(float(r.mean() / sd * math.sqrt(252)), 3) if sd else 0.0,
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--cost", type=float, default=0.0002)
    ap.add_argument("--seed", type=int, default=4)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    prices = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.01, a.n)))
    strategies: List[Strategy] = [Momentum(60), Momentum(120), MeanReversion(10), Breakout(20), Breakout(55)]
    results = {}
    for s in strategies:
        results[s.name] = backtest(s, prices, a.cost)
        print("{:<14s} return {:>8.2%}  sharpe {:>6.2f}".format(s.name, results[s.name]["total_return"], results[s.name]["sharpe"]))
    print(json.dumps({"n": a.n, "results": results,
                      "winner": max(results, key=lambda k: results[k]["sharpe"])}))


if __name__ == "__main__":
    main()
