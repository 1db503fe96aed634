# generated: optimise RSI + moving average filter parameters with a small genetic algorithm (selection, crossover, mutation) using random module, train/test split, json result
import argparse
import json
import random
from functools import lru_cache

import numpy as np
import pandas as pd

BOUNDS = {"rsi_n": (2, 30), "lower": (5, 45), "upper": (55, 95), "ma": (20, 250)}


def make_close(n, seed):
    rng = np.random.default_rng(seed)
    return pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, n))))


CLOSE = None


@lru_cache(maxsize=None)
def rsi_cached(n: int) -> np.ndarray:
    d = CLOSE.diff()
    up = d.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    dn = (-d.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    return (100 - 100 / (1 + up / dn)).to_numpy()


@lru_cache(maxsize=None)
def ma_cached(n: int) -> np.ndarray:
    return CLOSE.rolling(n).mean().to_numpy()


def strategy_returns(genome):
    rsi = rsi_cached(genome["rsi_n"])
    ma = ma_cached(genome["ma"])
    c = CLOSE.to_numpy()
    pos = np.zeros(len(c))
    hold = 0
    for i in range(len(c)):
        if hold == 0 and rsi[i] < genome["lower"] and c[i] > ma[i]:
            hold = 1
        elif hold == 1 and rsi[i] > genome["upper"]:
            hold = 0
        pos[i] = hold
    r = np.r_[0.0, np.diff(c) / c[:-1]]
    return np.r_[0.0, pos[:-1]] * r


def fitness(genome, sl):
    r = strategy_returns(genome)[sl]
    sd = r.std()
    return float(r.mean() / sd * np.sqrt(252)) if sd > 0 else -1.0


def random_genome(rnd):
    return {k: rnd.randint(lo, hi) for k, (lo, hi) in BOUNDS.items()}


def crossover(a, b, rnd):
    return {k: (a[k] if rnd.random() < 0.5 else b[k]) for k in a}


def mutate(g, rnd, rate):
    out = dict(g)
    for k, (lo, hi) in BOUNDS.items():
        if rnd.random() < rate:
            out[k] = min(hi, max(lo, out[k] + rnd.randint(-5, 5)))
    return out


def main():
    global CLOSE
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--pop", type=int, default=24)
    ap.add_argument("--generations", type=int, default=12)
    ap.add_argument("--mutation", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=3434)
    args = ap.parse_args()

    CLOSE = make_close(args.n, args.seed)
    rnd = random.Random(args.seed)
    split = int(args.n * 0.7)
    train, test = slice(0, split), slice(split, None)
    pop = [random_genome(rnd) for _ in range(args.pop)]
    history = []
    for gen in range(args.generations):
        scored = sorted(pop, key=lambda g: fitness(g, train), reverse=True)
        best_fit = fitness(scored[0], train)
        history.append(round(best_fit, 3))
        elite = scored[: args.pop // 4]
        children = []
        while len(children) < args.pop - len(elite):
            a, b = rnd.sample(elite, 2) if len(elite) > 1 else (elite[0], elite[0])
            children.append(mutate(crossover(a, b, rnd), rnd, args.mutation))
        pop = elite + children
        print(f"gen {gen:2d}: best train sharpe {best_fit:+.3f} {scored[0]}")
    best = max(pop, key=lambda g: fitness(g, train))
    print(json.dumps({
        "best_genome": best,
        "train_sharpe": round(fitness(best, train), 3),
        "test_sharpe": round(fitness(best, test), 3),
        "best_by_generation": history,
        "cache": {"rsi": rsi_cached.cache_info().currsize, "ma": ma_cached.cache_info().currsize},
    }))


if __name__ == "__main__":
    main()
