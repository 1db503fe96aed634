# generated: bootstrap / Monte Carlo robustness test of a strategy's trade list with the random module; confidence intervals in JSON
import argparse
import json
import random
import statistics
from typing import List

import numpy as np
import pandas as pd


def make_trades(n_bars: int, seed: int) -> List[float]:
    rng = np.random.default_rng(seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, n_bars))))
    fast, slow = close.rolling(20).mean(), close.rolling(100).mean()
    long = fast > slow
    entries = long & ~long.shift(fill_value=False)
    exits = ~long & long.shift(fill_value=False)
    trades, entry = [], None
    for i in range(len(close)):
        if entries.iat[i]:
            entry = close.iat[i]
        elif exits.iat[i] and entry is not None:
            trades.append(close.iat[i] / entry - 1)
            entry = None
    return trades


def max_drawdown(path: List[float]) -> float:
    peak, worst, eq = 1.0, 0.0, 1.0
    for r in path:
        eq *= 1 + r
        peak = max(peak, eq)
        worst = min(worst, eq / peak - 1)
    return worst


def bootstrap(trades: List[float], sims: int, rnd: random.Random):
    finals, dds = [], []
    for _ in range(sims):
        sample = rnd.choices(trades, k=len(trades))
        eq = 1.0
        for r in sample:
            eq *= 1 + r
        finals.append(eq - 1)
        dds.append(max_drawdown(sample))
    return finals, dds


def shuffle_test(trades: List[float], sims: int, rnd: random.Random):
    dds = []
    t = list(trades)
    for _ in range(sims):
        rnd.shuffle(t)
        dds.append(max_drawdown(t))
    return dds


def ci(values: List[float], lo=5, hi=95):
    q = statistics.quantiles(values, n=100)
    return [round(q[lo - 1], 4), round(q[hi - 1], 4)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=5000)
    ap.add_argument("--sims", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=100)
    a = ap.parse_args()
    trades = make_trades(a.bars, a.seed)
    rnd = random.Random(a.seed)
    finals, dds = bootstrap(trades, a.sims, rnd)
    shuffled = shuffle_test(trades, a.sims, rnd)
    actual_dd = max_drawdown(trades)
    p_loss = sum(f < 0 for f in finals) / len(finals)
    print(f"{len(trades)} trades; bootstrapped {a.sims} paths; P(loss)={p_loss:.1%}")
    print(json.dumps({
        "n_trades": len(trades),
        "actual_return": round(float(np.prod([1 + t for t in trades]) - 1), 4),
        "actual_max_dd": round(actual_dd, 4),
        "bootstrap_return_ci90": ci(finals),
        "bootstrap_median_return": round(statistics.median(finals), 4),
        "bootstrap_dd_ci90": ci(dds),
        "shuffled_dd_worse_than_actual": round(sum(d < actual_dd for d in shuffled) / len(shuffled), 3),
        "prob_loss": round(p_loss, 4),
    }))


if __name__ == "__main__":
    main()
