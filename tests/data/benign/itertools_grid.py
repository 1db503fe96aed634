"""Parameter grid search for a moving-average strategy (no exec, no eval)."""
import itertools
import json
import functools
import operator

import numpy as np

rng = np.random.default_rng(2)
px = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.01, 600)))


@functools.lru_cache(maxsize=None)
def sma(n: int) -> tuple:
    return tuple(np.convolve(px, np.ones(n) / n, mode="valid"))


def score(fast: int, slow: int) -> float:
    f, s = np.array(sma(fast)[slow - fast:]), np.array(sma(slow))
    pos = (f > s).astype(float)[:-1]
    rets = np.diff(np.log(px[slow - 1:]))
    return float((pos * rets).sum())


grid = list(itertools.product([5, 10, 20], [50, 100]))
best = max(grid, key=lambda g: score(*g))
print(json.dumps({"best": best, "tested": functools.reduce(operator.add, [1 for _ in grid])}))
