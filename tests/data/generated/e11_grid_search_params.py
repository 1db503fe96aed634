# generated: grid search over SMA crossover parameters with itertools.product, report best params as JSON
import argparse
import itertools
import json
import time
from collections import namedtuple

import numpy as np
import pandas as pd

Result = namedtuple("Result", ["fast", "slow", "sharpe", "total_return", "max_dd"])


def prices(n, seed):
    rng = np.random.default_rng(seed)
    return pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.01, n))))


def evaluate(close: pd.Series, fast: int, slow: int) -> Result:
    f = close.rolling(fast).mean()
    s = close.rolling(slow).mean()
    pos = (f > s).astype(float).shift(1).fillna(0)
    r = close.pct_change().fillna(0) * pos
    eq = (1 + r).cumprod()
    sharpe = r.mean() / r.std() * np.sqrt(252) if r.std() > 0 else float("-inf")
    return Result(fast, slow, float(sharpe), float(eq.iloc[-1] - 1), float((eq / eq.cummax() - 1).min()))


def parse_range(text: str):
    start, stop, step = (int(v) for v in text.split(":"))
    return range(start, stop, step)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fast", type=parse_range, default="5:30:5", help="start:stop:step")
    ap.add_argument("--slow", type=parse_range, default="40:200:20")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--top", type=int, default=5)
    args = ap.parse_args()

    close = prices(args.n, args.seed)
    t0 = time.perf_counter()
    results = [evaluate(close, f, s) for f, s in itertools.product(args.fast, args.slow) if f < s]
    elapsed = time.perf_counter() - t0
    results.sort(key=lambda r: r.sharpe, reverse=True)
    for r in results[: args.top]:
        print("fast={:>3} slow={:>3} sharpe={:6.3f} ret={:+.2%}".format(r.fast, r.slow, r.sharpe, r.total_return))
    grid = pd.DataFrame(results).pivot(index="fast", columns="slow", values="sharpe")
    out = {
        "combinations": len(results),
        "best": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in results[0]._asdict().items()},
        "top": [[r.fast, r.slow, round(r.sharpe, 3)] for r in results[: args.top]],
        "mean_sharpe_by_fast": {int(k): round(float(v), 3) for k, v in grid.mean(axis=1).items()},
        "elapsed_s": round(elapsed, 3),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
