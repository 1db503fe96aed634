# generated: find the optimal set of buy/sell trades with at most k transactions on a synthetic price path using recursive dynamic programming with functools.lru_cache, compare to a simple strategy, json
import argparse
import json
import random
import sys
from functools import lru_cache
from typing import List, Tuple

def make_path(n: int, seed: int) -> List[float]:
    rng = random.Random(seed)
    p = [100.0]
    for _ in range(n - 1):
        p.append(round(p[-1] * (1 + rng.gauss(0.0002, 0.015)), 2))
    return p


def best_k_trades(prices: Tuple[float, ...], k: int, fee: float) -> Tuple[float, List[Tuple[int, int]]]:
    n = len(prices)

    @lru_cache(maxsize=None)
    def solve(i: int, remaining: int, holding: bool) -> float:
        if i == n or (remaining == 0 and not holding):
            return 0.0
        skip = solve(i + 1, remaining, holding)
        if holding:
            act = prices[i] - fee + solve(i + 1, remaining - 1, False)
        else:
            act = -prices[i] - fee + solve(i + 1, remaining, True)
        return max(skip, act)

    # reconstruct
    trades, i, rem, holding, entry = [], 0, k, False, None
    while i < n and (rem > 0 or holding):
        if solve(i, rem, holding) == solve(i + 1, rem, holding) if i + 1 <= n else False:
            i += 1
            continue
        if holding:
            trades.append((entry, i))
            rem -= 1
            holding = False
        else:
            entry = i
            holding = True
        i += 1
    best = solve(0, k, False)
    info = solve.cache_info()
    solve.cache_clear()
    return best, trades, info


def ma_strategy(prices: List[float], window: int, fee: float) -> Tuple[float, int]:
    pnl, entry, trades = 0.0, None, 0
    for i in range(window, len(prices)):
        ma = sum(prices[i - window:i]) / window
        if entry is None and prices[i] > ma:
            entry = prices[i] + fee
        elif entry is not None and prices[i] < ma:
            pnl += prices[i] - fee - entry
            entry = None
            trades += 1
    if entry is not None:
        pnl += prices[-1] - fee - entry
        trades += 1
    return pnl, trades


def main():
    ap = argparse.ArgumentParser(description="hindsight-optimal trades vs a simple rule")
    ap.add_argument("--days", type=int, default=400)
    ap.add_argument("-k", "--max-trades", type=int, default=5)
    ap.add_argument("--fee", type=float, default=0.5)
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()

    sys.setrecursionlimit(max(10_000, args.days * 4))
    prices = make_path(args.days, args.seed)
    best, trades, info = best_k_trades(tuple(prices), args.max_trades, args.fee)
    simple_pnl, simple_trades = ma_strategy(prices, args.window, args.fee)
    for a, b in trades:
        print(f"buy day {a:>3} @ {prices[a]:>7.2f} -> sell day {b:>3} @ {prices[b]:>7.2f}")
    print(json.dumps({
        "optimal_pnl": round(best, 2),
        "optimal_trades": [{"buy": a, "sell": b, "pnl": round(prices[b] - prices[a] - 2 * args.fee, 2)} for a, b in trades],
        "simple_pnl": round(simple_pnl, 2),
        "simple_trades": simple_trades,
        "efficiency": round(simple_pnl / best, 3) if best else None,
        "cache_hits": info.hits,
        "cache_size": info.currsize,
    }))


if __name__ == "__main__":
    main()
