# Source: Python documentation, itertools.product and time.perf_counter
#         (https://docs.python.org/3/library/itertools.html#itertools.product); the
#         parameter sweep follows backtesting.py's Backtest.optimize(n1=range(...), n2=range(...),
#         constraint=lambda p: p.n1 < p.n2) usage shown in its README.
# Adapted: a vectorised SMA-cross backtest swept over a parameter grid with pandas.
import itertools
import json
import time
from typing import NamedTuple

import numpy as np
import pandas as pd


class Params(NamedTuple):
    n1: int
    n2: int


def backtest(close: pd.Series, p: Params) -> float:
    fast = close.rolling(p.n1).mean()
    slow = close.rolling(p.n2).mean()
    position = (fast > slow).astype(float).shift(1).fillna(0.0)
    rets = close.pct_change().fillna(0.0) * position
    return float(rets.mean() / rets.std() * np.sqrt(252)) if rets.std() > 0 else 0.0


if __name__ == "__main__":
    rng = np.random.default_rng(404)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, 1500))))
    started = time.perf_counter()
    grid = [Params(a, b) for a, b in itertools.product(range(5, 60, 5), range(20, 200, 20)) if a < b]
    scores = {p: backtest(close, p) for p in grid}
    best = max(scores, key=scores.get)
    elapsed = time.perf_counter() - started
    print(json.dumps({"combinations": len(grid), "best": best._asdict(),
                      "best_sharpe": round(scores[best], 4), "under_5s": elapsed < 5.0}))
