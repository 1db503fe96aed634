# generated: compute the hindsight-optimal trading schedule with at most K round trips via dynamic programming (functools.lru_cache), compare with a simple momentum rule to show the upper bound; synthetic prices; JSON
import argparse
import json
import math
from functools import lru_cache

import numpy as np


def prices(n, seed):
    rng = np.random.default_rng(seed)
    return np.round(50 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, n))), 4)


def best_k_trades(px, k: int, fee: float):
    logp = [math.log(p) for p in px]
    n = len(logp)

    @lru_cache(maxsize=None)
    def solve(i: int, trades_left: int, holding: bool) -> float:
        if i == n:
            return 0.0 if not holding else -math.inf
        stay = solve(i + 1, trades_left, holding)
        if holding:
            act = logp[i] - fee + solve(i + 1, trades_left, False)
        elif trades_left > 0:
            act = -logp[i] - fee + solve(i + 1, trades_left - 1, True)
        else:
            act = -math.inf
        return max(stay, act)

    def reconstruct():
        i, left, holding = 0, k, False
        trades, entry = [], None
        while i < n:
            stay = solve(i + 1, left, holding)
            if holding:
                act = logp[i] - fee + solve(i + 1, left, False)
            elif left > 0:
                act = -logp[i] - fee + solve(i + 1, left - 1, True)
            else:
                act = -math.inf
            if act > stay:
                if holding:
                    trades.append((entry, i))
                else:
                    entry = i
                    left -= 1
                holding = not holding
            i += 1
        return trades

    best = solve(0, k, False)
    return best, reconstruct(), solve.cache_info()


def momentum_rule(px, lookback: int, fee: float) -> float:
    total = 0.0
    holding = False
    for i in range(lookback, len(px)):
        up = px[i] > px[i - lookback]
        if up and not holding:
            total -= math.log(px[i]) + fee
            holding = True
        elif not up and holding:
            total += math.log(px[i]) - fee
            holding = False
    if holding:
        total += math.log(px[-1]) - fee
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--fee", type=float, default=0.001)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()

    px = prices(a.n, a.seed)
    best, trades, info = best_k_trades(px, a.k, a.fee)
    mom = momentum_rule(px, 20, a.fee)
    print(f"cache: hits={info.hits} misses={info.misses}")
    for e, x in trades:
        print(f"  buy day {e:4d} @ {px[e]:.2f} -> sell day {x:4d} @ {px[x]:.2f}  ({px[x] / px[e] - 1:+.1%})")
    print(json.dumps({
        "k": a.k,
        "optimal_log_return": round(best, 4),
        "optimal_return": round(math.exp(best) - 1, 4),
        "momentum_log_return": round(mom, 4),
        "buy_hold_log_return": round(math.log(px[-1] / px[0]), 4),
        "trades": [{"entry": int(e), "exit": int(x)} for e, x in trades],
        "cache_misses": info.misses,
    }))


if __name__ == "__main__":
    main()
