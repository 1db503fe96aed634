# generated: grid search over moving-average parameters with itertools.product and report the best by Sharpe as JSON
import argparse
import itertools
import json
import time
from collections import namedtuple

import numpy as np
import pandas as pd

Result = namedtuple("Result", ["fast", "slow", "stop", "sharpe", "total_return", "trades"])


def prices(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    r = rng.normal(0.0004, 0.011, n) + 0.15 * np.sin(np.arange(n) / 40) * 0.002
    return pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2012-01-02", periods=n))


def evaluate(close: pd.Series, fast: int, slow: int, stop: float) -> Result:
    f = close.rolling(fast).mean()
    s = close.rolling(slow).mean()
    raw = (f > s).astype(float)
    # trailing stop: flat if price fell `stop` below the high since entry
    pos = raw.values.copy()
    peak = np.nan
    for i in range(len(pos)):
        if pos[i] == 1:
            peak = close.iloc[i] if np.isnan(peak) else max(peak, close.iloc[i])
            if close.iloc[i] < peak * (1 - stop):
                pos[i] = 0
        else:
            peak = np.nan
    position = pd.Series(pos, index=close.index).shift(1).fillna(0)
    r = position * close.pct_change().fillna(0)
    sharpe = float(r.mean() / r.std() * np.sqrt(252)) if r.std() > 0 else 0.0
    total = float((1 + r).prod() - 1)
    trades = int((position.diff() > 0).sum())
    return Result(fast, slow, stop, sharpe, total, trades)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=99)
    ap.add_argument("--top", type=int, default=5)
    args = ap.parse_args()

    close = prices(args.bars, args.seed)
    fasts = [5, 10, 20]
    slows = [50, 100, 150]
    stops = [0.05, 0.10, 1.0]
    t0 = time.perf_counter()
    results = []
    for fast, slow, stop in itertools.product(fasts, slows, stops):
        if fast >= slow:
            continue
        results.append(evaluate(close, fast, slow, stop))
    elapsed = time.perf_counter() - t0
    results.sort(key=lambda r: r.sharpe, reverse=True)
    print(f"evaluated {len(results)} combinations in {elapsed:.2f}s")
    for r in results[: args.top]:
        print(f"  fast={r.fast:>3} slow={r.slow:>3} stop={r.stop:<4} sharpe={r.sharpe:6.3f} ret={r.total_return:+.2%}")
    best = results[0]
    print(json.dumps({
        "best": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in best._asdict().items()},
        "n_combinations": len(results),
        "median_sharpe": round(float(np.median([r.sharpe for r in results])), 3),
        "elapsed_s": round(elapsed, 3),
    }))


if __name__ == "__main__":
    main()
