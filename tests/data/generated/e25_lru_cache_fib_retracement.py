# generated: Fibonacci retracement swing strategy, use functools.lru_cache and operator helpers, json results
import argparse
import json
import operator
from functools import lru_cache, reduce
from typing import List, Tuple

import numpy as np


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_ratios(k: int = 4) -> List[float]:
    # classical 0.236, 0.382, 0.618 from ratios of fibonacci numbers
    base = [fib(20 - i) / fib(20) for i in (1, 2, 3)]
    return sorted({round(1 - base[0], 3), round(base[1], 3), round(base[0], 3), 0.5})[:k]


def swing_points(prices: np.ndarray, order: int) -> List[Tuple[int, float, str]]:
    pts = []
    for i in range(order, len(prices) - order):
        window = prices[i - order:i + order + 1]
        if prices[i] == window.max():
            pts.append((i, prices[i], "H"))
        elif prices[i] == window.min():
            pts.append((i, prices[i], "L"))
    return pts


def run(prices: np.ndarray, order: int, level: float, target_ext: float):
    swings = swing_points(prices, order)
    trades = []
    for (i0, p0, t0), (i1, p1, t1) in zip(swings, swings[1:]):
        if not (t0 == "L" and t1 == "H"):
            continue
        entry = p1 - (p1 - p0) * level
        stop = p0
        target = p1 + (p1 - p0) * target_ext
        start = i1 + order  # swing only known after confirmation
        in_trade = False
        for j in range(start, min(start + 100, len(prices))):
            px = prices[j]
            if not in_trade and px <= entry:
                in_trade = True
            elif in_trade and (px <= stop or px >= target):
                trades.append(px / entry - 1)
                break
    return trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--order", type=int, default=10)
    ap.add_argument("--level", type=float, default=None, help="retracement; default=0.618 from fib")
    ap.add_argument("--target-ext", type=float, default=0.272, dest="target_ext")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()
    ratios = fib_ratios()
    level = a.level if a.level is not None else max(ratios)
    rng = np.random.default_rng(a.seed)
    prices = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.01, a.n)))
    trades = run(prices, a.order, level, a.target_ext)
    growth = reduce(operator.mul, (1 + t for t in trades), 1.0)
    best = max(trades, default=0.0)
    print(f"fib ratios {ratios}; using {level:.3f}; fib(30)={fib(30)}")
    print(json.dumps({
        "ratios": ratios,
        "level": level,
        "trades": len(trades),
        "win_rate": round(sum(map(operator.truth, (t > 0 for t in trades))) / len(trades), 3) if trades else None,
        "compounded": round(growth - 1, 4),
        "best_trade": round(best, 4),
        "cache_hits": fib.cache_info().hits,
    }))


if __name__ == "__main__":
    main()
