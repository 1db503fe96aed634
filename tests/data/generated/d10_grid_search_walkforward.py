# generated: walk-forward optimisation of a dual moving average strategy with grid search over parameters using itertools.product; report out-of-sample stats as JSON
import argparse
import itertools
import json
import math
import time
from collections import namedtuple

import numpy as np
import pandas as pd

Result = namedtuple("Result", ["fast", "slow", "sharpe"])


def prices(n, seed):
    rng = np.random.default_rng(seed)
    regime = np.repeat(rng.choice([-1, 1], size=n // 100 + 1), 100)[:n]
    r = rng.normal(0.0006 * regime, 0.011)
    return pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2014-01-01", periods=n))


def strat_returns(close: pd.Series, fast: int, slow: int) -> pd.Series:
    sig = (close.rolling(fast).mean() > close.rolling(slow).mean()).astype(float) * 2 - 1
    sig[close.rolling(slow).mean().isna()] = 0
    return sig.shift(1).fillna(0) * close.pct_change().fillna(0)


def sharpe(r: pd.Series) -> float:
    s = r.std()
    return float(r.mean() / s * math.sqrt(252)) if s > 0 else -np.inf


def optimise(close, fasts, slows):
    best = None
    for f, s in itertools.product(fasts, slows):
        if f >= s:
            continue
        sr = sharpe(strat_returns(close, f, s))
        if best is None or sr > best.sharpe:
            best = Result(f, s, sr)
    return best


def main():
    ap = argparse.ArgumentParser(description="walk-forward dual MA")
    ap.add_argument("--n", type=int, default=2520)
    ap.add_argument("--train", type=int, default=504)
    ap.add_argument("--test", type=int, default=126)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()

    t0 = time.perf_counter()
    close = prices(args.n, args.seed)
    fasts = [5, 10, 20, 30]
    slows = [40, 60, 100, 150]

    oos = []
    chosen = []
    start = 0
    while start + args.train + args.test <= len(close):
        train = close.iloc[start:start + args.train]
        best = optimise(train, fasts, slows)
        # include slow-window history so indicators are warm at the test start
        window = close.iloc[start + args.train - best.slow:start + args.train + args.test]
        r = strat_returns(window, best.fast, best.slow).iloc[best.slow:]
        oos.append(r)
        chosen.append(best._asdict())
        print(f"fold {len(chosen):2d}: fast={best.fast:<3d} slow={best.slow:<4d} IS sharpe={best.sharpe:6.2f} OOS sharpe={sharpe(r):6.2f}")
        start += args.test

    oos_r = pd.concat(oos)
    eq = (1 + oos_r).cumprod()
    elapsed = time.perf_counter() - t0
    print(json.dumps({
        "folds": len(chosen),
        "oos_sharpe": round(sharpe(oos_r), 3),
        "oos_total_return": round(float(eq.iloc[-1] - 1), 4),
        "oos_max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "param_counts": {f"{f}/{s}": int(c) for (f, s), c in pd.DataFrame(chosen).groupby(["fast", "slow"]).size().items()},
        "elapsed_s": round(elapsed, 2),
    }))


if __name__ == "__main__":
    main()
